/**
 * The search index's vocabulary, shared by the build (data attributes on
 * pages, /search/dates.json) and the search page (URL state, facets).
 * Lookups by a value that came from a URL or an index go through Maps, never
 * plain objects: "toString", "__proto__" or "constructor" are then unknown
 * values like any other, not inherited properties.
 */

/** Facets a reader can narrow by, in the order the page shows them. */
export const FACETS = ['type', 'year', 'actor', 'kind', 'topic'] as const;
export type Facet = (typeof FACETS)[number];

/** Filters each indexed page carries: the facets plus `month` (YYYY-MM) and `piece` (slug). */
export type FilterName = Facet | 'month' | 'piece';

export const RESULT_TYPES = { piece: 'Piece', claim: 'Claim', event: 'Event' } as const;
export type ResultType = keyof typeof RESULT_TYPES;

export type Filters = Partial<Record<FilterName, string[]>>;

/** Reader-facing labels for filter values that are ids (actors, kinds, topics, pieces, types), as written to JSON. */
export type Labels = Partial<Record<FilterName, Record<string, string>>>;

/** The same labels as prototype-free Maps, for lookups by untrusted values. */
export type LabelMaps = Partial<Record<FilterName, Map<string, string>>>;

/** How many results carry each value of each facet. */
export type FacetCounts = Partial<Record<Facet, Map<string, number>>>;

/** Own entries of a plain object (from JSON) as a Map; anything that is not a string is dropped. */
export function ownMap<T>(record: unknown, accept: (value: unknown) => value is T): Map<string, T> {
  const map = new Map<string, T>();
  if (record && typeof record === 'object') {
    for (const [key, value] of Object.entries(record)) if (accept(value)) map.set(key, value);
  }
  return map;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function labelMaps(labels: Labels): LabelMaps {
  const maps: LabelMaps = {};
  for (const [name, record] of Object.entries(labels)) maps[name as FilterName] = ownMap(record, isString);
  return maps;
}

/** Pagefind's filter counts ({ facet: { value: n } }) as Maps, facets only. */
export function countMaps(counts: unknown): FacetCounts {
  const maps: FacetCounts = {};
  if (!counts || typeof counts !== 'object') return maps;
  for (const facet of FACETS) {
    if (Object.hasOwn(counts, facet)) maps[facet] = ownMap((counts as Record<string, unknown>)[facet], isCount);
  }
  return maps;
}

/** Whether a value can be a filter value of the facet: a type, a four-digit year, or an id the labels know. */
export function isKnownValue(facet: Facet, value: string, labels: LabelMaps): boolean {
  if (facet === 'year') return /^\d{4}$/.test(value);
  return labels[facet]?.has(value) ?? false;
}
