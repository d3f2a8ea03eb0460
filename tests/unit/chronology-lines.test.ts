/**
 * The chronology's one-line summaries at their cutting boundaries, the
 * filters' keys, and the counts as of a day on made-up events
 * (front-small.test.ts and chronology-asof.test.ts run the record).
 */
import { describe, expect, test } from 'vitest';
import { facetCounts, facetCountsAsOf, facetKey, oneLine, SUMMARY_MAX } from '../../src/lib/chronology.ts';

describe('where the first sentence ends', () => {
  test.each([
    ['  Kim   met\nXi.  They talked. ', 'Kim met Xi.'],
    ['Kim won! Then he left.', 'Kim won!'],
    ['Why? (Nobody said.)', 'Why?'],
    ['Kim said. “Yes,” said Xi.', 'Kim said.'],
    ['Kim said. "Yes," said Xi.', 'Kim said.'],
    ['Ms. Kim came. Then more.', 'Ms. Kim came.'],
    ['Dr. Kim came. Then more.', 'Dr. Kim came.'],
    ['St. Petersburg hosted. Then more.', 'St. Petersburg hosted.'],
    ['No. 1 Kim came. Then more.', 'No. 1 Kim came.'],
    ['Kim vs. Moon went on. Then more.', 'Kim vs. Moon went on.'],
    ['Plan B. Then more.', 'Plan B. Then more.'],
    ['Kim met Xi. then talked.', 'Kim met Xi. then talked.'],
    ['Kim met Xi.Then talked.', 'Kim met Xi.Then talked.'],
  ])('%j → %j', (summary, line) => {
    expect(oneLine(summary)).toBe(line);
  });
});

describe('cutting a long first sentence', () => {
  test('a sentence of the longest length is whole; one character more is cut', () => {
    const whole = `${'a'.repeat(SUMMARY_MAX - 1)}.`;
    expect(SUMMARY_MAX).toBe(150);
    expect(oneLine(whole)).toBe(whole);
    expect(oneLine(`b ${whole}`)).toBe('b…');
  });

  test('characters, not code units, are counted', () => {
    expect(oneLine('𠀀𠀀 ab', 5)).toBe('𠀀𠀀 ab');
    expect(oneLine('𠀀𠀀 abc', 5)).toBe('𠀀𠀀…');
  });

  test('when the cut falls just before a space, the last word is kept', () => {
    expect(oneLine('abcd efgh ijkl', 10)).toBe('abcd efgh…');
    expect(oneLine('abcd efgh ijkl', 12)).toBe('abcd efgh…');
    expect(oneLine('abcd efgh ijkl', 14)).toBe('abcd efgh ijkl');
  });

  test('a single word too long is cut inside it', () => {
    expect(oneLine('abcdefghijkl', 5)).toBe('abcd…');
  });

  test('punctuation and dashes left at the cut go', () => {
    expect(oneLine('alpha, beta gamma', 8)).toBe('alpha…');
    expect(oneLine('alpha — beta gamma', 9)).toBe('alpha…');
    expect(oneLine('alpha; beta: gamma', 13)).toBe('alpha; beta…');
  });
});

describe('the filters', () => {
  test('a filter’s key, or all when it has no field or no value', () => {
    expect(facetKey('lane', 'china-dprk')).toBe('lane:china-dprk');
    expect(facetKey('kind', 'visit')).toBe('kind:visit');
    expect(facetKey(null, 'visit')).toBe('all');
    expect(facetKey('lane', null)).toBe('all');
    expect(facetKey('kind', '')).toBe('all');
  });

  test('values that occur, in the vocabulary’s order, with their counts', () => {
    expect(facetCounts(['a', 'b', 'c'], ['b', 'b', 'c', 'b'])).toEqual([{ value: 'b', count: 3 }, { value: 'c', count: 1 }]);
    expect(facetCounts(['a'], [])).toEqual([]);
  });

  test('counts as of a day: public and announced events count, those under way or later do not', () => {
    const events = [
      { id: 'a', start: '2018-03-01', lane: 'china-dprk', kind: 'visit' },
      { id: 'b', start: '2018-03-20', disclosed: '2018-03-28', lane: 'china-dprk', kind: 'visit' },
      { id: 'c', start: '2018-04-01', announced: '2018-03-15', lane: 'us-dprk', kind: 'summit' },
      { id: 'd', start: '2018-05-01', lane: 'us-dprk', kind: 'talks' },
    ];
    expect(facetCountsAsOf('2018-03-26', events)).toEqual({ all: 2, 'lane:china-dprk': 1, 'kind:visit': 1, 'lane:us-dprk': 1, 'kind:summit': 1 });
    expect(facetCountsAsOf('2018-02-01', events)).toEqual({ all: 0 });
  });
});
