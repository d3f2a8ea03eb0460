/**
 * Answering a date-only query from the date index, with no full-text engine:
 * the events whose span overlaps the range; then the claims about those
 * events; then the pieces written in the range or whose text names a period
 * in it — each group narrowed by the facets, with facet counts over all three.
 * It reads only the items' facts (date-index.ts), so it answers alike from the
 * whole index and from period files that carry no text.
 */
import { byDate, overlaps, yearsOf, type DateRange } from '../date-query/index.ts';
import type { ClaimFacts, DateItems, EventFacts, PieceFacts } from './date-index.ts';
import type { TextNeeded } from './date-periods.ts';
import type { Facet, FacetCounts } from './facets.ts';

export type FacetValues = Partial<Record<Facet, string[]>>;

/** Results a group shows at first, and each "Show more" adds. */
export const PAGE_SIZE = 10;

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

export interface ClaimAnswer<E extends EventFacts = EventFacts, C extends ClaimFacts = ClaimFacts> {
  claim: C;
  /** Its events that fall in the range, in date order. */
  about: E[];
}

export interface PieceAnswer<P extends PieceFacts = PieceFacts> {
  piece: P;
  /** Written within the range. */
  written: boolean;
  /** The first of its text's mentions that falls in the range, and its place among them. */
  mention?: P['mentions'][number];
  mentionAt?: number;
}

export interface DateAnswer<E extends EventFacts = EventFacts, C extends ClaimFacts = ClaimFacts, P extends PieceFacts = PieceFacts> {
  events: E[];
  claims: ClaimAnswer<E, C>[];
  pieces: PieceAnswer<P>[];
  counts: FacetCounts;
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

export function answerDateQuery<E extends EventFacts, C extends ClaimFacts, P extends PieceFacts>(
  index: DateItems<E, C, P>, range: DateRange, filters: Record<Facet, string[]>,
): DateAnswer<E, C, P> {
  const eventById = new Map(index.events.map((e) => [e.id, e]));
  const topicsOfEvent = new Map<string, string[]>();
  for (const claim of index.claims) for (const id of claim.events) topicsOfEvent.set(id, unique([...(topicsOfEvent.get(id) ?? []), ...claim.topics]));

  const eventValues = (e: E): FacetValues => ({
    type: ['event'], year: yearsOf(e.start, e.end ?? e.start), actor: e.actors, kind: [e.kind], topic: topicsOfEvent.get(e.id) ?? [],
  });
  const events = index.events.filter((e) => overlaps(e, range)).filter((e) => matchesFilters(eventValues(e), filters)).sort(byDate);

  const claims: (ClaimAnswer<E, C> & { values: FacetValues })[] = [];
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

  const pieces: (PieceAnswer<P> & { values: FacetValues })[] = [];
  for (const piece of index.pieces) {
    const written = overlaps({ start: piece.from, end: piece.to }, range);
    const mentionAt = piece.mentions.findIndex((m) => overlaps({ start: m.from, end: m.to }, range));
    const mention = piece.mentions[mentionAt];
    if (!written && !mention) continue;
    const values: FacetValues = { type: ['piece'], year: yearsOf(piece.from, piece.to), topic: piece.topics };
    if (matchesFilters(values, filters)) pieces.push({ piece, written, ...(mention ? { mention, mentionAt } : {}), values });
  }

  const counts = countFacets([...events.map(eventValues), ...claims.map((c) => c.values), ...pieces.map((p) => p.values)]);
  return {
    events,
    claims: claims.map(({ claim, about }) => ({ claim, about })),
    pieces: pieces.map(({ values: _, ...rest }) => rest),
    counts,
  };
}

/** Each group's results from `from` to `to`: what one page of the answer shows. */
export function pageOf<E extends EventFacts, C extends ClaimFacts, P extends PieceFacts>(
  found: Pick<DateAnswer<E, C, P>, 'events' | 'claims' | 'pieces'>, from = 0, to = PAGE_SIZE,
): Pick<DateAnswer<E, C, P>, 'events' | 'claims' | 'pieces'> {
  return { events: found.events.slice(from, to), claims: found.claims.slice(from, to), pieces: found.pieces.slice(from, to) };
}

/** The ids whose text a page shows: its events, claims and pieces, and the events named beside its claims. */
export function textNeeded(page: Pick<DateAnswer, 'events' | 'claims' | 'pieces'>): TextNeeded {
  return {
    events: page.events.map((e) => e.id),
    named: [...new Set(page.claims.flatMap((c) => c.about.map((e) => e.id)))],
    claims: page.claims.map((c) => c.claim.id),
    pieces: page.pieces.map((p) => p.piece.id),
  };
}
