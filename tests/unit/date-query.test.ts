import { describe, expect, it } from 'vitest';
import { parseDateQuery } from '../../src/lib/date-query/grammar.ts';
import { overlaps, monthsOf, yearsOf } from '../../src/lib/date-query/overlap.ts';
import { datedMentions } from '../../src/lib/date-query/scan.ts';

describe('date-query grammar: every form', () => {
  const forms: [string, string | undefined, string | undefined, string][] = [
    ['2018', '2018-01-01', '2018-12-31', '2018'],
    ['2018-06', '2018-06-01', '2018-06-30', 'June 2018'],
    ['June 2018', '2018-06-01', '2018-06-30', 'June 2018'],
    ['Jun 2018', '2018-06-01', '2018-06-30', 'June 2018'],
    ['jun. 2018', '2018-06-01', '2018-06-30', 'June 2018'],
    ['Sept 2017', '2017-09-01', '2017-09-30', 'September 2017'],
    ['February 2016', '2016-02-01', '2016-02-29', 'February 2016'],
    ['19 June 2018', '2018-06-19', '2018-06-19', '19 June 2018'],
    ['19th June 2018', '2018-06-19', '2018-06-19', '19 June 2018'],
    ['June 19, 2018', '2018-06-19', '2018-06-19', '19 June 2018'],
    ['2018-06-19', '2018-06-19', '2018-06-19', '19 June 2018'],
    ['March to June 2018', '2018-03-01', '2018-06-30', 'March to June 2018'],
    ['March–June 2018', '2018-03-01', '2018-06-30', 'March to June 2018'],
    ['between March and June 2018', '2018-03-01', '2018-06-30', 'March to June 2018'],
    ['from March 2017 to June 2018', '2017-03-01', '2018-06-30', 'March 2017 to June 2018'],
    ['19 June to 3 July 2018', '2018-06-19', '2018-07-03', '19 June to 3 July 2018'],
    ['2018-03..2018-06', '2018-03-01', '2018-06-30', 'March to June 2018'],
    ['2017..2018', '2017-01-01', '2018-12-31', '2017 to 2018'],
    ['2018-03..', '2018-03-01', undefined, 'Since March 2018'],
    ['..2018-06', undefined, '2018-06-30', 'Up to June 2018'],
    ['spring 2003', '2003-03-01', '2003-05-31', 'Spring 2003'],
    ['summer 2018', '2018-06-01', '2018-08-31', 'Summer 2018'],
    ['fall 2017', '2017-09-01', '2017-11-30', 'Autumn 2017'],
    ['winter 2018', '2018-12-01', '2019-02-28', 'Winter 2018–19: Dec 2018 – Feb 2019'],
    ['winter 2017-18', '2017-12-01', '2018-02-28', 'Winter 2017–18: Dec 2017 – Feb 2018'],
    ['winter 2017–18', '2017-12-01', '2018-02-28', 'Winter 2017–18: Dec 2017 – Feb 2018'],
    ['winter 2017/2018', '2017-12-01', '2018-02-28', 'Winter 2017–18: Dec 2017 – Feb 2018'],
    ['spring of 2003', '2003-03-01', '2003-05-31', 'Spring 2003'],
    ['June of 2018', '2018-06-01', '2018-06-30', 'June 2018'],
    ['early 2018', '2018-01-01', '2018-04-30', 'Early 2018: Jan – Apr 2018'],
    ['mid 2018', '2018-05-01', '2018-08-31', 'Mid 2018: May – Aug 2018'],
    ['mid-2018', '2018-05-01', '2018-08-31', 'Mid 2018: May – Aug 2018'],
    ['late 2018', '2018-09-01', '2018-12-31', 'Late 2018: Sep – Dec 2018'],
    ['end of 2017', '2017-10-01', '2017-12-31', 'End of 2017: Oct – Dec 2017'],
    ['beginning of 2018', '2018-01-01', '2018-03-31', 'Beginning of 2018: Jan – Mar 2018'],
    ['first half of 2019', '2019-01-01', '2019-06-30', 'First half of 2019: Jan – Jun 2019'],
    ['1st half 2019', '2019-01-01', '2019-06-30', 'First half of 2019: Jan – Jun 2019'],
    ['H1 2019', '2019-01-01', '2019-06-30', 'First half of 2019: Jan – Jun 2019'],
    ['second half of 2018', '2018-07-01', '2018-12-31', 'Second half of 2018: Jul – Dec 2018'],
    ['h2 2018', '2018-07-01', '2018-12-31', 'Second half of 2018: Jul – Dec 2018'],
    ['Q3 2018', '2018-07-01', '2018-09-30', 'Q3 2018: Jul – Sep 2018'],
    ['q1 2019', '2019-01-01', '2019-03-31', 'Q1 2019: Jan – Mar 2019'],
    ['2017-2018', '2017-01-01', '2018-12-31', '2017 to 2018'],
    ['2017–2018', '2017-01-01', '2018-12-31', '2017 to 2018'],
    ['2017 - 2018', '2017-01-01', '2018-12-31', '2017 to 2018'],
    ['before mid 2018', undefined, '2018-04-30', 'Before Mid 2018: May – Aug 2018'],
    ['before March 2018', undefined, '2018-02-28', 'Before March 2018'],
    ['after June 2018', '2018-07-01', undefined, 'After June 2018'],
    ['after 2018-06-19', '2018-06-20', undefined, 'After 19 June 2018'],
    ['since June 2018', '2018-06-01', undefined, 'Since June 2018'],
    ['in June 2018', '2018-06-01', '2018-06-30', 'June 2018'],
  ];
  for (const [query, from, to, label] of forms) {
    it(`reads "${query}" as ${label}`, () => {
      const parsed = parseDateQuery(query);
      expect(parsed.words).toBe('');
      expect(parsed.range).toEqual({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
      expect(parsed.label).toBe(label);
      expect(parsed.problem).toBeUndefined();
    });
  }
});

describe('date-query grammar: words and dates together', () => {
  it('takes the date out of the words, wherever it stands', () => {
    expect(parseDateQuery('Kim visit June 2018')).toMatchObject({ words: 'Kim visit', label: 'June 2018' });
    expect(parseDateQuery('June 2018 Beijing')).toMatchObject({ words: 'Beijing', label: 'June 2018' });
    expect(parseDateQuery('sanctions before March 2018')).toMatchObject({ words: 'sanctions', range: { to: '2018-02-28' } });
    expect(parseDateQuery('what happened in June 2018?')).toMatchObject({ words: 'what happened', label: 'June 2018' });
  });

  it('uses only the first date phrase; a later one is searched as words', () => {
    expect(parseDateQuery('2018 summit 2019')).toMatchObject({ words: 'summit 2019', label: '2018' });
  });

  it('keeps a separator that leads to no date as a word', () => {
    expect(parseDateQuery('June 2018 to Beijing')).toMatchObject({ words: 'to Beijing', label: 'June 2018' });
  });
});

describe('date-query grammar: ambiguous text is words', () => {
  const wordsOnly = ['early', 'mid', 'Q3', 'H1', 'the first half', 'end of the talks', 'late summer', '2018-2017', 'May', 'march', 'spring', 'June', 'in May', 'before lunch', '19', '38 parallel', '2371', 'resolution 2397', '1850', '"2018"', 'Kim–Xi messages', 'from Beijing', 'summit'];
  for (const query of wordsOnly) {
    it(`leaves "${query}" as words`, () => {
      const parsed = parseDateQuery(query);
      expect(parsed.range).toBeUndefined();
      expect(parsed.label).toBeUndefined();
      expect(parsed.problem).toBeUndefined();
      expect(parsed.words).toBe(query);
    });
  }

  it('reads a month with a year as a date even when the month is also a word', () => {
    expect(parseDateQuery('May 2018').range).toEqual({ from: '2018-05-01', to: '2018-05-31' });
  });

  it('reads "from" with a single date as "since"', () => {
    expect(parseDateQuery('from June 2018')).toMatchObject({ label: 'Since June 2018', range: { from: '2018-06-01' } });
  });

  it('tidies whitespace in a words-only query', () => {
    expect(parseDateQuery('  china   role ').words).toBe('china role');
  });
});

describe('date-query grammar: invalid dates are rejected as dates', () => {
  const invalid = ['31 February 2018', '30 February 2020', '29 February 2018', 'February 30, 2018', '2018-02-31', '2018-13', '2018-00', '2018-13-01', 'June to March 2018', '2018-06..2018-03', '32 June 2018', 'before 31 April 2018'];
  for (const query of invalid) {
    it(`rejects "${query}"`, () => {
      const parsed = parseDateQuery(query);
      expect(parsed.range).toBeUndefined();
      expect(parsed.problem?.text).toBe(query);
      expect(parsed.problem?.reason).toContain(query);
      // Kept whole as words: its year is not then taken as a date.
      expect(parsed.words).toBe(query);
    });
  }

  it('accepts 29 February in a leap year', () => {
    expect(parseDateQuery('29 February 2020').range).toEqual({ from: '2020-02-29', to: '2020-02-29' });
  });

  it('still finds a valid date after an invalid one', () => {
    const parsed = parseDateQuery('31 February 2018 June 2018');
    expect(parsed.label).toBe('June 2018');
    expect(parsed.words).toBe('31 February 2018');
    expect(parsed.problem?.text).toBe('31 February 2018');
  });
});

describe('date-query grammar: a winter reads two ways', () => {
  it('reads "winter 2018" as Dec 2018 – Feb 2019 and offers Winter 2017–18 with the words kept', () => {
    const parsed = parseDateQuery('Olympics winter 2018');
    expect(parsed).toMatchObject({ words: 'Olympics', range: { from: '2018-12-01', to: '2019-02-28' } });
    expect(parsed.alternative).toEqual({ query: 'winter 2017-18 Olympics', label: 'Winter 2017–18: Dec 2017 – Feb 2018' });
    const other = parseDateQuery(parsed.alternative!.query);
    expect(other).toMatchObject({ words: 'Olympics', range: { from: '2017-12-01', to: '2018-02-28' } });
    expect(other.alternative).toBeUndefined();
  });
  it('reads no quarter or half that does not exist: only the year is a date', () => {
    expect(parseDateQuery('Q5 2018')).toMatchObject({ words: 'Q5', label: '2018' });
    expect(parseDateQuery('H3 2018')).toMatchObject({ words: 'H3', label: '2018' });
  });
  it('offers no other reading for a season inside one year', () => {
    expect(parseDateQuery('spring 2003').alternative).toBeUndefined();
  });
  it('keeps words around a part of a year', () => {
    expect(parseDateQuery('sanctions in the first half of 2018')).toMatchObject({ words: 'sanctions in the', label: 'First half of 2018: Jan – Jun 2018' });
    expect(parseDateQuery('Kim visits Q1 2019')).toMatchObject({ words: 'Kim visits', range: { from: '2019-01-01', to: '2019-03-31' } });
  });
});

describe('dated mentions in a text', () => {
  it('finds explicit dates with their sentence, once per period, and leaves yearless ones', () => {
    const text = 'In spring 2003, China was drawn into talks. Last October, Kim wrote. Xi replied Nov. 1. Talks resumed in 2003 and again in spring 2003. Resolution 2371 passed.';
    expect(datedMentions(text)).toEqual([
      { from: '2003-03-01', to: '2003-05-31', phrase: 'spring 2003', sentence: 'In spring 2003, China was drawn into talks.' },
      { from: '2003-01-01', to: '2003-12-31', phrase: '2003', sentence: 'Talks resumed in 2003 and again in spring 2003.' },
    ]);
  });
});

describe('range overlap', () => {
  const june = { from: '2018-06-01', to: '2018-06-30' };
  it('includes a day inside the range and excludes days outside', () => {
    expect(overlaps({ start: '2018-06-12' }, june)).toBe(true);
    expect(overlaps({ start: '2018-05-31' }, june)).toBe(false);
    expect(overlaps({ start: '2018-07-01' }, june)).toBe(false);
  });
  it('includes spans that overlap either edge, and spans that enclose the range', () => {
    expect(overlaps({ start: '2018-05-30', end: '2018-06-02' }, june)).toBe(true);
    expect(overlaps({ start: '2018-06-29', end: '2018-07-02' }, june)).toBe(true);
    expect(overlaps({ start: '2011-12-17', end: '2018-03-25' }, { from: '2015-01-01', to: '2015-12-31' })).toBe(true);
  });
  it('treats open ends as unbounded', () => {
    expect(overlaps({ start: '2003-04-23', end: '2003-04-25' }, { to: '2018-02-28' })).toBe(true);
    expect(overlaps({ start: '2018-03-01' }, { to: '2018-02-28' })).toBe(false);
    expect(overlaps({ start: '2018-06-30' }, { from: '2018-07-01' })).toBe(false);
    expect(overlaps({ start: '2018-06-20', end: '2018-07-01' }, { from: '2018-07-01' })).toBe(true);
  });
  it('lists the months and years a span touches', () => {
    expect(monthsOf('2018-11-20', '2019-02-03')).toEqual(['2018-11', '2018-12', '2019-01', '2019-02']);
    expect(yearsOf('2017-12-31', '2019-01-01')).toEqual(['2017', '2018', '2019']);
  });
});
