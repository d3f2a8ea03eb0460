import { describe, expect, it } from 'vitest';
import { parseDateQuery } from '../../src/lib/date-query/grammar.ts';
import { byDate, monthsOf, overlaps, yearsOf } from '../../src/lib/date-query/overlap.ts';
import { bareYearNumber, dayNumber, dayPeriod, monthPeriod, nextDay, previousDay, seasonPeriod, yearNumber } from '../../src/lib/date-query/periods.ts';
import { namedWinter, yearPart } from '../../src/lib/date-query/parts.ts';
import { datedMentions, sentencesOf } from '../../src/lib/date-query/scan.ts';
import { tokenize } from '../../src/lib/date-query/tokens.ts';

/**
 * The date grammar at its edges, with exact values: the first and last year,
 * day and quarter it accepts and the first it refuses, every separator and
 * lead word, both spellings of a winter, the labels of spans across years and
 * parts of years, the day either side of an open range, and how a long
 * sentence around a dated mention is cut. date-query.test.ts reads every form
 * once; this file pins where each form stops.
 */

const read = (query: string) => {
  const { words, range, label, problem, alternative } = parseDateQuery(query);
  return { words, range, label, problem, alternative };
};

describe('numbers', () => {
  it('a year in a phrase has four digits, from 1000; a bare year runs from 1900 to 2099', () => {
    expect([yearNumber('1000'), yearNumber('0999'), yearNumber('2018'), yearNumber('20189'), yearNumber('218'), yearNumber('x2018')]).toEqual([1000, undefined, 2018, undefined, undefined, undefined]);
    expect([bareYearNumber('1899'), bareYearNumber('1900'), bareYearNumber('2099'), bareYearNumber('2100'), bareYearNumber('0999')]).toEqual([undefined, 1900, 2099, undefined, undefined]);
  });

  it('a day is one or two digits, with or without its ordinal ending', () => {
    expect(['1', '1st', '2nd', '3rd', '19th', '31', '123', 'th', '1x', 'x1'].map(dayNumber)).toEqual([1, 1, 2, 3, 19, 31, undefined, undefined, undefined, undefined]);
  });
});

describe('periods', () => {
  it('a month exists from 1 to 12', () => {
    expect([monthPeriod(2018, 0), monthPeriod(2018, 13)]).toEqual([null, null]);
    expect(monthPeriod(2018, 12)).toEqual({ from: '2018-12-01', to: '2018-12-31', unit: 'month', year: 2018, month: 12, label: 'December 2018' });
    expect(monthPeriod(2018, 1)?.label).toBe('January 2018');
  });

  it('a day exists from the 1st to the month’s last', () => {
    expect([dayPeriod(2018, 0, 1), dayPeriod(2018, 13, 1), dayPeriod(2018, 6, 0), dayPeriod(2018, 6, 31)]).toEqual([null, null, null, null]);
    expect(dayPeriod(2018, 6, 30)).toEqual({ from: '2018-06-30', to: '2018-06-30', unit: 'day', year: 2018, month: 6, label: '30 June 2018' });
    expect(dayPeriod(2018, 1, 1)?.from).toBe('2018-01-01');
  });

  it('seasons are three whole months; winter ends in February of the next year, a leap February included', () => {
    expect(seasonPeriod('autumn', 2018)).toEqual({ from: '2018-09-01', to: '2018-11-30', unit: 'season', year: 2018, month: 9, label: 'Autumn 2018' });
    expect(seasonPeriod('winter', 2019)).toEqual({ from: '2019-12-01', to: '2020-02-29', unit: 'season', year: 2019, month: 12, label: 'Winter 2019' });
    expect(seasonPeriod('monsoon', 2018)).toBeNull();
  });

  it('the day either side, across month and year ends and a leap day', () => {
    expect([nextDay('2018-12-31'), previousDay('2018-03-01'), previousDay('2020-03-01'), nextDay('2020-02-28')]).toEqual(['2019-01-01', '2018-02-28', '2020-02-29', '2020-02-29']);
  });
});

