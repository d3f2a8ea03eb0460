import type { Kind, Lane, Precision } from '../../schemas/vocabulary.ts';
import { DAY_MS, dayEnd, dayStart } from '../../calendar/calendar.ts';

/**
 * What to draw for one event, in time coordinates only (milliseconds); the
 * drawing code turns them into pixels. A day-precise single day is a point, a
 * day-precise multi-day event a span, and anything known only to the month,
 * season or year an uncertain band over the whole period. The disclosure date
 * is kept where it differs from the start (Kim's trips became public as they
 * ended).
 */
export interface TimelineEvent {
  id: string;
  title: string;
  start: string;
  end?: string | undefined;
  precision: Precision;
  disclosed?: string | undefined;
  kind: Kind;
  lane: Lane;
}

export type MarkShape = 'point' | 'span' | 'band';

export interface MarkTimes {
  shape: MarkShape;
  /** Start of the first day. */
  t0: number;
  /** Exclusive end of the last day. */
  t1: number;
  /** Where the kind symbol sits: mid-day for points, the first day for spans, the middle of a band. */
  anchor: number;
  /** Middle of the disclosure day, when it differs from the start. */
  disclosed: number | null;
}

export function markTimes(event: TimelineEvent): MarkTimes {
  const t0 = dayStart(event.start);
  const t1 = dayEnd(event.end ?? event.start);
  const uncertain = event.precision !== 'day';
  const shape: MarkShape = uncertain ? 'band' : t1 - t0 > DAY_MS ? 'span' : 'point';
  const anchor = shape === 'band' ? (t0 + t1) / 2 : t0 + DAY_MS / 2;
  const disclosed = event.disclosed && event.disclosed !== event.start ? dayStart(event.disclosed) + DAY_MS / 2 : null;
  return { shape, t0, t1, anchor, disclosed };
}

/** A mark's times moved onto chart time (a broken axis, src/timeline/model/axis-break.ts). */
export function warpTimes(times: MarkTimes, warp: (ms: number) => number): MarkTimes {
  return { ...times, t0: warp(times.t0), t1: warp(times.t1), anchor: warp(times.anchor), disclosed: times.disclosed === null ? null : warp(times.disclosed) };
}

/**
 * The pixel extent a mark occupies along the time axis, for collision
 * avoidance: its bar, its symbol (radius r around the anchor) and its
 * disclosure tick.
 */
export function markExtent(times: MarkTimes, at: (ms: number) => number, r: number): { lo: number; hi: number } {
  const a = at(times.anchor);
  let lo = a - r;
  let hi = a + r;
  if (times.shape !== 'point') {
    lo = Math.min(lo, at(times.t0));
    hi = Math.max(hi, at(times.t1));
  }
  if (times.disclosed !== null) {
    const d = at(times.disclosed);
    lo = Math.min(lo, d - r / 2);
    hi = Math.max(hi, d + r / 2);
  }
  return { lo, hi };
}
