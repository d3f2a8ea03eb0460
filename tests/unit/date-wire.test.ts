import { describe, expect, it } from 'vitest';
import { dayNumber, decodePeriod, decodeText, encodePeriod, isoOfDay } from '../../src/lib/search/date-wire.ts';
import { textPeriods, type PeriodFile } from '../../src/lib/search/date-periods.ts';

/** June 2018: two events of the month, one that comes along for a claim (in March), a claim about both, a piece that names the month. */
const june: PeriodFile = {
  events: [
    { id: 'kim-visit-china-3', title: 'Kim Jong Un’s third visit', start: '2018-06-19', end: '2018-06-20', kind: 'visit', actors: ['kim-jong-un', 'xi-jinping'], summary: 'Kim visited Beijing.', disclosed: '2018-06-19' },
    { id: 'talks-june', title: 'Talks', start: '2018-06-01', end: '2018-06-30', precision: 'month', kind: 'talks', actors: ['xi-jinping'], summary: 'Talks went on.' },
    { id: 'kim-visit-china-1', title: 'Kim Jong Un’s first visit', start: '2018-03-25', end: '2018-03-28', kind: 'visit', actors: ['kim-jong-un'], summary: 'Kim visited Beijing first.' },
  ],
  claims: [{ id: 'mend-ties', n: 4, quote: 'Ties mended.', events: ['kim-visit-china-1', 'kim-visit-china-3'], topics: ['china-role'], piece: 'ching' }],
  pieces: [{ id: 'ching', n: 1, title: 'Mending ties', from: '2018-03-26', to: '2018-03-26', topics: ['china-role', 'summits'], mentions: [{ from: '2018-06-01', to: '2018-06-30', phrase: 'June 2018', sentence: 'In June 2018 they met.' }] }],
};