describe('parts of a year', () => {
  const words = (text: string) => text.split(' ');

  it('quarters Q1 to Q4 and halves H1 and H2; nothing past them', () => {
    expect(yearPart(words('q4 2018'))).toEqual({ length: 2, period: { from: '2018-10-01', to: '2018-12-31', unit: 'part', year: 2018, month: 10, label: 'Q4 2018: Oct – Dec 2018' } });
    expect(yearPart(words('h2 2018'))?.period.label).toBe('Second half of 2018: Jul – Dec 2018');
    expect([yearPart(words('h3 2018')), yearPart(words('q5 2018')), yearPart(words('q0 2018')), yearPart(words('q1 x')), yearPart(words('xq1 2018'))]).toEqual([null, null, null, null, null]);
  });

  it('year ranges run forward only', () => {
    expect(yearPart(['2017-2018'])).toEqual({ length: 1, period: { from: '2017-01-01', to: '2018-12-31', unit: 'part', year: 2017, month: 1, label: '2017 to 2018' } });
    expect([yearPart(['2018-2018']), yearPart(['2018-2017']), yearPart(['0999-2018'])]).toEqual([null, null, null]);
  });

  it('"of" phrases need "of" and a year', () => {
    expect(yearPart(words('middle of 2018'))).toEqual({ length: 3, period: { from: '2018-05-01', to: '2018-08-31', unit: 'part', year: 2018, month: 5, label: 'Middle of 2018: May – Aug 2018' } });
    expect(yearPart(words('start of 2018'))?.period.label).toBe('Start of 2018: Jan – Mar 2018');
    expect([yearPart(words('end 2017')), yearPart(words('end of x')), yearPart(words('first half x')), yearPart(words('first of 2019'))]).toEqual([null, null, null, null]);
    expect(yearPart(words('second half 2019'))).toMatchObject({ length: 3, period: { from: '2019-07-01' } });
    expect(yearPart(words('2nd half of 2019'))).toMatchObject({ length: 4, period: { from: '2019-07-01', to: '2019-12-31' } });
    expect([yearPart(words('late-2018'))?.period.label, yearPart(words('early-2018'))?.length, yearPart(['late-18']), yearPart(words('late x'))]).toEqual(['Late 2018: Sep – Dec 2018', 1, null, null]);
  });

  it('a winter named by both years: in one word or split by a dash, the second year the next one', () => {
    const w = (text: string) => namedWinter(text.split(' '));
    expect(w('winter 2017/18')).toEqual({ length: 2, period: { from: '2017-12-01', to: '2018-02-28', unit: 'season', year: 2017, month: 12, label: 'Winter 2017–18: Dec 2017 – Feb 2018' } });
    expect([w('winter 2017 – 18')?.length, w('winter 2017 — 2018')?.length, w('winter 2017 - 18')?.length, w('winter 1999-00')?.period.from]).toEqual([4, 4, 4, '1999-12-01']);
    expect([w('winter 2017-19'), w('winter 2017-2019'), w('winter 2017 – 19'), w('winter 2017 to 18'), w('winter 2017 – 1'), w('spring 2017-18'), w('winter'), w('winter 0999-00'), w('winter 2017-018')]).toEqual([
      null, null, null, null, null, null, null, null, null,
    ]);
  });
});

