import { isIsoDate } from '../calendar/calendar.ts';
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
  /** Its last day, when it lasted more than one (for "to take place on 20–21 June 2019"). */
  end?: string | undefined;
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

export { ASOF_EVENT, ASOF_LATER } from './asof-contract.ts';

/** The data attributes an element standing for an event carries, for the page's as-of script (src/client/asof.ts). */
export const ASOF_DATA = {
  id: 'data-asof-id',
  start: 'data-asof-start',
  public: 'data-asof-public',
  announced: 'data-asof-announced',
  /** Its last day, carried only for an announced event (its note names the days it was to take place). */
  end: 'data-asof-end',
  /** On an event's own page: the event the page is about (never hidden, only described). */
  self: 'data-asof-self',
  /** On a source of an event: its publication day, so a source later than the day says so. */
  source: 'data-asof-source',
  /** On the page's <body>: the record's first and last days, the range of the date control. */
  first: 'data-record-first',
  last: 'data-record-last',
} as const;

/** "(published after 26 March 2018)" — a source later than the day shown, in the record's words. */
export function laterSourceNote(day: string, formatDay: (iso: string) => string): string {
  return `published after ${formatDay(day)}`;
}

/** The line over an event's sources when some were published after the day: "2 of 4 sources were published after 26 March 2018." */
export function laterSourcesLine(later: number, total: number, day: string, formatDay: (iso: string) => string): string {
  if (later === 0) return '';
  const after = `after ${formatDay(day)}`;
  if (later === total) return total === 1 ? `The source was published ${after}.` : `All ${total} sources were published ${after}.`;
  return `${later} of ${total} sources ${later === 1 ? 'was' : 'were'} published ${after}.`;
}

/** Attributes to spread on an event's list entry: its id, start, and public or announced day when they differ from the start. */
export function asOfAttrs(event: { id: string; start: string; end?: string | undefined; announced?: string | undefined; disclosed?: string | undefined }): Record<string, string> {
  const out: Record<string, string> = { [ASOF_DATA.id]: event.id, [ASOF_DATA.start]: event.start };
  if (event.announced) {
    out[ASOF_DATA.announced] = event.announced;
    if (event.end && event.end !== event.start) out[ASOF_DATA.end] = event.end;
  }
  else if (event.disclosed && event.disclosed > event.start) out[ASOF_DATA.public] = event.disclosed;
  return out;
}

/** Read an element's attributes back (the inverse of asOfAttrs); null if it carries none. */
export function readAsOf(el: { getAttribute(name: string): string | null }): AsOfEvent | null {
  const id = el.getAttribute(ASOF_DATA.id);
  const start = el.getAttribute(ASOF_DATA.start);
  if (!id || !start) return null;
  return { id, start, disclosed: el.getAttribute(ASOF_DATA.public) ?? undefined, announced: el.getAttribute(ASOF_DATA.announced) ?? undefined, end: el.getAttribute(ASOF_DATA.end) ?? undefined };
}

/**
 * What an event's entry says of it on a day, beside its title: under way and
 * not yet public, or announced and not yet begun (an announcement is public:
 * the reader of that day knew it was coming, and when). Empty for an event
 * public as usual, or a later one (hidden).
 */
export function stateNote(state: AsOfState, e: AsOfEvent, formatDay: (iso: string) => string, formatRange: (start: string, end: string | undefined) => string): string {
  if (state === 'underway') return `under way, made public on ${formatDay(e.disclosed ?? e.start)}`;
  if (state === 'announced') return `announced on ${formatDay(e.announced ?? e.start)}, to take place on ${formatRange(e.start, e.end)}`;
  return '';
}

/**
 * A list's count as of a day, in place of its plain "N events" (the later
 * ones are counted once, in the line at the top of the page): "20 events
 * public by 26 March 2018, and 1 under way but not yet public"; on a filtered
 * list, "3 of the 20 events public by 26 March 2018".
 */
export function publicCountLine(here: number, underway: number, dayText: string, all?: number): string {
  const noun = (n: number) => (n === 1 ? 'event' : 'events');
  const head = all === undefined ? `${here} ${noun(here)}` : `${here} of the ${all} ${noun(all)}`;
  return `${head} public by ${dayText}${underway > 0 ? `, and ${underway} under way but not yet public` : ''}`;
}

/**
 * The line under an event page's strip of dots on a day: how many of its dots
 * are hidden as later, and which are drawn hollow as under way. Empty when the
 * day changes nothing on the strip.
 */
export function stripLine(later: number, underway: number): string {
  const parts: string[] = [];
  if (later > 0) parts.push(`${later} later ${later === 1 ? 'event' : 'events'} hidden from the strip`);
  if (underway > 0) parts.push(`${underway === 1 ? 'the hollow dot is' : `the ${underway} hollow dots are`} under way, not yet public`);
  return parts.join('; ');
}

/** The same address with `asof` set to a day, or removed (null): other parameters kept. */
export function withAsOf(url: string, day: string | null): string {
  const [rest = '', hash] = url.split('#', 2);
  const [path = '', query = ''] = rest.split('?', 2);
  const params = new URLSearchParams(query);
  if (day) params.set('asof', day);
  else params.delete('asof');
  const q = params.toString();
  return `${path}${q ? `?${q}` : ''}${hash !== undefined ? `#${hash}` : ''}`;
}
