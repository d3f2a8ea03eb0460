/**
 * The date index's period files at their edges: every precision, steps that
 * run through several claims and pieces (each list counted from zero), and
 * each field of a broken file named (date-wire.test.ts runs one period end
 * to end).
 */
import { describe, expect, test } from 'vitest';
import { dayNumber, decodePeriod, decodeText, encodePeriod, isoOfDay, WIRE_VERSION } from '../../src/lib/search/date-wire.ts';
import type { PeriodFile } from '../../src/lib/search/date-periods.ts';

const event = (id: string, start: string, more: Partial<PeriodFile['events'][number]> = {}): PeriodFile['events'][number] => ({ id, title: id.toUpperCase(), start, kind: 'visit', actors: [], summary: `${id} summary`, ...more });

const year: PeriodFile = {
  events: [
    event('spring', '2003-03-01', { end: '2003-05-31', precision: 'season' }),
    event('all-year', '2003-01-01', { end: '2003-12-31', precision: 'year', actors: ['kim', 'xi'] }),
    event('may', '2003-05-01', { end: '2003-05-31', precision: 'month', kind: 'talks', actors: ['xi'] }),
  ],
  claims: [
    { id: 'c1', n: 4, quote: 'One.', events: ['may'], topics: ['t'], piece: 'p' },
    { id: 'c2', n: 7, quote: 'Two.', events: ['spring', 'all-year'], topics: [], piece: 'p' },
  ],
  pieces: [
    { id: 'p1', n: 1, title: 'P1', from: '2003-06-01', to: '2003-06-03', topics: [], mentions: [] },
    { id: 'p2', n: 3, title: 'P2', from: '2004-01-10', to: '2004-02-26', topics: ['t'], mentions: [{ from: '2003-03-01', to: '2003-05-31', phrase: 'spring 2003', sentence: 'In spring 2003 …' }, { from: '2003-01-01', to: '2003-01-01', phrase: 'new year', sentence: '' }] },
  ],
};