describe('queries at the edges of the grammar', () => {
  it('every range separator, and the lead words that belong to the date', () => {
    for (const sep of ['to', 'until', 'till', 'through', 'thru', '-', '—']) expect(read(`March ${sep} June 2018`).label, sep).toBe('March to June 2018');
    for (const lead of ['in', 'on', 'during']) expect(read(`${lead} June 2018 talks`), lead).toMatchObject({ words: 'talks', label: 'June 2018' });
    expect(read('between March and June 2018 talks')).toMatchObject({ words: 'talks', range: { from: '2018-03-01', to: '2018-06-30' } });
    // "and" separates only after "between"; "to" does not follow "between".
    expect(read('March and June 2018')).toMatchObject({ words: 'March and', label: 'June 2018' });
    expect(read('between March to June 2018')).toMatchObject({ words: 'between', label: 'March to June 2018' });
  });

  it('labels a span within one year once, across years in full, and parts of a year in full', () => {
    expect(read('November 2017 to February 2018').label).toBe('November 2017 to February 2018');
    expect(read('19 June 2018 to 3 July 2018').label).toBe('19 June to 3 July 2018');
    expect(read('early 2018 to late 2018').label).toBe('Early 2018: Jan – Apr 2018 to Late 2018: Sep – Dec 2018');
    expect(read('2017 to 2018').label).toBe('2017 to 2018');
    expect(read('spring to autumn 2018')).toMatchObject({ range: { from: '2018-03-01', to: '2018-11-30' }, label: 'Spring to Autumn 2018' });
    expect(read('19 June to 3 July 2018').range).toEqual({ from: '2018-06-19', to: '2018-07-03' });
  });

  it('a span may start and end on the same day, not end before it starts', () => {
    expect(read('June 2018 to June 2018').range).toEqual({ from: '2018-06-01', to: '2018-06-30' });
    expect(read('1 June to 1 June 2018').range).toEqual({ from: '2018-06-01', to: '2018-06-01' });
    expect(read('2 June to 1 June 2018').problem).toEqual({ text: '2 June to 1 June 2018', reason: '“2 June to 1 June 2018” ends before it starts, so it is searched as words.' });
  });

  it('says why a date-shaped phrase is not a date, in the reader’s words', () => {
    expect(read('talks 31 June 2018')).toEqual({ words: 'talks 31 June 2018', range: undefined, label: undefined, alternative: undefined, problem: { text: '31 June 2018', reason: '“31 June 2018” is not a day on the calendar, so it is searched as words.' } });
    expect(read('2018-13').problem?.reason).toBe('“2018-13” is not a month on the calendar, so it is searched as words.');
    expect(read('after 2018-02-30').problem?.text).toBe('after 2018-02-30');
    expect(read('30 February to June 2018').problem?.reason).toContain('is not a day on the calendar');
    expect(read('March to 31 June 2018').problem?.text).toBe('March to 31 June 2018');
    expect(read('between March and 2018-13').problem?.reason).toContain('is not a month on the calendar');
    // The first problem is the one reported.
    expect(read('31 June 2018 and 2018-13').problem?.text).toBe('31 June 2018');
  });

  it('ISO ranges: open at either end, a year at either end, nothing on both sides is no range', () => {
    expect(read('2017..2018-03')).toMatchObject({ range: { from: '2017-01-01', to: '2018-03-31' }, label: '2017 to March 2018' });
    expect(read('..2018')).toMatchObject({ range: { to: '2018-12-31' }, label: 'Up to 2018' });
    expect(read('2018-06-19..')).toMatchObject({ range: { from: '2018-06-19' }, label: 'Since 19 June 2018' });
    expect(read('..').range).toBeUndefined();
    expect(read('2018-13..2019').problem?.reason).toContain('is not a month on the calendar');
    expect(read('2018..x').words).toBe('2018..x');
    expect(read('"2018-03..2018-06"').range).toBeUndefined();
  });

  it('open ends count from the day before or after the period, or its first day', () => {
    expect(read('before 2018')).toMatchObject({ range: { to: '2017-12-31' }, label: 'Before 2018' });
    expect(read('after winter 2018')).toMatchObject({ range: { from: '2019-03-01' }, label: 'After Winter 2018–19: Dec 2018 – Feb 2019' });
    expect(read('since 19 June 2018')).toMatchObject({ range: { from: '2018-06-19' }, label: 'Since 19 June 2018' });
    expect(read('before lunch 2018')).toMatchObject({ words: 'before lunch', label: '2018' });
    expect(read('from 2018')).toMatchObject({ range: { from: '2018-01-01' }, label: 'Since 2018' });
    expect(read('from 2017 to 2018').label).toBe('2017 to 2018');
  });

  it('quoted text and a month or season with no year stay words', () => {
    expect(read('"June 2018" talks')).toMatchObject({ words: '"June 2018" talks', range: undefined });
    expect(read('June "2018"').range).toBeUndefined();
    expect(read('March to June')).toMatchObject({ words: 'March to June', range: undefined });
    expect(read('19 June')).toMatchObject({ words: '19 June', range: undefined });
  });

  it('a day written month first or day first, with or without a comma, and "of" only before a year', () => {
    expect(read('June 19 2018').range).toEqual({ from: '2018-06-19', to: '2018-06-19' });
    expect(read('19 of June 2018')).toMatchObject({ label: 'June 2018', words: '19 of' });
    expect(read('spring of 2003 to summer of 2004')).toMatchObject({ label: 'Spring 2003 to Summer 2004' });
  });

  it('winter 2018 offers the winter before, with its own phrase, the words after it', () => {
    expect(read('winter 2000').alternative).toEqual({ query: 'winter 1999-00', label: 'Winter 1999–00: Dec 1999 – Feb 2000' });
    expect(read('winter 2018').alternative).toEqual({ query: 'winter 2017-18', label: 'Winter 2017–18: Dec 2017 – Feb 2018' });
  });
});

describe('tokens', () => {
  it('keep what was typed, and match on lower case without the punctuation around a word', () => {
    expect(tokenize('(June 19, 2018) Kim’s "May 2018" Sept. etc..')).toEqual([
      { text: '(June', norm: 'june', quoted: false },
      { text: '19,', norm: '19', quoted: false },
      { text: '2018)', norm: '2018', quoted: false },
      { text: 'Kim’s', norm: 'kim’s', quoted: false },
      { text: '"May 2018"', norm: '"may 2018"', quoted: true },
      { text: 'Sept.', norm: 'sept', quoted: false },
      { text: 'etc..', norm: 'etc..', quoted: false },
    ]);
  });

  it('split at en and em dashes, not at hyphens; an unclosed quote runs to the end', () => {
    expect(tokenize('March–June —2018 mid-2018 "open').map((t) => t.text)).toEqual(['March', '–', 'June', '—', '2018', 'mid-2018', '"open']);
    expect(tokenize('"open').at(-1)?.quoted).toBe(true);
  });
});

