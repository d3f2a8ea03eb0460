import { DAY_MS, isoDay, isoMonth, monthStart } from '../../calendar/calendar.ts';

/**
 * The visible range in the address bar: ?from=2018-04-24&to=2018-09-07 means
 * from the first instant of 24 April to the end of 7 September 2018;
 * ?from=2018-03&to=2018-07 (whole months) from the first day of March to the
 * last day of July. Reading is strict and defensive: anything but two real
 * days or months in order, inside the timeline's bounds, is ignored, so a
 * hostile link can only ever yield the default view.
 */
export interface MonthRange {
  /** First instant shown. */
  start: number;
  /** Exclusive end. */
  end: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "2018-03" → its first instant, or null. */
export function parseMonth(value: string | null | undefined): number | null {
  if (typeof value !== 'string' || value.length !== 7) return null;
  const m = MONTH.exec(value);
  if (!m) return null;
  return monthStart(Number(m[1]), Number(m[2]));
}

/** "2018-04-24" → its first instant, or null (also for days that do not exist, like 2018-02-30). */
export function parseDay(value: string | null | undefined): number | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  const m = DAY.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).getUTCDate() === Number(m[3]) ? t : null;
}

/** A `from` value's first instant, a `to` value's exclusive end; null if malformed. */
function bound(value: string | null, side: 'from' | 'to'): number | null {
  const day = parseDay(value);
  if (day !== null) return side === 'from' ? day : day + DAY_MS;
  const month = parseMonth(value);
  if (month === null) return null;
  if (side === 'from') return month;
  const d = new Date(month);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

/**
 * Read ?from=&to= from a query string (days or months, mixed as given).
 * Out-of-bounds values are clamped to the bounds; a reversed, malformed or
 * missing pair yields null.
 */
export function parseRangeParams(search: string, bounds: MonthRange): MonthRange | null {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return null;
  }
  const from = bound(params.get('from'), 'from');
  const end = bound(params.get('to'), 'to');
  if (from === null || end === null) return null;
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

/**
 * The address-bar range for a domain on whole days: months when it runs from
 * a month's first day to a month's end, days otherwise
 * (2018-04-24 … 2018-09-07, the `to` day included).
 */
export function viewParams(start: number, end: number): { from: string; to: string } {
  const whole = (t: number) => new Date(t).getUTCDate() === 1 && t % DAY_MS === 0;
  if (whole(start) && whole(end)) return rangeParams(start, end);
  return { from: isoDay(start), to: isoDay(Math.max(start, end - DAY_MS)) };
}