describe('days as numbers', () => {
  test('days since 1 January 1970, both ways', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(isoOfDay(0)).toBe('1970-01-01');
    expect(isoOfDay(-1)).toBe('1969-12-31');
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('a period with every precision, several claims and several pieces', () => {
  const { facts, text } = encodePeriod('2003', year);

  test('precisions as one letter; claims and pieces each counted in steps from zero', () => {
    const spring = dayNumber('2003-03-01');
    expect(facts).toEqual({
      v: WIRE_VERSION,
      s: ['visit', 'kim', 'xi', 'talks', 't'],
      e: [
        ['spring', spring, 91, 0, [], 's'],
        ['all-year', dayNumber('2003-01-01') - spring, 364, 0, [1, 2], 'y'],
        ['may', dayNumber('2003-05-01') - dayNumber('2003-01-01'), 30, 3, [2], 'm'],
      ],
      c: [['c1', 4, [2], [4]], ['c2', 3, [0, 1], []]],
      p: [
        ['p1', 1, dayNumber('2003-06-01'), 2, [], []],
        ['p2', 2, dayNumber('2004-01-10'), 47, [4], [spring, 91, dayNumber('2003-01-01'), 0]],
      ],
    });
  });

  test('reads back exactly', () => {
    expect(decodePeriod(JSON.parse(JSON.stringify(facts)))).toEqual({
      events: [
        { id: 'spring', start: '2003-03-01', end: '2003-05-31', precision: 'season', kind: 'visit', actors: [] },
        { id: 'all-year', start: '2003-01-01', end: '2003-12-31', precision: 'year', kind: 'visit', actors: ['kim', 'xi'] },
        { id: 'may', start: '2003-05-01', end: '2003-05-31', precision: 'month', kind: 'talks', actors: ['xi'] },
      ],
      claims: [{ id: 'c1', n: 4, events: ['may'], topics: ['t'] }, { id: 'c2', n: 7, events: ['spring', 'all-year'], topics: [] }],
      pieces: [
        { id: 'p1', n: 1, from: '2003-06-01', to: '2003-06-03', topics: [], mentions: [] },
        { id: 'p2', n: 3, from: '2004-01-10', to: '2004-02-26', topics: ['t'], mentions: [{ from: '2003-03-01', to: '2003-05-31' }, { from: '2003-01-01', to: '2003-01-01' }] },
      ],
    });
  });

  test('the text: every event of the period with its summary, each mention’s phrase and sentence', () => {
    expect(text).toEqual({
      v: WIRE_VERSION,
      e: { spring: ['SPRING', 'spring summary'], 'all-year': ['ALL-YEAR', 'all-year summary'], may: ['MAY', 'may summary'] },
      c: { c1: 'One.', c2: 'Two.' },
      p: { p1: ['P1'], p2: ['P2', 'spring 2003', 'In spring 2003 …', 'new year', ''] },
    });
    const back = decodeText(JSON.parse(JSON.stringify(text)));
    expect(back.pieces.get('p2')).toEqual({ title: 'P2', mentions: [{ phrase: 'spring 2003', sentence: 'In spring 2003 …' }, { phrase: 'new year', sentence: '' }] });
    expect(back.pieces.get('p1')).toEqual({ title: 'P1', mentions: [] });
    expect([...back.claims]).toEqual([['c1', 'One.'], ['c2', 'Two.']]);
  });

  test('an event that only touches the period, on its first or last day, is the period’s own', () => {
    const edges = encodePeriod('2003-05', { events: [event('ends-on-first', '2003-04-20', { end: '2003-05-01' }), event('starts-on-last', '2003-05-31'), event('before', '2003-04-30'), event('after', '2003-06-01')], claims: [], pieces: [] });
    expect(edges.text.e).toEqual({ 'ends-on-first': ['ENDS-ON-FIRST', 'ends-on-first summary'], 'starts-on-last': ['STARTS-ON-LAST', 'starts-on-last summary'], before: ['BEFORE'], after: ['AFTER'] });
  });
});

describe('a period’s text read back', () => {
  test('a title alone does not replace what is there, but fills in what is not', () => {
    const into = decodeText({ v: 2, e: { a: ['A', 'A summary'] }, c: {}, p: {} });
    decodeText({ v: 2, e: { a: ['A'], b: ['B'] }, c: {}, p: {} }, into);
    expect([...into.events]).toEqual([['a', { title: 'A', summary: 'A summary' }], ['b', { title: 'B', summary: '' }]]);
  });

  test('a summary replaces one read before; an empty summary is a summary', () => {
    const into = decodeText({ v: 2, e: { a: ['A', 'old'] }, c: {}, p: {} });
    decodeText({ v: 2, e: { a: ['A', ''] }, c: {}, p: {} }, into);
    expect(into.events.get('a')).toEqual({ title: 'A', summary: '' });
  });

  test('a piece with nothing written has an empty title; a phrase without its sentence has an empty one', () => {
    const back = decodeText({ v: 2, e: {}, c: {}, p: { x: [], y: ['Y', 'spring'] } });
    expect(back.pieces.get('x')).toEqual({ title: '', mentions: [] });
    expect(back.pieces.get('y')).toEqual({ title: 'Y', mentions: [{ phrase: 'spring', sentence: '' }] });
  });

  test.each([
    ['nothing', null],
    ['another version', { v: 1, e: {}, c: {}, p: {} }],
    ['no events', { v: 2, c: {}, p: {} }],
    ['no claims', { v: 2, e: {}, p: {} }],
    ['no pieces', { v: 2, e: {}, c: {} }],
  ])('%s is not a text file', (_, file) => {
    expect(() => decodeText(file)).toThrow(new Error('date period file: text file is not { v, e, c, p }'));
  });
});

describe('a broken facts file is named, field by field', () => {
  const good = { v: 2, s: ['visit', 'kim'], e: [['a', 100, 0, 0, [1]]], c: [['c', 1, [0], [1]]], p: [['p', 1, 100, 0, [0], [100, 0]]] };
  const bad = (patch: Record<string, unknown>) => () => decodePeriod({ ...good, ...patch });

  test('the good file reads', () => {
    expect(decodePeriod(good)).toEqual({
      events: [{ id: 'a', start: '1970-04-11', end: '1970-04-11', kind: 'visit', actors: ['kim'] }],
      claims: [{ id: 'c', n: 1, events: ['a'], topics: ['kim'] }],
      pieces: [{ id: 'p', n: 1, from: '1970-04-11', to: '1970-04-11', topics: ['visit'], mentions: [{ from: '1970-04-11', to: '1970-04-11' }] }],
    });
  });

  test('the version', () => {
    expect(() => decodePeriod(null)).toThrow(new Error('date period file: version undefined, expected 2'));
    expect(bad({ v: 3 })).toThrow(new Error('date period file: version 3, expected 2'));
  });

  test.each([
    ['s', 'ids'],
    ['s', [1]],
    ['s', ['visit', 2]],
    ['e', {}],
    ['c', 'c'],
    ['p', null],
  ])('the lists: %s = %j', (key, value) => {
    expect(bad({ [key]: value })).toThrow(new Error('date period file: not { v, s, e, c, p }'));
  });

  test.each([
    [[1, 100, 0, 0, [1]]],
    [['a', 1.5, 0, 0, [1]]],
    [['a', 100, '0', 0, [1]]],
    [['a', 100, 0, null, [1]]],
    [['a', 100, 0, 0, 1]],
    [['a', 100, 0, 0, [1, 0.5]]],
    [['a', 100, 0, 0, ['kim']]],
  ])('an event: %j', (row) => {
    expect(bad({ e: [row] })).toThrow(new Error(`date period file: event ${JSON.stringify(row)}`));
  });

  test('an event’s precision, kind and actors must be known', () => {
    expect(bad({ e: [['a', 100, 0, 0, [1], 'q']] })).toThrow(new Error('date period file: event a: precision q'));
    expect(bad({ e: [['a', 100, 0, 2, [1]]] })).toThrow(new Error('date period file: no facet id at 2'));
    expect(bad({ e: [['a', 100, 0, 0, [0, 5]]] })).toThrow(new Error('date period file: no facet id at 5'));
  });

  test.each([
    [[1, 1, [0], [1]]],
    [['c', 0.5, [0], [1]]],
    [['c', 1, 0, [1]]],
    [['c', 1, [0, 'a'], [1]]],
    [['c', 1, [0], ['kim']]],
  ])('a claim: %j', (row) => {
    expect(bad({ c: [row] })).toThrow(new Error(`date period file: claim ${JSON.stringify(row)}`));
  });

  test('a claim’s events and topics must be in the file', () => {
    expect(bad({ c: [['c', 1, [1], [1]]] })).toThrow(new Error('date period file: claim c: no event at 1'));
    expect(bad({ c: [['c', 1, [0], [2]]] })).toThrow(new Error('date period file: no facet id at 2'));
  });

  test.each([
    [[1, 1, 100, 0, [0], [100, 0]]],
    [['p', 1.5, 100, 0, [0], [100, 0]]],
    [['p', 1, '100', 0, [0], [100, 0]]],
    [['p', 1, 100, 0.5, [0], [100, 0]]],
    [['p', 1, 100, 0, [0.5], [100, 0]]],
    [['p', 1, 100, 0, [0], [100, 'x']]],
    [['p', 1, 100, 0, [0], 'x']],
    [['p', 1, 100, 0, [0], [100]]],
    [['p', 1, 100, 0, [0], [100, 0, 5]]],
  ])('a piece: %j', (row) => {
    expect(bad({ p: [row] })).toThrow(new Error(`date period file: piece ${JSON.stringify(row)}`));
  });

  test('a piece’s topics must be in the file', () => {
    expect(bad({ p: [['p', 1, 100, 0, [7], []]] })).toThrow(new Error('date period file: no facet id at 7'));
  });

  test('an empty file of the right version reads as nothing', () => {
    expect(decodePeriod({ v: 2, s: [], e: [], c: [], p: [] })).toEqual({ events: [], claims: [], pieces: [] });
  });
});
