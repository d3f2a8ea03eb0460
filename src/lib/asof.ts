import { isIsoDate } from './calendar.ts';
import { horizon } from './horizon.ts';

/**
 * The record as it stood on a day (`?asof=YYYY-MM-DD`): which events a reader
 * on that day could see. The split is the horizon's (horizon.ts) for a
 * one-day window, so "under way but not yet public" means the same here as in
 * "What the author could know":
 * - public: begun by that day and public by it;
 * - announced: not begun yet, but announced by that day (shown, as coming);
 * - underway: begun, but not yet public (start ≤ day < public);
 * - later: neither begun nor announced by that day (hidden, and counted).
 */

export type AsOfState = 'public' | 'announced' | 'underway' | 'later';

/** What the filter reads of an event: its days, with the public day from public-date.ts. */
export interface AsOfEvent {
  id: string;
  start: string;
  /** The day it became public while under way (publicOf), when later than start. */
  disclosed?: string | undefined;
  /** The day it was announced, when before its start. */
  announced?: string | undefined;
}

/** The state of each event on `day`, by id. */
export function asOfStates<E extends AsOfEvent>(day: string, events: readonly E[]): Map<string, AsOfState> {
  const split = horizon({ earliest: day, latest: day }, events);
  const states = new Map<string, AsOfState>(events.map((e) => [e.id, 'public']));
  for (const e of split.hidden) states.set(e.id, 'underway');
  for (const e of split.after) states.set(e.id, e.announced && e.announced <= day ? 'announced' : 'later');
  return states;
}

/** One event's state on `day`. */
export function asOfState(day: string, event: AsOfEvent): AsOfState {
  return asOfStates(day, [event]).get(event.id)!;
}

/** The events grouped by state on `day`, each group in the input's order. */
export function asOf<E extends AsOfEvent>(day: string, events: readonly E[]): Record<AsOfState, E[]> {
  const states = asOfStates(day, events);
  const out: Record<AsOfState, E[]> = { public: [], announced: [], underway: [], later: [] };
  for (const e of events) out[states.get(e.id)!].push(e);
  return out;
}

/** The `asof` parameter of a query string, when it is a real day; null otherwise. */
export function asOfParam(search: string): string | null {
  const value = new URLSearchParams(search).get('asof');
  return value && isIsoDate(value) ? value : null;
}

/** "19 later events hidden", "1 later event hidden". */
export function hiddenLine(count: number): string {
  return `${count} later ${count === 1 ? 'event' : 'events'} hidden`;
}
