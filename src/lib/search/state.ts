/**
 * The search page's state and its URL: /search/?q=June+2018&type=event&sort=date.
 * Every value read from the URL is kept as plain text (it is only ever shown
 * with textContent); unknown parameters are dropped, lengths are capped.
 */
import { FACETS, type Facet } from './facets.ts';
import { asOfParam } from '../asof.ts';

export type Sort = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: Sort;
  /** Selected values per facet; values within a facet are alternatives (any), facets combine (all). */
  filters: Record<Facet, string[]>;
  /** `?asof=YYYY-MM-DD`: only what was public that day (src/lib/asof.ts). */
  asof?: string | undefined;
}

const MAX_QUERY = 200;
const MAX_VALUES = 20;
const MAX_VALUE = 80;

export function emptyFilters(): Record<Facet, string[]> {
  return { type: [], year: [], actor: [], kind: [], topic: [] };
}

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const facet of FACETS) {
    const values = params.getAll(facet).map((v) => v.trim().slice(0, MAX_VALUE)).filter((v) => v !== '');
    filters[facet] = [...new Set(values)].slice(0, MAX_VALUES);
  }
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
    asof: asOfParam(`?${params.toString()}`) ?? undefined,
  };
}

export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const facet of FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort === 'date') params.set('sort', 'date');
  if (state.asof) params.set('asof', state.asof);
  return params;
}

/** The state without facet values the index does not know ("toString", "__proto__", typos): they are dropped. */
export function knownState(state: SearchState, known: (facet: Facet, value: string) => boolean): SearchState {
  const filters = emptyFilters();
  for (const facet of FACETS) filters[facet] = state.filters[facet].filter((v) => known(facet, v));
  return { ...state, filters };
}
