/**
 * How far apart two pieces were written, in whole months, from their writing
 * windows (a day, or the span a piece was written in). Stamped on each
 * /compare/ pair, so a reader weighing two claims sees that one author knew
 * months of events the other could not.
 */
import { parseIsoDate, type IsoDate } from '../calendar/calendar.ts';

/** Whole calendar months from `a` to `b` (b ≥ a): 26 March to 25 April is 0, to 26 April is 1. */
export function wholeMonths(a: IsoDate, b: IsoDate): number {
  const p = parseIsoDate(a);
  const q = parseIsoDate(b);
  if (!p || !q) return 0;
  const months = (q.year - p.year) * 12 + (q.month - p.month) - (q.day < p.day ? 1 : 0);
  return Math.max(0, months);
}

export interface Window {
  from: IsoDate;
  to: IsoDate;
}

/** "11 months apart", or "9 to 11 months apart" when a window leaves it uncertain. */
export function writingGap(earlier: Window, later: Window): string {
  const least = wholeMonths(earlier.to, later.from);
  const most = wholeMonths(earlier.from, later.to);
  const unit = (n: number) => (n === 1 ? 'month' : 'months');
  if (least === most) return `Written ${least} ${unit(least)} apart`;
  return `Written ${least} to ${most} ${unit(most)} apart`;
}
