/**
 * The as-of helpers on made-up events: the day an announcement counts from,
 * the attributes an entry carries and reading them back, the sources' line,
 * and the address with `asof` set or removed (asof.test.ts runs the record).
 */
import { describe, expect, test } from 'vitest';
import {
  ASOF_DATA,
  asOf,
  asOfAttrs,
  asOfState,
  asOfStates,
  laterSourceNote,
  laterSourcesLine,
  publicCountLine,
  readAsOf,
  stateNote,
  withAsOf,
} from '../../src/lib/asof.ts';

const day = (iso: string) => `<${iso}>`;
const range = (start: string, end: string | undefined) => `${start}..${end ?? ''}`;

describe('states on a day, at each boundary', () => {
  const summit = { id: 'summit', start: '2019-06-20', end: '2019-06-21', announced: '2019-06-17' };
  const trip = { id: 'trip', start: '2018-03-25', disclosed: '2018-03-28' };
  const plain = { id: 'plain', start: '2018-06-12' };

  test.each([
    ['2019-06-16', 'later'],
    ['2019-06-17', 'announced'],
    ['2019-06-19', 'announced'],
    ['2019-06-20', 'public'],
  ] as const)('announced on 17 June, held on 20 June: on %s, %s', (d, state) => {
    expect(asOfState(d, summit)).toBe(state);
  });

  test.each([
    ['2018-03-24', 'later'],
    ['2018-03-25', 'underway'],
    ['2018-03-27', 'underway'],
    ['2018-03-28', 'public'],
  ] as const)('begun 25 March, public 28 March: on %s, %s', (d, state) => {
    expect(asOfState(d, trip)).toBe(state);
  });

  test.each([
    ['2018-06-11', 'later'],
    ['2018-06-12', 'public'],
  ] as const)('reported the day it began: on %s, %s', (d, state) => {
    expect(asOfState(d, plain)).toBe(state);
  });

  test('grouped in the input’s order, every event in one group', () => {
    const events = [plain, summit, trip, { id: 'next', start: '2018-04-01' }];
    expect(asOf('2018-03-26', events)).toEqual({ public: [], announced: [], underway: [trip], later: [plain, summit, events[3]] });
    expect(asOf('2019-06-18', events)).toEqual({ public: [plain, trip, events[3]], announced: [summit], underway: [], later: [] });
    expect([...asOfStates('2019-06-18', events)]).toEqual([['plain', 'public'], ['summit', 'announced'], ['trip', 'public'], ['next', 'public']]);
  });
});

describe('the note beside an entry', () => {
  test('names the public day, or the start when none is given', () => {
    expect(stateNote('underway', { id: 'a', start: '2018-03-25', disclosed: '2018-03-28' }, day, range)).toBe('under way, made public on <2018-03-28>');
    expect(stateNote('underway', { id: 'a', start: '2018-03-25' }, day, range)).toBe('under way, made public on <2018-03-25>');
  });

  test('names the announcement day, or the start, and the days it was to take place', () => {
    expect(stateNote('announced', { id: 'a', start: '2019-06-20', end: '2019-06-21', announced: '2019-06-17' }, day, range)).toBe('announced on <2019-06-17>, to take place on 2019-06-20..2019-06-21');
    expect(stateNote('announced', { id: 'a', start: '2019-06-20' }, day, range)).toBe('announced on <2019-06-20>, to take place on 2019-06-20..');
  });
});

describe('the sources published after the day', () => {
  test('a source’s own note', () => {
    expect(laterSourceNote('2018-03-26', day)).toBe('published after <2018-03-26>');
  });

  test.each([
    [0, 3, ''],
    [0, 0, ''],
    [1, 1, 'The source was published after <2018-03-26>.'],
    [2, 2, 'All 2 sources were published after <2018-03-26>.'],
    [1, 4, '1 of 4 sources was published after <2018-03-26>.'],
    [2, 4, '2 of 4 sources were published after <2018-03-26>.'],
  ])('%i of %i: %j', (later, total, line) => {
    expect(laterSourcesLine(later, total, '2018-03-26', day)).toBe(line);
  });
});

