/**
 * The search index's vocabulary, shared by the build (data attributes on
 * pages, /search/dates.json) and the search page (URL state, facets).
 */

/** Facets a reader can narrow by, in the order the page shows them. */
export const FACETS = ['type', 'year', 'actor', 'kind', 'topic'] as const;
export type Facet = (typeof FACETS)[number];

/** Filters each indexed page carries: the facets plus `month` (YYYY-MM) and `piece` (slug). */
export type FilterName = Facet | 'month' | 'piece';

export const RESULT_TYPES = { piece: 'Piece', claim: 'Claim', event: 'Event' } as const;
export type ResultType = keyof typeof RESULT_TYPES;

export type Filters = Partial<Record<FilterName, string[]>>;

/** Reader-facing labels for filter values that are ids (actors, kinds, topics, pieces, types). */
export type Labels = Partial<Record<FilterName, Record<string, string>>>;
