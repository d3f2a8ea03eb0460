import { findBreaks, warp, type AxisBreak } from './axis-break.ts';
import { boundsFor, DEFAULT_VIEW } from './config.ts';
import { monthStart } from '../../calendar/calendar.ts';

/**
 * The chart's time, decided once from the data and shared by the build and
 * the script (serialised as JSON in one script element per chart, read by
 * the client): where the axis breaks, and the three views a reader reaches in
 * one step, all in chart time (src/timeline/model/axis-break.ts).
 * - story: the period the pieces argue about, October 2017 – June 2019;
 * - next: what happened next, from the end of the story to the month after the record's last day;
 * - all: the whole record, in whole years.
 */
export interface TimeModel {
  breaks: AxisBreak[];
  /** When both pieces had been written (chart time): the period after it is tinted. Null without pieces. */
  after: number | null;
  views: { story: [number, number]; next: [number, number]; all: [number, number] };
}

export function timeModel(events: readonly { t0: number; t1: number }[], pieces: readonly { from: number; to: number }[]): TimeModel {
  const moments = [...events.flatMap((e) => [e.t0, e.t1]), ...pieces.flatMap((p) => [p.from, p.to])];
  const breaks = findBreaks(moments, undefined, undefined, [DEFAULT_VIEW]);
  const w = (t: number) => warp(breaks, t);
  const all = boundsFor(events);
  const last = events.reduce((hi, e) => Math.max(hi, e.t1), DEFAULT_VIEW[1]);
  const lastDay = new Date(last - 1);
  const nextEnd = Math.min(all[1], monthStart(lastDay.getUTCFullYear(), lastDay.getUTCMonth() + 2));
  const written = pieces.reduce((hi, p) => Math.max(hi, p.to), -Infinity);
  return {
    breaks,
    after: Number.isFinite(written) ? w(written) : null,
    views: {
      story: [w(DEFAULT_VIEW[0]), w(DEFAULT_VIEW[1])],
      next: [w(DEFAULT_VIEW[1]), w(Math.max(nextEnd, DEFAULT_VIEW[1] + 31 * 86_400_000))],
      all: [w(all[0]), w(all[1])],
    },
  };
}
