/**
 * The broken time axis. Years with nothing on the record are not drawn at
 * full width: where two moments on the record (a mark's start or end, a
 * piece's writing day) lie more than `minGap` (seven months) apart, the time between them is
 * a *break*, drawn as `size` of chart time whatever its real length, with a
 * break mark on the axis. Everything that places things along time (the
 * layout, the zoom, the overview) works in chart time, which is linear, so
 * zoom and pan are unchanged; only the axis labels, the address bar and the
 * caption turn chart time back into dates (`unwarp`). Pure and shared by the
 * build and the browser; one design for both layouts and every view.
 */
import { monthStart } from '../../calendar/calendar.ts';

export interface AxisBreak {
  /** Real start and end (ms) of the time left out. */
  from: number;
  to: number;
  /** The chart time (ms) the break is drawn as. */
  size: number;
}

const MONTH = 30.44 * 86_400_000;

/**
 * Gaps longer than this between moments on the record are broken: seven
 * months with nothing on the record, longer than any quiet stretch inside
 * the story's period (October 2017 – June 2019, never broken) and short
 * enough that the sequel's sparsest stretch (January to September 2025,
 * between the New Year cards and Kim's trip to Beijing) is compressed like
 * the empty years before 2017: one design in every view.
 */
export const BREAK_MIN_GAP = 7 * MONTH;
/** How long a break is drawn, in chart time: about three months' width. */
export const BREAK_SIZE = 3 * MONTH;

/**
 * The breaks for a set of moments: each gap longer than minGap between
 * consecutive moments, trimmed to whole months inside it (so the months on
 * either side keep their ticks), is drawn as `size`. Moments inside `keep`
 * ranges (the default view) are never broken.
 */
export function findBreaks(moments: readonly number[], minGap = BREAK_MIN_GAP, size = BREAK_SIZE, keep: readonly (readonly [number, number])[] = []): AxisBreak[] {
  const sorted = [...moments, ...keep.flat()].sort((a, b) => a - b);
  const out: AxisBreak[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b - a <= minGap || keep.some(([k0, k1]) => a < k1 && b > k0)) continue;
    // Whole months stay whole: the break starts after a's month and ends where b's month begins.
    const from = monthAfter(a);
    const to = monthFloor(b);
    if (to - from > size) out.push({ from, to, size });
  }
  return out;
}

/** The first instant of the month after the one holding ms. */
function monthAfter(ms: number): number {
  const d = new Date(ms);
  return monthStart(d.getUTCFullYear(), d.getUTCMonth() + 2);
}

/** The first instant of the month holding ms. */
function monthFloor(ms: number): number {
  const d = new Date(ms);
  return monthStart(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/** Real time → chart time. Monotone; linear inside each break. */
export function warp(breaks: readonly AxisBreak[], t: number): number {
  let cut = 0;
  for (const b of breaks) {
    if (t <= b.from) break;
    if (t < b.to) return b.from - cut + ((t - b.from) * b.size) / (b.to - b.from);
    cut += b.to - b.from - b.size;
  }
  return t - cut;
}

/** Chart time → real time: the inverse of warp. */
export function unwarp(breaks: readonly AxisBreak[], c: number): number {
  let cut = 0;
  for (const b of breaks) {
    const start = b.from - cut;
    if (c <= start) break;
    if (c < start + b.size) return b.from + ((c - start) * (b.to - b.from)) / b.size;
    cut += b.to - b.from - b.size;
  }
  return c + cut;
}

/** The unbroken stretches of a real range, in order: where ticks are drawn. */
export function unbroken(breaks: readonly AxisBreak[], domain: readonly [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let lo = domain[0];
  for (const b of breaks) {
    if (b.to <= lo) continue;
    if (b.from >= domain[1]) break;
    if (b.from > lo) out.push([lo, b.from]);
    lo = b.to;
  }
  if (lo < domain[1]) out.push([lo, domain[1]]);
  return out;
}

/**
 * What a break leaves out, as a reader reads it: the whole years inside it
 * ("2004–16", or "2021" for one), else its months ("14 months").
 */
export function breakLabel(b: AxisBreak): string {
  const start = new Date(b.from);
  const y0 = start.getUTCMonth() === 0 ? start.getUTCFullYear() : start.getUTCFullYear() + 1;
  const y1 = new Date(b.to).getUTCFullYear() - 1;
  if (y1 > y0) return `${String(y0)}–${String(y1).slice(-2)}`;
  if (y1 === y0) return String(y0);
  return `${String(Math.round((b.to - b.from) / MONTH))} months`;
}