describe('a list’s count', () => {
  test('the noun agrees with the number it follows', () => {
    expect(publicCountLine(0, 0, 'D')).toBe('0 events public by D');
    expect(publicCountLine(2, 0, 'D')).toBe('2 events public by D');
    expect(publicCountLine(1, 0, 'D', 1)).toBe('1 of the 1 event public by D');
    expect(publicCountLine(1, 2, 'D', 5)).toBe('1 of the 5 events public by D, and 2 under way but not yet public');
  });
});

describe('an entry’s attributes and reading them back', () => {
  const element = (attrs: Record<string, string>) => ({ getAttribute: (name: string) => attrs[name] ?? null });

  test('an event reported the day it began carries its id and start only', () => {
    expect(asOfAttrs({ id: 'a', start: '2018-06-12' })).toEqual({ 'data-asof-id': 'a', 'data-asof-start': '2018-06-12' });
    expect(asOfAttrs({ id: 'a', start: '2018-06-12', disclosed: '2018-06-12' })).toEqual({ 'data-asof-id': 'a', 'data-asof-start': '2018-06-12' });
    expect(asOfAttrs({ id: 'a', start: '2018-06-12', disclosed: '2018-06-11' })).toEqual({ 'data-asof-id': 'a', 'data-asof-start': '2018-06-12' });
  });

  test('an event made public later carries its public day', () => {
    expect(asOfAttrs({ id: 'a', start: '2018-03-25', end: '2018-03-28', disclosed: '2018-03-28' })).toEqual({ 'data-asof-id': 'a', 'data-asof-start': '2018-03-25', 'data-asof-public': '2018-03-28' });
  });

  test('an announced event carries its announcement, and its last day when it lasts more than one', () => {
    expect(asOfAttrs({ id: 'a', start: '2019-06-20', end: '2019-06-21', announced: '2019-06-17', disclosed: '2019-06-22' })).toEqual({
      'data-asof-id': 'a',
      'data-asof-start': '2019-06-20',
      'data-asof-announced': '2019-06-17',
      'data-asof-end': '2019-06-21',
    });
    expect(asOfAttrs({ id: 'a', start: '2019-06-20', end: '2019-06-20', announced: '2019-06-17' })).toEqual({ 'data-asof-id': 'a', 'data-asof-start': '2019-06-20', 'data-asof-announced': '2019-06-17' });
    expect(asOfAttrs({ id: 'a', start: '2019-06-20', announced: '2019-06-17' })).toEqual({ 'data-asof-id': 'a', 'data-asof-start': '2019-06-20', 'data-asof-announced': '2019-06-17' });
  });

  test('read back, the attributes give the event again', () => {
    const announced = { id: 'a', start: '2019-06-20', end: '2019-06-21', announced: '2019-06-17' };
    expect(readAsOf(element(asOfAttrs(announced)))).toEqual({ ...announced, disclosed: undefined });
    const quiet = { id: 'b', start: '2018-03-25', disclosed: '2018-03-28' };
    expect(readAsOf(element(asOfAttrs(quiet)))).toEqual({ ...quiet, announced: undefined, end: undefined });
  });

  test('an element without an id or a start is not an event', () => {
    expect(readAsOf(element({ [ASOF_DATA.start]: '2018-01-01' }))).toBeNull();
    expect(readAsOf(element({ [ASOF_DATA.id]: 'a' }))).toBeNull();
    expect(readAsOf(element({ [ASOF_DATA.id]: '', [ASOF_DATA.start]: '2018-01-01' }))).toBeNull();
  });
});

describe('the address with a day', () => {
  test.each([
    ['/timeline/', '2018-03-26', '/timeline/?asof=2018-03-26'],
    ['/timeline/?lane=x', '2018-03-26', '/timeline/?lane=x&asof=2018-03-26'],
    ['/timeline/?asof=2019-01-01&lane=x', '2018-03-26', '/timeline/?asof=2018-03-26&lane=x'],
    ['/timeline/?lane=x#e1', '2018-03-26', '/timeline/?lane=x&asof=2018-03-26#e1'],
    ['/timeline/#e1', '2018-03-26', '/timeline/?asof=2018-03-26#e1'],
    ['/timeline/?asof=2019-01-01&lane=x#e1', null, '/timeline/?lane=x#e1'],
    ['/timeline/?asof=2019-01-01', null, '/timeline/'],
    ['/timeline/#', null, '/timeline/#'],
    ['/timeline/', null, '/timeline/'],
  ])('%s with %s → %s', (url, d, out) => {
    expect(withAsOf(url, d)).toBe(out);
  });
});
