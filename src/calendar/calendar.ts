/**
 * Calendar dates as ISO strings ("2018-03-25"). Dates here are days in the
 * calendar, not instants: keeping them as strings avoids every time-zone
 * surprise, and comparing ISO strings compares dates.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Days in a month, with leap years (month is 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Split an ISO date into numbers, or null when it is not a real calendar day. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "25 March 2018". */
export function formatDay(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** "March 2018". */
export function formatMonth(date: IsoDate): string {
  const p = parseIsoDate(date);
  if (!p) return date;
  return `${monthName(p.month)} ${p.year}`;
}

const SEASONS: Record<number, string> = { 3: 'Spring', 6: 'Summer', 9: 'Autumn', 12: 'Winter' };

/**
 * A date or span as a reader would write it, at the precision it is known:
 * "25–28 March 2018", "30 March – 2 April 2018", "March 2018", "Spring 2003", "2011".
 */
export function formatRange(start: IsoDate, end: IsoDate | undefined, precision: 'day' | 'month' | 'season' | 'year' = 'day'): string {
  const a = parseIsoDate(start);
  if (!a) return start;
  const b = end ? parseIsoDate(end) : null;
  if (precision === 'year') {
    return b && b.year !== a.year ? `${a.year}–${b.year}` : String(a.year);
  }
  if (precision === 'season') {
    return `${SEASONS[a.month] ?? monthName(a.month)} ${a.year}`;
  }
  if (precision === 'month') {
    if (!b || (b.year === a.year && b.month === a.month)) return formatMonth(start);
    if (b.year === a.year) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
    return `${formatMonth(start)} – ${formatMonth(end ?? start)}`;
  }
  if (!b || end === start) return formatDay(start);
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  return `${formatDay(start)} – ${formatDay(end ?? start)}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

// ---- Days as numbers, for drawing ----
/**
 * Calendar days as numbers for drawing. A day is the half-open interval
 * [midnight UTC, next midnight UTC): an event of one day has a width of one day,
 * so a point and a one-day span line up, and ends are always exclusive.
 */
export const DAY_MS = 86_400_000;

const ISO_DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of an ISO day, in milliseconds. NaN for anything that is not YYYY-MM-DD. */
export function dayStart(iso: string): number {
  const m = ISO_DAY_RE.exec(iso);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** The exclusive end of an ISO day: midnight UTC of the next day. */
export function dayEnd(iso: string): number {
  return dayStart(iso) + DAY_MS;
}

/** Milliseconds back to the ISO day they fall in. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** First instant of the month (1-12) of a year. */
export function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1);
}

/** "2018-03" for the month an instant falls in. */
export function isoMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** Today's ISO day in the reader's own time zone (for "accessed" dates in citations). */
export function todayIso(now: Date = new Date()): IsoDate {
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
