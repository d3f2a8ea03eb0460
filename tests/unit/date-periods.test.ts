import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerDateQuery } from '../../src/lib/search/date-answer.ts';
import type { DateIndex, DateIndexEvent } from '../../src/lib/search/date-index.ts';
import { choosePeriods, mergePeriods, periodsFor, periodSpan, readManifest, splitDateIndex } from '../../src/lib/search/date-periods.ts';
import { parseDateQuery, type DateRange } from '../../src/lib/date-query/index.ts';
import { FACETS, type Facet } from '../../src/lib/search/facets.ts';

const noFilters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;

/** A seeded generator (mulberry32), so each run builds the same index. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'border channel council delegation dialogue envoy exchange guarantee influence ministry negotiation pressure protocol railway resolution sanction security summit treaty visit warning accord'.split(' ');
const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

/** An index shaped like the benchmark corpus's (scripts/bench/corpus-content.ts): events over 25 years, claims of 1–2 events, pieces with mentions; some long and coarse events. */
function corpusIndex(events: number, claims: number, pieces: number): DateIndex {
  const rand = random(2018);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
  const start2000 = Date.UTC(2000, 0, 1);
  const list: DateIndexEvent[] = Array.from({ length: events }, (_, i) => {
    const start = day(start2000, Math.floor(rand() * 25 * 365));
    const long = rand() < 0.02;
    const coarse = !long && rand() < 0.05;
    return {
      id: `e-${String(i + 1).padStart(5, '0')}`,
      title: `Event ${i + 1}: ${words(5)}`,
      start: coarse ? `${start.slice(0, 7)}-01` : start,
      ...(long ? { end: day(Date.parse(start), 200 + Math.floor(rand() * 800)) } : coarse ? { end: periodSpan(start.slice(0, 7)).end, precision: 'month' as const } : {}),
      kind: 'visit',
      actors: [`actor-${1 + Math.floor(rand() * 40)}`],
      summary: `${words(14)}.`,
    };
  });
  return {
    events: list,
    claims: Array.from({ length: claims }, (_, i) => ({
      id: `c-${i}`,
      quote: words(12),
      events: [...new Set([list[Math.floor(rand() * events)]!.id, ...(rand() < 0.3 ? [list[Math.floor(rand() * events)]!.id] : [])])],
      topics: ['summits'],
      piece: `p-${i % pieces}`,
    })),
    pieces: Array.from({ length: pieces }, (_, i) => {
      const from = day(start2000, Math.floor(rand() * 25 * 365));
      const year = 2000 + Math.floor(rand() * 25);
      return { id: `p-${i}`, title: `Piece ${i}`, from, to: from, mentions: rand() < 0.2 ? [{ from: `${year}-03-01`, to: `${year}-05-31`, phrase: `spring ${year}`, sentence: `In spring ${year} ${words(8)}.` }] : [], topics: ['summits'] };
    }),
  };
}

const rangeOf = (q: string): DateRange => {
  const range = parseDateQuery(q).range;
  if (!range) throw new Error(`${q} is not a date`);
  return range;
};

describe('the date index by period', () => {
  const small = corpusIndex(300, 90, 30);
  const periods = choosePeriods(small);
  const files = splitDateIndex(small, periods);
  const manifest = { v: 1 as const, periods };

  it('answers every range from its periods exactly as from the whole index', () => {
    const queries = ['June 2018', '2018', 'spring 2003', 'winter 2018', 'March to June 2018', '19 June 2018', 'before March 2002', 'after June 2023', '2000..2024', 'first half of 2010', '2031'];
    for (const q of queries) {
      const range = rangeOf(q);
      const merged = mergePeriods(periodsFor(manifest, range).map((id) => files.get(id)!));
      expect(answerDateQuery(merged, range, noFilters), q).toEqual(answerDateQuery(small, range, noFilters));
    }
  });

  it('merges every period back into the whole index, in its order', () => {
    const merged = mergePeriods([...files.values()].reverse());
    expect(merged.claims).toEqual(small.claims);
    expect(merged.pieces).toEqual(small.pieces);
    expect([...merged.events].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...small.events].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('is one file a year for a small record, and months for a busy year', () => {
    expect(periods.every((p) => /^\d{4}$/.test(p))).toBe(true);
    const busy = choosePeriods(small, 5);
    expect(busy).toContain('2010-06');
    expect(busy.filter((p) => p.startsWith('2010'))).toHaveLength(12);
    expect(periodSpan('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodsFor({ v: 1, periods: busy }, rangeOf('June 2010'))).toEqual(['2010-06']);
  });

  it('reads only a manifest of period ids, so no other file name can be asked for', () => {
    expect(readManifest({ v: 1, periods: ['2018', '2019-06'] })).toEqual({ v: 1, periods: ['2018', '2019-06'] });
    expect(readManifest({ v: 1, periods: ['../labels'] })).toBeNull();
    expect(readManifest({ v: 1, periods: ['2019-13'] })).toBeNull();
    expect(readManifest({ v: 2, periods: [] })).toBeNull();
  });

  it('fetches at most 60 KB gzipped for a month at the 10,000-event corpus', () => {
    const corpus = corpusIndex(10_000, 3_000, 1_000);
    const corpusPeriods = choosePeriods(corpus);
    const needed = periodsFor({ v: 1, periods: corpusPeriods }, rangeOf('June 2018'));
    const corpusFiles = splitDateIndex(corpus, needed);
    const gz = (data: unknown) => gzipSync(JSON.stringify(data)).length;
    const bytes = gz({ v: 1, periods: corpusPeriods }) + needed.reduce((sum, id) => sum + gz(corpusFiles.get(id)), 0);
    expect(bytes).toBeLessThanOrEqual(60_000);
    // The whole index, fetched before the split, is many times that.
    expect(gz(corpus)).toBeGreaterThan(10 * bytes);
  });
});
