/**
 * Answering a date-only query from the date index, with no full-text engine:
 * the events whose span overlaps the range; then the claims about those
 * events; then the pieces written in the range or whose text names a period
 * in it — each group narrowed by the facets, with facet counts over all three.
 */
import { byDate, overlaps, yearsOf, type DateRange } from '../date-query/index.ts';
import type { Mention } from '../date-query/scan.ts';
import type { DateIndex, DateIndexClaim, DateIndexEvent, DateIndexPiece } from './date-index.ts';
import type { Facet, FacetCounts } from './facets.ts';

export type FacetValues = Partial<Record<Facet, string[]>>;

/** Any value within a facet, every facet. */
export function matchesFilters(values: FacetValues, filters: Record<Facet, string[]>): boolean {
  return (Object.keys(filters) as Facet[]).every((facet) => {
    const wanted = filters[facet];
    return wanted.length === 0 || wanted.some((w) => values[facet]?.includes(w));
  });
}

/** How many of the given items carry each facet value. */
export function countFacets(items: FacetValues[]): FacetCounts {
  const counts: FacetCounts = {};
  for (const values of items) {
    for (const [facet, list] of Object.entries(values) as [Facet, string[]][]) {
      const bucket = (counts[facet] ??= new Map());
      for (const value of new Set(list)) bucket.set(value, (bucket.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

export interface ClaimAnswer {
  claim: DateIndexClaim;
  /** Its events that fall in the range, in date order. */
  about: DateIndexEvent[];
}

export interface PieceAnswer {
  piece: DateIndexPiece;
  /** Written within the range. */
  written: boolean;
  /** The first of its text's mentions that falls in the range. */
  mention?: Mention;
}

export interface DateAnswer {
  events: DateIndexEvent[];
  claims: ClaimAnswer[];
  pieces: PieceAnswer[];
  counts: FacetCounts;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

export function answerDateQuery(index: DateIndex, range: DateRange, filters: Record<Facet, string[]>): DateAnswer {
  const eventById = new Map(index.events.map((e) => [e.id, e]));
  const topicsOfEvent = new Map<string, string[]>();
  for (const claim of index.claims) for (const id of claim.events) topicsOfEvent.set(id, unique([...(topicsOfEvent.get(id) ?? []), ...claim.topics]));

  const eventValues = (e: DateIndexEvent): FacetValues => ({
    type: ['event'], year: yearsOf(e.start, e.end ?? e.start), actor: e.actors, kind: [e.kind], topic: topicsOfEvent.get(e.id) ?? [],
  });
  const events = index.events.filter((e) => overlaps(e, range)).filter((e) => matchesFilters(eventValues(e), filters)).sort(byDate);

  const claims: (ClaimAnswer & { values: FacetValues })[] = [];
  for (const claim of index.claims) {
    const concerns = claim.events.flatMap((id) => eventById.get(id) ?? []);
    const about = concerns.filter((e) => overlaps(e, range)).sort(byDate);
    if (about.length === 0) continue;
    const values: FacetValues = {
      // Dated by its events in the range, as it is listed: "June 2018" counts its claims under 2018, not the year the piece was written.
      type: ['claim'], year: unique(about.flatMap((e) => yearsOf(e.start, e.end ?? e.start))), actor: unique(concerns.flatMap((e) => e.actors)), kind: unique(concerns.map((e) => e.kind)), topic: claim.topics,
    };
    if (matchesFilters(values, filters)) claims.push({ claim, about, values });
  }
  claims.sort((a, b) => byDate(a.about[0]!, b.about[0]!));

  const pieces: (PieceAnswer & { values: FacetValues })[] = [];
  for (const piece of index.pieces) {
    const written = overlaps({ start: piece.from, end: piece.to }, range);
    const mention = piece.mentions.find((m) => overlaps({ start: m.from, end: m.to }, range));
    if (!written && !mention) continue;
    const values: FacetValues = { type: ['piece'], year: yearsOf(piece.from, piece.to), topic: piece.topics };
    if (matchesFilters(values, filters)) pieces.push({ piece, written, ...(mention ? { mention } : {}), values });
  }

  const counts = countFacets([...events.map(eventValues), ...claims.map((c) => c.values), ...pieces.map((p) => p.values)]);
  return {
    events,
    claims: claims.map(({ claim, about }) => ({ claim, about })),
    pieces: pieces.map(({ values: _, ...rest }) => rest),
    counts,
  };
}
