import { DAY_MS } from '../../calendar/calendar.ts';
import { unwarp, warp, type AxisBreak } from '../model/axis-break.ts';
import { parseShown, shownParam } from '../model/url-filters.ts';
import { parseRangeParams, viewParams } from '../model/url-range.ts';

/**
 * The chart's state in the address bar, so a view can be shared and is
 * restored on load: the range (?from=&to=, months or days), the event to
 * centre and focus (?event=<id>), and what the filters hide (?lanes=&kinds=).
 * The parsing and formatting are pure (src/timeline/model/url-*.ts); this
 * module only reads location and writes history.
 */

/** Round to the nearest day, so float error never tips a range into the wrong month. */
export function snap(ms: number): number {
  return Math.round(ms / DAY_MS) * DAY_MS;
}

/** The range the address asks for (dates), clamped to the record, in chart time (across the axis's breaks); null if it asks for none. */
export function rangeInUrl(bounds: readonly [number, number], breaks: readonly AxisBreak[] = []): [number, number] | null {
  const range = parseRangeParams(location.search, { start: unwarp(breaks, bounds[0]), end: unwarp(breaks, bounds[1]) });
  return range ? [warp(breaks, range.start), warp(breaks, range.end)] : null;
}

/** Write the range shown as dates (days, or months when it is whole months); a moved view no longer centres an event. */
export function recordRange(domain: readonly [number, number], breaks: readonly AxisBreak[] = []): void {
  const { from, to } = viewParams(snap(unwarp(breaks, domain[0])), snap(unwarp(breaks, domain[1])));
  const url = new URL(location.href);
  url.searchParams.set('from', from);
  url.searchParams.set('to', to);
  url.searchParams.delete('event');
  history.replaceState(history.state, '', url);
}

/** ?event=<id>, or null. */
export function eventInUrl(): string | null {
  return new URLSearchParams(location.search).get('event');
}

/** Each filter's checkboxes (data-filter value) and its parameter in the address bar. */
export const FILTERS = [
  { filter: 'lane', param: 'lanes' },
  { filter: 'kind', param: 'kinds' },
] as const;

export type FilterName = (typeof FILTERS)[number]['filter'];

/** The values the address says to show for one filter, or null when it says nothing (show all). */
export function shownInUrl(param: string, known: readonly string[]): Set<string> | null {
  return parseShown(location.search, param, known);
}

/** Write each filter's shown values; a filter showing everything leaves the address. */
export function recordShown(filters: readonly { param: string; shown: ReadonlySet<string>; known: readonly string[] }[]): void {
  const url = new URL(location.href);
  for (const { param, shown, known } of filters) {
    const value = shownParam(shown, known);
    if (value === null) url.searchParams.delete(param);
    else url.searchParams.set(param, value);
  }
  history.replaceState(history.state, '', url);
}
