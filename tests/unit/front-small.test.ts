import { describe, expect, it } from 'vitest';
import { readableText, readingMinutes, readingTimeLabel, wordCount } from '../../src/lib/reading-time.ts';
import { oneLine, facetCounts } from '../../src/lib/chronology.ts';
import { correctionsLog, latestDate } from '../../src/lib/last-updated.ts';

describe('reading time', () => {
  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(wordCount("Kim's inter-Korean talks — 4 times, in 2018.")).toBe(7);
    expect(wordCount('')).toBe(0);
  });
  it('rounds up to whole minutes, at least one', () => {
    expect(readingMinutes('word '.repeat(230))).toBe(1);
    expect(readingMinutes('word '.repeat(231))).toBe(2);
    expect(readingMinutes('')).toBe(1);
    expect(readingTimeLabel('word '.repeat(1000))).toBe('5 min read');
  });
  it('reads claim markers as their text, without ids', () => {
    const md = 'He said :claim[China is **left out**]{#china-left-out} of it.';
    expect(wordCount(readableText(md))).toBe(8);
    expect(readableText(md)).not.toContain('china-left-out');
  });
});

describe('chronology lines', () => {
  it('keeps the first sentence, not stopping at "U.S." or "Mr."', () => {
    expect(oneLine('Kim met Xi. They talked.')).toBe('Kim met Xi.');
    expect(oneLine('The U.S. envoy met Mr. Ri in Hanoi. Later more.')).toBe('The U.S. envoy met Mr. Ri in Hanoi.');
  });
  it('cuts a long sentence at a word, with an ellipsis', () => {
    const s = `${'word '.repeat(40).trim()}.`;
    const line = oneLine(s, 30);
    expect(line).toBe('word word word word word word…');
    expect([...line].length).toBeLessThanOrEqual(30);
  });
  it('counts the facets that occur, in vocabulary order', () => {
    expect(facetCounts(['a', 'b', 'c'] as const, ['c', 'a', 'c'])).toEqual([{ value: 'a', count: 1 }, { value: 'c', count: 2 }]);
  });
});

describe('last updated and corrections', () => {
  it('takes the latest real date', () => {
    expect(latestDate(['2018-03-01', undefined, '2019-01-10', 'bad', null])).toBe('2019-01-10');
    expect(latestDate([])).toBeNull();
  });
  it('lists corrections newest first', () => {
    const log = correctionsLog([
      { id: 'a', title: 'A', corrected: { date: '2026-01-02', note: 'x' } },
      { id: 'b', title: 'B' },
      { id: 'c', title: 'C', corrected: { date: '2026-03-04', note: 'y' } },
    ]);
    expect(log.map((c) => [c.id, c.date])).toEqual([['c', '2026-03-04'], ['a', '2026-01-02']]);
  });
  it('lists claims’ corrections among the events’, by date, each marked as a claim', () => {
    const log = correctionsLog(
      [{ id: 'a', title: 'A', corrected: { date: '2026-01-02', note: 'x' } }],
      [{ claimId: 'k', title: '“K”', date: '2026-02-03', note: 'z' }],
    );
    expect(log.map((c) => [c.kind, c.id, c.title, c.date])).toEqual([['claim', 'k', '“K”', '2026-02-03'], ['event', 'a', 'A', '2026-01-02']]);
  });
});
