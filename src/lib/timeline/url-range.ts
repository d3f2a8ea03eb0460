import { isoMonth, monthStart } from '../calendar.ts';

/**
 * The visible range in the address bar: ?from=2018-03&to=2018-07 means from
 * the first day of March to the last day of July 2018. Reading is strict and
 * defensive: anything but two real months in order, inside the timeline's
 * bounds, is ignored, so a hostile link can only ever yield the default view.
 */
export interface MonthRange {
  /** First instant shown (first day of the `from` month). */
  start: number;
  /** Exclusive end (first day of the month after `to`). */
  end: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2018-03" → its first instant, or null. */
export function parseMonth(value: string | null | undefined): number | null {
  if (typeof value !== 'string' || value.length !== 7) return null;
  const m = MONTH.exec(value);
  if (!m) return null;
  return monthStart(Number(m[1]), Number(m[2]));
}

/**
 * Read ?from=&to= from a query string. Out-of-bounds months are clamped to the
 * bounds; a reversed, malformed or missing pair yields null.
 */
export function parseRangeParams(search: string, bounds: MonthRange): MonthRange | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const from = parseMonth(params.get('from'));
  const toStart = parseMonth(params.get('to'));
  if (from === null || toStart === null) return null;
  const toDate = new Date(toStart);
  const end = Date.UTC(toDate.getUTCFullYear(), toDate.getUTCMonth() + 1, 1);
  if (from >= end) return null;
  const start = Math.max(from, bounds.start);
  const clampedEnd = Math.min(end, bounds.end);
  if (start >= clampedEnd) return null;
  return { start, end: clampedEnd };
}

/**
 * The months a visible domain covers, for the address bar: the month of its
 * first instant to the month of its last (the end is exclusive).
 */
export function rangeParams(start: number, end: number): { from: string; to: string } {
  return { from: isoMonth(start), to: isoMonth(Math.max(start, end - 1)) };
}

/** Round a domain out to whole months, as the URL will express it. */
export function roundToMonths(start: number, end: number): MonthRange {
  const s = new Date(start);
  const e = new Date(Math.max(start, end - 1));
  return {
    start: Date.UTC(s.getUTCFullYear(), s.getUTCMonth(), 1),
    end: Date.UTC(e.getUTCFullYear(), e.getUTCMonth() + 1, 1),
  };
}
