/**
 * How many events a page lists by name. A piece's "came after it" list holds
 * every later event in the record: a few dozen on this site, but thousands on
 * a record a hundred times larger, where each piece's page would repeat most
 * of the record and the build would grow with pieces × events. Past the cap a
 * page lists the nearest events and points to the timeline for the rest, so a
 * page stays small however many events the site holds. With the record run to
 * the present, a piece of 2018 has eighty later events: the nearest
 * twenty-five (the next year or so, what "what happened next" means to a
 * reader of the piece) are named, and the timeline holds the rest.
 */

/** Events listed by name in one list on a page; the rest are linked on the timeline. */
export const LISTED_EVENTS_MAX = 25;

export interface DatedItem {
  start: string;
  end?: string | undefined;
}

export interface CappedEvents<E> {
  /** The first `max` events, in the list's order. */
  listed: E[];
  /** How many were left out. */
  omitted: number;
  /**
   * The days the left-out events span, for a timeline link (?from=&to=):
   * the earliest start and the latest end (or start) among them; null when
   * none were left out.
   */
  omittedSpan: { from: string; to: string } | null;
}

/** The first `max` events of a list, and the span of the ones left out. */
export function capEvents<E extends DatedItem>(events: readonly E[], max: number = LISTED_EVENTS_MAX): CappedEvents<E> {
  const listed = events.slice(0, Math.max(0, max));
  const rest = events.slice(listed.length);
  if (rest.length === 0) return { listed, omitted: 0, omittedSpan: null };
  // ISO days compare as strings; the list is in start order, but a long event
  // early on may end after a later one, so the end is the maximum, not the last.
  let from = rest[0]!.start;
  let to = rest[0]!.end ?? rest[0]!.start;
  for (const event of rest) {
    if (event.start < from) from = event.start;
    const end = event.end ?? event.start;
    if (end > to) to = end;
  }
  return { listed, omitted: rest.length, omittedSpan: { from, to } };
}
