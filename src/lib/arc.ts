/**
 * Where a date sits on the site's arc, 2017–2019, for the strip on an event's
 * share card: a fraction along the three years, or "before" / "after" for
 * events outside them (the record reaches back to 2003 for context).
 */
import { parseIsoDate } from '../calendar/calendar.ts';

export const ARC = { from: '2017-01-01', to: '2019-12-31', years: [2017, 2018, 2019] } as const;

export type ArcPlace = { on: 'arc'; at: number; until: number } | { on: 'before' | 'after'; year: number };

/** Days since 1970-01-01 for an ISO day (UTC, no time zone involved). */
function dayNumber(iso: string): number {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`not an ISO date: ${iso}`);
  return Date.UTC(p.year, p.month - 1, p.day) / 86_400_000;
}

/** Fraction of the arc at the start of `iso`'s day (0 = 1 January 2017, 1 = end of 2019). */
export function arcFraction(iso: string): number {
  const from = dayNumber(ARC.from);
  const to = dayNumber(ARC.to) + 1;
  return (dayNumber(iso) - from) / (to - from);
}

/** An event's place on the arc: its start and end (inclusive) as fractions, or outside it. */
export function arcPlace(start: string, end?: string): ArcPlace {
  const last = end ?? start;
  if (last < ARC.from) return { on: 'before', year: Number(start.slice(0, 4)) };
  if (start > ARC.to) return { on: 'after', year: Number(start.slice(0, 4)) };
  const at = Math.max(0, arcFraction(start));
  const until = Math.min(1, arcFraction(last) + 1 / (dayNumber(ARC.to) + 1 - dayNumber(ARC.from)));
  return { on: 'arc', at, until };
}
