/**
 * The public-date rule at its day boundaries, with its messages word for
 * word and the sentence an event's page shows (public-date.test.ts runs the
 * rule on the record).
 */
import { describe, expect, test } from 'vitest';
import { publicDate, publicDateProblems, publicModeText, publicOf } from '../../src/lib/public-date.ts';

const src = (...dates: string[]) => dates.map((date) => ({ date }));

describe('the earliest report', () => {
  test('is the earliest source dated on or after the start, in whatever order the sources come', () => {
    expect(publicDate({ start: '2018-03-25', sources: src('2018-03-29', '2018-03-25', '2018-03-24', '2018-03-28') }).earliestReport).toBe('2018-03-25');
    expect(publicDate({ start: '2018-03-25', sources: src('2018-03-29', '2018-03-26') }).earliestReport).toBe('2018-03-26');
  });

  test('is unknown when every source is earlier than the start, or there is none', () => {
    expect(publicDate({ start: '2018-03-25', sources: src('2018-03-24') }).earliestReport).toBeUndefined();
    expect(publicDate({ start: '2018-03-25', sources: [] }).earliestReport).toBeUndefined();
  });
});

describe('how the public learned of it', () => {
  test('a disclosed day on or before the start is the same day', () => {
    expect(publicDate({ start: '2018-03-25', disclosed: '2018-03-25', sources: [] })).toEqual({ mode: 'same-day', date: '2018-03-25', earliestReport: undefined });
    expect(publicDate({ start: '2018-03-25', disclosed: '2018-03-24', sources: [] })).toEqual({ mode: 'same-day', date: '2018-03-25', earliestReport: undefined });
    expect(publicOf({ start: '2018-03-25', disclosed: '2018-03-24', sources: [] })).toBe('2018-03-25');
  });

  test('the day after the start is later', () => {
    expect(publicDate({ start: '2018-03-25', disclosed: '2018-03-26', sources: src('2018-03-26') })).toEqual({ mode: 'disclosed-later', date: '2018-03-26', earliestReport: '2018-03-26' });
    expect(publicOf({ start: '2018-03-25', disclosed: '2018-03-26', sources: [] })).toBe('2018-03-26');
  });

  test('an announcement is public from the announcement, under way from the start', () => {
    expect(publicDate({ start: '2019-06-20', announced: '2019-06-17', sources: src('2019-06-20') })).toEqual({ mode: 'announced', date: '2019-06-17', earliestReport: '2019-06-20' });
    expect(publicOf({ start: '2019-06-20', announced: '2019-06-17', sources: [] })).toBe('2019-06-20');
  });
});

describe('dates that contradict the sources', () => {
  test('an announcement the day before the start, on the day of the earliest source, is right', () => {
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-19', sources: src('2019-06-21', '2019-06-19') })).toEqual([]);
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-19', sources: [] })).toEqual([]);
  });

  test('an announcement on the start', () => {
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-20', sources: src('2019-06-20') })).toEqual([
      { field: 'announced', message: 'announced (2019-06-20) is not before start (2019-06-20); an event reported the day it began needs no announced field: remove it' },
    ]);
  });

  test('an announcement after the start and after the earliest source: both problems', () => {
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-21', sources: src('2019-06-22', '2019-06-18') })).toEqual([
      { field: 'announced', message: 'announced (2019-06-21) is not before start (2019-06-20); an event reported the day it began needs no announced field: remove it' },
      { field: 'announced', message: 'announced (2019-06-21) is after the earliest source (2019-06-18), which already tells of it; set announced to 2019-06-18 or earlier' },
    ]);
  });

  test('announced and disclosed together', () => {
    expect(publicDateProblems({ start: '2019-06-20', announced: '2019-06-17', disclosed: '2019-06-21', sources: [] })).toEqual([
      { field: 'disclosed', message: 'an event announced beforehand (announced: 2019-06-17) cannot also be disclosed later; keep announced and remove disclosed, or the reverse' },
    ]);
  });

  test('a disclosed day one day after the earliest report is within the grace; two days is not', () => {
    expect(publicDateProblems({ start: '2018-03-25', disclosed: '2018-03-28', sources: src('2018-03-27') })).toEqual([]);
    expect(publicDateProblems({ start: '2018-03-25', disclosed: '2018-03-29', sources: src('2018-03-27', '2018-03-30') })).toEqual([
      { field: 'disclosed', message: 'disclosed (2018-03-29) is after the earliest report of the event (2018-03-27), so it was public by then; set disclosed to 2018-03-27 (or remove it if that is the start)' },
    ]);
    // Across a month's end.
    expect(publicDateProblems({ start: '2018-03-25', disclosed: '2018-04-01', sources: src('2018-03-31') })).toEqual([]);
    expect(publicDateProblems({ start: '2018-03-25', disclosed: '2018-04-02', sources: src('2018-03-31') })).toHaveLength(1);
  });

  test('with no report on or after the start, a disclosed day cannot be checked; without one, there is nothing to check', () => {
    expect(publicDateProblems({ start: '2018-03-25', disclosed: '2018-04-30', sources: src('2018-03-20') })).toEqual([]);
    expect(publicDateProblems({ start: '2018-03-25', sources: src('2018-03-20') })).toEqual([]);
    expect(publicDateProblems({ start: '2018-03-25', disclosed: '2018-03-20', sources: src('2018-03-25') })).toEqual([]);
  });
});

describe('the sentence on an event’s page', () => {
  const day = (iso: string) => `<${iso}>`;
  test.each([
    [{ mode: 'announced', date: '2019-06-17', earliestReport: undefined }, 'Announced beforehand, by <2019-06-17>.'],
    [{ mode: 'disclosed-later', date: '2018-03-28', earliestReport: undefined }, 'Kept quiet while under way; made public on <2018-03-28>.'],
    [{ mode: 'same-day', date: '2018-06-12', earliestReport: undefined }, 'Reported as it happened, from <2018-06-12>.'],
  ] as const)('%j', (p, sentence) => {
    expect(publicModeText(p, day)).toBe(sentence);
  });
});
