/**
 * What the author could know: derived from dates alone, never entered by hand.
 *
 * A piece was written on a day, or (when its date is inferred) on some day in a
 * window [earliest, latest]. An event is
 *  - hidden: under way but not yet public on every possible writing day
 *    (start ≤ day < disclosed);
 *  - maybe hidden: so on some possible days of the window but not all;
 *  - after: begun after the last possible writing day;
 *  - maybe after: begun inside the window, so it may fall either side.
 * With an exact date the two "maybe" lists are empty. Events with no
 * `disclosed` day were public from their start, so they are never hidden.
 */

/** The days a piece may have been written on (earliest = latest for a known date). */
export interface WritingWindow {
  earliest: string;
  latest: string;
}

/** The dates of an event that matter here (ISO days, compared as strings). */
export interface DatedEvent {
  id: string;
  start: string;
  end?: string | undefined;
  /** The day it became public, when later than its start. */
  disclosed?: string | undefined;
}

export interface Horizon<E extends DatedEvent> {
  hidden: E[];
  maybeHidden: E[];
  after: E[];
  maybeAfter: E[];
}

/** The window of a piece's `published` field: its date, or its inferred window. */
export function writingWindow(published: { date?: string | undefined; earliest?: string | undefined; latest?: string | undefined }): WritingWindow {
  const earliest = published.date ?? published.earliest ?? published.latest ?? '';
  const latest = published.date ?? published.latest ?? published.earliest ?? '';
  return { earliest, latest };
}

/** Sort and split the events by what an author writing in `window` could know. */
export function horizon<E extends DatedEvent>(window: WritingWindow, events: readonly E[]): Horizon<E> {
  const result: Horizon<E> = { hidden: [], maybeHidden: [], after: [], maybeAfter: [] };
  const { earliest, latest } = window;
  for (const event of events) {
    const disclosed = event.disclosed ?? event.start;
    if (event.start > latest) {
      result.after.push(event);
    } else if (event.start > earliest) {
      // Begun inside the window: before or after the writing, we cannot say.
      result.maybeAfter.push(event);
    } else if (disclosed > latest) {
      // start ≤ every possible day < disclosed.
      result.hidden.push(event);
    } else if (disclosed > earliest) {
      result.maybeHidden.push(event);
    }
  }
  const byDate = (a: E, b: E) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id);
  result.hidden.sort(byDate);
  result.maybeHidden.sort(byDate);
  result.after.sort(byDate);
  result.maybeAfter.sort(byDate);
  return result;
}

/** Events begun after one window and no later than the start of another: what happened between two pieces. */
export function between<E extends DatedEvent>(first: WritingWindow, second: WritingWindow, events: readonly E[]): E[] {
  return events
    .filter((e) => e.start > first.latest && e.start <= second.earliest)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
}