describe('the date index as written: facts and text apart', () => {
  const { facts, text } = encodePeriod('2018-06', june);

  it('writes days as numbers, facet ids once, claims’ events by place', () => {
    expect(dayNumber('2018-06-19')).toBe(17_701);
    expect(isoOfDay(17_701)).toBe('2018-06-19');
    expect(facts).toEqual({
      v: 2,
      s: ['visit', 'kim-jong-un', 'xi-jinping', 'talks', 'china-role', 'summits'],
      e: [
        // start as the step from the event before (the first from day 0), then the length in days.
        ['kim-visit-china-3', 17_701, 1, 0, [1, 2]],
        ['talks-june', -18, 29, 3, [2], 'm'],
        ['kim-visit-china-1', -68, 3, 0, [1]],
      ],
      c: [['mend-ties', 4, [2, 0], [4]]],
      p: [['ching', 1, 17_616, 0, [4, 5], [17_683, 29]]],
    });
    expect(JSON.stringify(facts)).toBe('{"v":2,"s":["visit","kim-jong-un","xi-jinping","talks","china-role","summits"],"e":[["kim-visit-china-3",17701,1,0,[1,2]],["talks-june",-18,29,3,[2],"m"],["kim-visit-china-1",-68,3,0,[1]]],"c":[["mend-ties",4,[2,0],[4]]],"p":[["ching",1,17616,0,[4,5],[17683,29]]]}');
  });

  it('keeps what results show apart, with only the title of an event from outside the period', () => {
    expect(text).toEqual({
      v: 2,
      e: { 'kim-visit-china-3': ['Kim Jong Un’s third visit', 'Kim visited Beijing.'], 'talks-june': ['Talks', 'Talks went on.'], 'kim-visit-china-1': ['Kim Jong Un’s first visit'] },
      c: { 'mend-ties': 'Ties mended.' },
      p: { ching: ['Mending ties', 'June 2018', 'In June 2018 they met.'] },
    });
  });

  it('reads back exactly the facts, through JSON', () => {
    expect(decodePeriod(JSON.parse(JSON.stringify(facts)))).toEqual({
      events: [
        { id: 'kim-visit-china-3', start: '2018-06-19', end: '2018-06-20', kind: 'visit', actors: ['kim-jong-un', 'xi-jinping'] },
        { id: 'talks-june', start: '2018-06-01', end: '2018-06-30', precision: 'month', kind: 'talks', actors: ['xi-jinping'] },
        { id: 'kim-visit-china-1', start: '2018-03-25', end: '2018-03-28', kind: 'visit', actors: ['kim-jong-un'] },
      ],
      claims: [{ id: 'mend-ties', n: 4, events: ['kim-visit-china-1', 'kim-visit-china-3'], topics: ['china-role'] }],
      pieces: [{ id: 'ching', n: 1, from: '2018-03-26', to: '2018-03-26', topics: ['china-role', 'summits'], mentions: [{ from: '2018-06-01', to: '2018-06-30' }] }],
    });
  });

  it('reads back the text; a title alone never hides a summary read from the event’s own period', () => {
    const texts = decodeText(JSON.parse(JSON.stringify(text)));
    expect(texts.events.get('kim-visit-china-1')).toEqual({ title: 'Kim Jong Un’s first visit', summary: '' });
    expect(texts.claims.get('mend-ties')).toBe('Ties mended.');
    expect(texts.pieces.get('ching')).toEqual({ title: 'Mending ties', mentions: [{ phrase: 'June 2018', sentence: 'In June 2018 they met.' }] });
    const march = encodePeriod('2018-03', { events: [june.events[2]!], claims: [], pieces: [] }).text;
    expect(decodeText(text, decodeText(march)).events.get('kim-visit-china-1')?.summary).toBe('Kim visited Beijing first.');
    expect(decodeText(march, decodeText(text)).events.get('kim-visit-china-1')?.summary).toBe('Kim visited Beijing first.');
  });

  it('an event with no end stays without one; a single-day span does not grow one', () => {
    const one = encodePeriod('2018', { events: [{ id: 'a', title: 'A', start: '2018-01-02', kind: 'visit', actors: [], summary: '' }, { id: 'b', title: 'B', start: '2018-01-02', end: '2018-01-02', kind: 'visit', actors: [], summary: '' }], claims: [], pieces: [] });
    expect(one.facts.e).toEqual([['a', 17_533, -1, 0, []], ['b', 0, 0, 0, []]]);
    expect(decodePeriod(one.facts).events).toEqual([{ id: 'a', start: '2018-01-02', kind: 'visit', actors: [] }, { id: 'b', start: '2018-01-02', end: '2018-01-02', kind: 'visit', actors: [] }]);
  });

  it('refuses a file that is not one, saying what is wrong', () => {
    expect(() => decodePeriod({ v: 1, events: [] })).toThrow('version 1, expected 2');
    expect(() => decodePeriod({ ...facts, e: [['x', 'soon', 0, 0, []]] })).toThrow('event ["x","soon",0,0,[]]');
    expect(() => decodePeriod({ ...facts, c: [['c', 1, [9], []]] })).toThrow('claim c: no event at 9');
    expect(() => decodePeriod({ ...facts, s: [] })).toThrow('no facet id at 0');
    expect(() => decodeText({ v: 2, e: {} })).toThrow('text file is not { v, e, c, p }');
    expect(() => encodePeriod('2018-06', { ...june, events: june.events.slice(0, 2) })).toThrow('claim mend-ties names event kim-visit-china-1, which its period file does not hold');
  });
});

describe('which periods’ text a page of results needs', () => {
  // March holds its visit, the claim about it and, for the claim, the June visit.
  const march = decodePeriod(encodePeriod('2018-03', { events: [june.events[2]!, june.events[0]!], claims: june.claims, pieces: june.pieces }).facts);
  const juneFacts = decodePeriod(encodePeriod('2018-06', june).facts);
  const periods = ['2018-03', '2018-06'];

  it('takes each result from the first period that shows it, and an event’s summary only from its own period', () => {
    // The March visit is in June's file only for its claim: its summary is in March's text.
    expect(textPeriods(periods, [march, juneFacts], { events: ['kim-visit-china-1'], named: [], claims: [], pieces: [] })).toEqual(['2018-03']);
    expect(textPeriods(periods, [march, juneFacts], { events: ['kim-visit-china-3'], named: [], claims: [], pieces: [] })).toEqual(['2018-06']);
    expect(textPeriods(['2018-06'], [juneFacts], { events: ['kim-visit-china-1'], named: [], claims: [], pieces: [] })).toEqual([]);
    // The claim and the piece are in both; the first period answers for them, and for the events named beside the claim.
    expect(textPeriods(periods, [march, juneFacts], { events: [], named: ['kim-visit-china-1', 'kim-visit-china-3'], claims: ['mend-ties'], pieces: ['ching'] })).toEqual(['2018-03']);
    expect(textPeriods(periods, [march, juneFacts], { events: ['kim-visit-china-3', 'kim-visit-china-1'], named: [], claims: ['mend-ties'], pieces: [] })).toEqual(['2018-03', '2018-06']);
    expect(textPeriods(periods, [march, juneFacts], { events: [], named: [], claims: [], pieces: [] })).toEqual([]);
  });
});
