/**
 * Calendar days as numbers for drawing. A day is the half-open interval
 * [midnight UTC, next midnight UTC): an event of one day has a width of one day,
 * so a point and a one-day span line up, and ends are always exclusive.
 */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of an ISO day, in milliseconds. NaN for anything that is not YYYY-MM-DD. */
export function dayStart(iso: string): number {
  const m = ISO_DAY.exec(iso);
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
