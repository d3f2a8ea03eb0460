/**
 * Answering a date-only query from the date index, with no full-text engine:
 * the events whose span overlaps the range (src/lib/date-query/overlap.ts),
 * narrowed by the facets, in date order, with facet counts.
 */
import { byDate, overlaps, yearsOf, type DateRange } from '../date-query/index.ts';
import type { DateIndexEvent } from './date-index.ts';
import type { Facet } from './facets.ts';

export type FacetCounts = Partial<Record<Facet, Record<string, number>>>;

/** An event's values for each facet. */
export function eventFacets(event: DateIndexEvent): Record<Facet, string[]> {
  return {
    type: ['event'],
    year: yearsOf(event.start, event.end ?? event.start),
    actor: event.actors,
    kind: [event.kind],
    topic: event.topics,
  };
}

/** Any value within a facet, every facet. */
export function matchesFilters(values: Partial<Record<Facet, string[]>>, filters: Record<Facet, string[]>): boolean {
  return (Object.keys(filters) as Facet[]).every((facet) => {
    const wanted = filters[facet];
    return wanted.length === 0 || wanted.some((w) => values[facet]?.includes(w));
  });
}

/** How many of the given items carry each facet value. */
export function countFacets(items: Partial<Record<Facet, string[]>>[]): FacetCounts {
  const counts: FacetCounts = {};
  for (const values of items) {
    for (const [facet, list] of Object.entries(values) as [Facet, string[]][]) {
      const bucket = (counts[facet] ??= {});
      for (const value of list) bucket[value] = (bucket[value] ?? 0) + 1;
    }
  }
  return counts;
}

export function answerDateQuery(
  events: DateIndexEvent[],
  range: DateRange,
  filters: Record<Facet, string[]>,
): { results: DateIndexEvent[]; counts: FacetCounts } {
  const inRange = events.filter((e) => overlaps(e, range));
  const results = inRange.filter((e) => matchesFilters(eventFacets(e), filters)).sort(byDate);
  return { results, counts: countFacets(results.map(eventFacets)) };
}
