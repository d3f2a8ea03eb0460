import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { answerDateQuery, pageOf, textNeeded } from '../../src/lib/search/date-answer.ts';
import type { DateIndex, DateIndexEvent, DateItems } from '../../src/lib/search/date-index.ts';
import { choosePeriods, mergePeriods, periodsFor, periodSpan, readManifest, splitDateIndex, textPeriods, type PeriodFile } from '../../src/lib/search/date-periods.ts';
import { decodePeriod, decodeText, encodePeriod } from '../../src/lib/search/date-wire.ts';
import { parseDateQuery, type DateRange } from '../../src/lib/date-query/index.ts';
import { FACETS, type Facet } from '../../src/lib/search/facets.ts';
import { seeded } from '../seeded.ts';

const noFilters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;


const WORDS = 'border channel council delegation dialogue envoy exchange guarantee influence ministry negotiation pressure protocol railway resolution sanction security summit treaty visit warning accord'.split(' ');
const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);

/** An index shaped like the benchmark corpus's (scripts/bench/corpus-content.ts): events over 25 years, claims of 1–2 events, pieces with mentions; some long and coarse events. */
function corpusIndex(events: number, claims: number, pieces: number): DateIndex {
  const rand = seeded(2018);
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
    // In the order they were written, as the site lists them (src/data/record.ts).
    }).sort((a, b) => a.from.localeCompare(b.from)),
  };
}

const textsOfIndex = (index: DateIndex) => ({
  events: new Map(index.events.map((e) => [e.id, { title: e.title, summary: e.summary }])),
  claims: new Map(index.claims.map((c) => [c.id, c.quote])),
  pieces: new Map(index.pieces.map((p) => [p.id, { title: p.title, mentions: p.mentions.map(({ phrase, sentence }) => ({ phrase, sentence })) }])),
});

const rangeOf = (q: string): DateRange => {
  const range = parseDateQuery(q).range;
  if (!range) throw new Error(`${q} is not a date`);
  return range;
};

/** The whole index without its text and what only search as of a day reads: what a period file's facts carry. */
const factsOf = (index: DateIndex): DateItems => ({
  events: index.events.map(({ title: _t, summary: _s, disclosed: _d, announced: _a, ...facts }) => facts),
  claims: index.claims.map(({ quote: _q, piece: _p, ...facts }) => facts),
  pieces: index.pieces.map(({ title: _t, mentions, ...facts }) => ({ ...facts, mentions: mentions.map(({ from, to }) => ({ from, to })) })),
});

/** Each period as the build writes it and the page reads it: facts and text, through JSON. */
function written(files: Map<string, PeriodFile>) {
  const json = (data: unknown): unknown => JSON.parse(JSON.stringify(data));
  return new Map([...files].map(([id, file]) => {
    const { facts, text } = encodePeriod(id, file);
    return [id, { facts: decodePeriod(json(facts)), text: json(text) }];
  }));
}

describe('the date index by period', () => {
  const small = corpusIndex(300, 90, 30);
  const periods = choosePeriods(small);
  const files = splitDateIndex(small, periods);
  const manifest = { v: 1 as const, periods };
  const queries = ['June 2018', '2018', 'spring 2003', 'winter 2018', 'March to June 2018', '19 June 2018', 'before March 2002', 'after June 2023', '2000..2024', 'first half of 2010', '2031'];

  it('answers every range from its periods exactly as from the whole index', () => {
    for (const q of queries) {
      const range = rangeOf(q);
      const merged = mergePeriods(periodsFor(manifest, range).map((id) => files.get(id)!));
      expect(answerDateQuery(merged, range, noFilters), q).toEqual(answerDateQuery(small, range, noFilters));
    }
  });

  it('answers every range from its periods’ facts as written, and shows each page with the whole index’s text', () => {
    for (const split of [files, splitDateIndex(small, choosePeriods(small, 5))]) {
      const wire = written(split);
      const splitManifest = { v: 1 as const, periods: [...split.keys()] };
      const whole = textsOfIndex(small);
      for (const q of queries) {
        const range = rangeOf(q);
        const needed = periodsFor(splitManifest, range);
        const facts = needed.map((id) => wire.get(id)!.facts);
        const found = answerDateQuery(mergePeriods(facts), range, noFilters);
        expect(found, q).toEqual(answerDateQuery(factsOf(small), range, noFilters));
        // Every page of every group: its text from the periods textPeriods names is the whole index's.
        const longest = Math.max(found.events.length, found.claims.length, found.pieces.length);
        for (let from = 0; from < longest; from += 10) {
          const need = textNeeded(pageOf(found, from, from + 10));
          const texts = { events: new Map(), claims: new Map(), pieces: new Map() };
          for (const id of textPeriods(needed, facts, need)) decodeText(wire.get(id)!.text, texts);
          for (const id of need.events) expect(texts.events.get(id), `${q}: event ${id}`).toEqual(whole.events.get(id));
          for (const id of need.named) expect(texts.events.get(id)?.title, `${q}: named ${id}`).toBe(whole.events.get(id)!.title);
          for (const id of need.claims) expect(texts.claims.get(id), `${q}: claim ${id}`).toBe(whole.claims.get(id));
          for (const id of need.pieces) expect(texts.pieces.get(id), `${q}: piece ${id}`).toEqual(whole.pieces.get(id));
        }
      }
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

  it('fetches at most 60 KB gzipped for a day, a month, a year, months of a year and two years at the 10,000-event corpus', () => {
    const corpus = corpusIndex(10_000, 3_000, 1_000);
    const corpusPeriods = choosePeriods(corpus);
    const gz = (data: unknown) => gzipSync(JSON.stringify(data), { level: 9 }).length;
    const sizes = Object.fromEntries(['19 June 2018', 'June 2018', '2018', 'March to June 2018', '2017..2018'].map((q) => {
      const range = rangeOf(q);
      const needed = periodsFor({ v: 1, periods: corpusPeriods }, range);
      const encoded = new Map([...splitDateIndex(corpus, needed)].map(([id, file]) => [id, encodePeriod(id, file)]));
      const facts = needed.map((id) => decodePeriod(encoded.get(id)!.facts));
      const page = textNeeded(pageOf(answerDateQuery(mergePeriods(facts), range, noFilters)));
      // The first period's text comes with the facts; then that of any other period the first page needs.
      const texts = new Set([needed[0]!, ...textPeriods(needed, facts, page)]);
      const bytes = needed.reduce((sum, id) => sum + gz(encoded.get(id)!.facts), 0) + [...texts].reduce((sum, id) => sum + gz(encoded.get(id)!.text), 0);
      return [q, { periods: needed.length, texts: texts.size, bytes, inline: needed.reduce((sum, id) => sum + gz(splitDateIndex(corpus, [id]).get(id)), 0) }];
    }));
    for (const [q, size] of Object.entries(sizes)) expect(size.bytes, q).toBeLessThanOrEqual(60_000);
    expect(sizes['2018']!.periods).toBe(12);
    expect(sizes['2017..2018']!.periods).toBe(24);
    // The first page of a year or two needs the text of a few of their months, not of all.
    expect(sizes['2018']!.texts).toBeLessThanOrEqual(3);
    expect(sizes['2017..2018']!.texts).toBeLessThanOrEqual(3);
    // With their text inline, as the files were before, two years cost twice as much.
    expect(sizes['2017..2018']!.inline).toBeGreaterThan(2 * sizes['2017..2018']!.bytes);
    // The whole index, fetched before the split, is many times a month.
    expect(gz(corpus)).toBeGreaterThan(10 * sizes['June 2018']!.bytes);
  });
});
