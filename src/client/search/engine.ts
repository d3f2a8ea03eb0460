/**
 * The full-text side of search on a site too big for the small text index
 * (text-engine.ts answers word queries on this one): Pagefind, loaded only
 * when a query has words (or asks for pieces and claims), so a date-only
 * query never fetches it.
 * It runs on the main thread (noWorker): the index is small, and the worker
 * script would be one more file to fetch before the first result.
 */
import { monthsOf, overlaps, type DateRange } from '../../lib/date-query/index.ts';
import { buildExcerpt, type Segment } from '../../lib/search/excerpt.ts';
import { readVerdict, type Verdict } from '../../lib/search/verdict.ts';
import { countFacets } from '../../lib/search/date-answer.ts';
import { FACETS, countMaps, type Facet, type FacetCounts } from '../../lib/search/facets.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { BASE, href, paths } from '../../lib/urls.ts';

/** What the page shows for one result, from either index. */
export interface Hit {
  url: string;
  title: string;
  type: string;
  date: string;
  start: string;
  excerpt: Segment[];
  /** Claims: the record's status and line, shown under the title. */
  verdict?: Verdict | undefined;
}

interface PagefindData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
type PagefindFilters = Record<string, { any: string[] }>;
interface Pagefind {
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}
interface PagefindModule {
  createInstance(options: { baseUrl: string; basePath: string; excerptLength?: number; noWorker?: boolean }): Pagefind;
}

let loading: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = href(paths.searchBundle());
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindModule;
    const instance = module.createInstance({ baseUrl: BASE, basePath: bundle, excerptLength: 30, noWorker: true });
    // Loading the filters first is what makes each search report its facet counts.
    await instance.filters();
    return instance;
  })();
  loading.catch(() => (loading = undefined));
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
    verdict: readVerdict(data.meta['status'], data.meta['line']),
  };
}

function facetValues(data: PagefindData): Partial<Record<Facet, string[]>> {
  return Object.fromEntries(FACETS.map((f) => [f, Object.hasOwn(data.filters, f) ? (data.filters[f] ?? []) : []]));
}

const NONE: WordAnswer = { count: 0, counts: {}, load: () => Promise.resolve([]) };

/**
 * Words through Pagefind, narrowed by the facets. `terms` are alternative
 * forms of the same query (src/lib/search/query-words.ts); their results are
 * merged. With a date range: narrowed first by the month filter, then exactly
 * by each result's start and end.
 */
export async function searchWords(terms: string[], range: DateRange | undefined, state: SearchState): Promise<WordAnswer> {
  const engine = await pagefind();
  const filters: PagefindFilters = {};
  for (const facet of FACETS) if (state.filters[facet].length > 0) filters[facet] = { any: state.filters[facet] };
  if (range) {
    const known = Object.keys((await engine.filters())['month'] ?? {}).sort();
    const first = range.from ?? `${known[0] ?? '0000-01'}-01`;
    const last = range.to ?? `${known.at(-1) ?? '9999-12'}-28`;
    const months = first <= last ? monthsOf(first, last).filter((m) => known.includes(m)) : [];
    if (months.length === 0) return NONE;
    filters['month'] = { any: months };
  }
  const byDate = state.sort === 'date' || terms.length === 0;
  const options = { filters, ...(byDate ? { sort: { date: 'asc' as const } } : {}) };
  const searches = await Promise.all((terms.length === 0 ? [null] : terms).map((t) => engine.search(t, options)));

  if (!range && searches.length === 1) {
    const results = searches[0]?.results ?? [];
    return { count: results.length, counts: countMaps(searches[0]?.filters), load: (from, to) => Promise.all(results.slice(from, to).map(async (r) => toHit(await r.data()))) };
  }
  // Merged forms, or a date range: every candidate is loaded to merge, count and check dates; the site is small.
  const best = new Map<string, PagefindResult>();
  for (const result of searches.flatMap((s) => s?.results ?? [])) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  const merged = [...best.values()].sort((a, b) => b.score - a.score);
  const loaded = await Promise.all(merged.map((r) => r.data()));
  let kept = range ? loaded.filter((d) => overlaps({ start: d.meta['start'] ?? '', end: d.meta['end'] }, range)) : loaded;
  if (byDate) kept = [...kept].sort((a, b) => (a.meta['start'] ?? '').localeCompare(b.meta['start'] ?? ''));
  const hits = kept.map(toHit);
  return { count: hits.length, counts: countFacets(kept.map(facetValues)), load: (from, to) => Promise.resolve(hits.slice(from, to)) };
}
