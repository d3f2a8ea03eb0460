/**
 * A whole word query over the small text index: the words (in their
 * alternative forms), narrowed by the facets and a date range, in relevance
 * or date order, with facet counts over the results — what the search page
 * otherwise asks Pagefind for. With no words, every page the facets and
 * range leave, by date. Pure.
 */
import { overlaps, type DateRange } from '../date-query/index.ts';
import { countFacets, matchesFilters } from './date-answer.ts';
import type { Facet, FacetCounts } from './facets.ts';
import type { Sort } from './state.ts';
import { matchTerms, type TextHit, type TextSearchIndex } from './text-match.ts';

export interface TextAnswer {
  hits: TextHit[];
  counts: FacetCounts;
}

export function searchText(
  index: TextSearchIndex,
  terms: readonly string[],
  range: DateRange | undefined,
  filters: Record<Facet, string[]>,
  sort: Sort,
): TextAnswer {
  const found = terms.length === 0 ? index.docs.map((doc) => ({ doc, score: 0, locations: [] })) : matchTerms(index, terms);
  const kept = found.filter(({ doc }) => (!range || overlaps(doc, range)) && matchesFilters(doc.facets, filters));
  const hits = sort === 'date' || terms.length === 0
    ? [...kept].sort((a, b) => a.doc.start.localeCompare(b.doc.start) || b.score - a.score || a.doc.url.localeCompare(b.doc.url))
    : kept;
  return { hits, counts: countFacets(hits.map((h) => h.doc.facets)) };
}
