/**
 * The full-text side of search: Pagefind, loaded only when a query has words
 * (or asks for pieces and claims), so a date-only query never fetches it.
 */
import { monthsOf, overlaps, type DateRange } from '../../lib/date-query/index.ts';
import { buildExcerpt, type Segment } from '../../lib/search/excerpt.ts';
import { countFacets, type FacetCounts } from '../../lib/search/date-answer.ts';
import { FACETS, type Facet } from '../../lib/search/facets.ts';
import type { SearchState } from '../../lib/search/state.ts';

/** What the page shows for one result, from either index. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  date: string;
  start: string;
  excerpt: Segment[];
}

interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  options(options: { baseUrl: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

let loading: Promise<Pagefind> | undefined;

function pagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 30 });
    await module.init();
    return module;
  })();
  return loading;
}

export interface WordAnswer {
  count: number;
  counts: FacetCounts;
  /** Results from index `from` (inclusive) to `to` (exclusive), loaded on demand. */
  load(from: number, to: number): Promise<Hit[]>;
}

function toHit(data: PagefindData): Hit {
  return {
    url: data.url,
    title: data.meta['title'] ?? data.url,
    type: data.meta['type'] ?? '',
    date: data.meta['date'] ?? '',
    start: data.meta['start'] ?? '',
    excerpt: buildExcerpt(data.content, data.locations),
  };
}

function facetValues(data: PagefindData): Partial<Record<Facet, string[]>> {
  return Object.fromEntries(FACETS.map((f) => [f, data.filters[f] ?? []]));
}

/**
 * Words (or none) through Pagefind, narrowed by the facets; with a date range,
 * narrowed first by month filter, then exactly by each result's start and end.
 */
export async function searchWords(base: string, words: string, range: DateRange | undefined, state: SearchState): Promise<WordAnswer> {
  const engine = await pagefind(base);
  const filters: PagefindFilters = {};
  for (const facet of FACETS) if (state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] };
  if (range) {
    const known = Object.keys((await engine.filters())['month'] ?? {}).sort();
    const first = range.from ?? `${known[0] ?? '0000-01'}-01`;
    const last = range.to ?? `${known.at(-1) ?? '9999-12'}-28`;
    const months = first <= last ? monthsOf(first, last).filter((m) => known.includes(m)) : [];
    if (months.length === 0) return { count: 0, counts: {}, load: () => Promise.resolve([]) };
    filters['month'] = { any: months };
  }
  const byDate = state.sort === 'date' || words === '';
  const search = await engine.search(words === '' ? null : words, { filters, ...(byDate ? { sort: { date: 'asc' } } : {}) });
  const results = search?.results ?? [];

  if (!range) {
    const counts = (search?.filters ?? {}) as FacetCounts;
    return { count: results.length, counts, load: (from, to) => Promise.all(results.slice(from, to).map(async (r) => toHit(await r.data()))) };
  }
  // With a range every candidate is loaded to check its exact dates; the site is small.
  const loaded = await Promise.all(results.map((r) => r.data()));
  const inRange = loaded.filter((d) => overlaps({ start: d.meta['start'] ?? '', end: d.meta['end'] }, range));
  const hits = inRange.map(toHit);
  return { count: hits.length, counts: countFacets(inRange.map(facetValues)), load: (from, to) => Promise.resolve(hits.slice(from, to)) };
}