describe('overlap at its edges', () => {
  it('a span that ends on the range’s first day, or starts on its last, is in it', () => {
    const june = { from: '2018-06-01', to: '2018-06-30' };
    expect([overlaps({ start: '2018-05-20', end: '2018-06-01' }, june), overlaps({ start: '2018-06-30', end: '2018-07-05' }, june)]).toEqual([true, true]);
    expect([overlaps({ start: '2018-05-20', end: '2018-05-31' }, june), overlaps({ start: '2018-06-01' }, june), overlaps({ start: '2018-06-30' }, june)]).toEqual([false, true, true]);
    expect(overlaps({ start: '1900-01-01' }, {})).toBe(true);
  });

  it('date order: by start, then end (a single day ends on its start), then id', () => {
    const items = [
      { id: 'c', start: '2018-06-01', end: '2018-06-05' },
      { id: 'b', start: '2018-06-01' },
      { id: 'a', start: '2018-06-01', end: '2018-06-05' },
      { id: 'd', start: '2018-05-31', end: '2018-07-01' },
      { id: 'e', start: '2018-06-01', end: '2018-06-02' },
    ];
    expect([...items].sort(byDate).map((i) => i.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
    expect(byDate(items[0]!, items[0]!)).toBe(0);
  });

  it('months and years of a span within one month or one year', () => {
    expect(monthsOf('2018-06-03', '2018-06-20')).toEqual(['2018-06']);
    expect(monthsOf('2018-12-31', '2019-01-01')).toEqual(['2018-12', '2019-01']);
    expect(monthsOf('0999-12-01', '1000-01-01')).toEqual(['0999-12', '1000-01']);
    expect(yearsOf('2018-01-01', '2018-12-31')).toEqual(['2018']);
  });
});

describe('dated mentions', () => {
  it('sentences end at . ! or ? (after a closing quote or bracket too) before a capital, a quote, a bracket or a digit', () => {
    expect(sentencesOf('One ended. Two? “Three.” 4 began! (Five) and six. seven   stays  here')).toEqual(['One ended.', 'Two?', '“Three.”', '4 began!', '(Five) and six. seven stays here']);
    expect(sentencesOf('  ')).toEqual([]);
  });

  it('a phrase is kept as written, without its lead word or trailing punctuation; an open range is not a mention', () => {
    expect(datedMentions('It began on 19 June 2018; then before March 2019, nothing. During Q3 2018: more.')).toEqual([
      { from: '2018-06-19', to: '2018-06-19', phrase: '19 June 2018', sentence: 'It began on 19 June 2018; then before March 2019, nothing.' },
      { from: '2018-07-01', to: '2018-09-30', phrase: 'Q3 2018', sentence: 'During Q3 2018: more.' },
    ]);
    expect(datedMentions('Not a day: 31 June 2018, but June 2018 was.')).toEqual([
      { from: '2018-06-01', to: '2018-06-30', phrase: 'June 2018', sentence: 'Not a day: 31 June 2018, but June 2018 was.' },
    ]);
    // Straight quotes in a text are prose, not a query's quoted words: the date after them still counts.
    expect(datedMentions('He said "yes" in June 2018.')).toEqual([{ from: '2018-06-01', to: '2018-06-30', phrase: 'June 2018', sentence: 'He said "yes" in June 2018.' }]);
  });

  it('a long sentence is cut to about 200 characters around the phrase, at word boundaries, with an ellipsis on each cut side', () => {
    const before = 'word '.repeat(40); // 200 characters
    const after = ' more'.repeat(60);
    const [late] = datedMentions(`${before}then June 2018 came${after}.`);
    expect(late?.sentence.startsWith('…')).toBe(true);
    expect(late?.sentence.endsWith('…')).toBe(true);
    expect(late?.sentence.length).toBeLessThanOrEqual(202);
    // The phrase stands about 80 characters in.
    expect(late?.sentence.indexOf('June 2018')).toBeGreaterThanOrEqual(70);
    expect(late?.sentence.indexOf('June 2018')).toBeLessThanOrEqual(82);
    expect(late?.sentence).toBe(`…${'word '.repeat(14)}then June 2018 came${' more'.repeat(21)}…`);
    const [early] = datedMentions(`In June 2018 it came${after}.`);
    expect(early?.sentence).toBe(`In June 2018 it came${' more'.repeat(35)}…`);
    const short = `In June 2018 it came${' more'.repeat(35)}.`;
    expect(datedMentions(short)[0]?.sentence).toBe(short);
  });
});
