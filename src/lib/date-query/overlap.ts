/**
 * Which dated things fall in a date range. An event has a span (start to end,
 * or a single day); an event known only to the month, season or year has the
 * whole period as its span (that is how the content writes it). Pieces and
 * claims are dated by the piece's publication day, or its inferred window.
 *
 * A span is in the range when the two OVERLAP: it started on or before the
 * range's last day and ended on or after its first day. So "June 2018" lists
 * a visit of 30 May – 2 June 2018, an event known only as "2018" (it may have
 * happened in June), and a years-long span that was under way in June 2018.
 * An open range end ("before March 2018") is unbounded on that side.
 */
import type { IsoDate } from '../../calendar/calendar.ts';
import type { DateRange } from './grammar.ts';

export interface Dated {
  start: IsoDate;
  end?: IsoDate | undefined;
}

export function overlaps(item: Dated, range: DateRange): boolean {
  const end = item.end ?? item.start;
  return (range.from === undefined || end >= range.from) && (range.to === undefined || item.start <= range.to);
}

/** Date order: by start, then end, then a tie-breaking key (the id), as the events list sorts. */
export function byDate<T extends Dated & { id: string }>(a: T, b: T): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id);
}

/**
 * Every month (YYYY-MM) a span touches, first to last. Used for the index's
 * `month` filter and to narrow a full-text search to a range by month before
 * the exact day check.
 */
export function monthsOf(start: IsoDate, end: IsoDate): string[] {
  const months: string[] = [];
  let year = Number(start.slice(0, 4));
  let month = Number(start.slice(5, 7));
  const last = end.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Every year a span touches. */
export function yearsOf(start: IsoDate, end: IsoDate): string[] {
  const years: string[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y += 1) years.push(String(y));
  return years;
}
