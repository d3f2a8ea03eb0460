/**
 * Axis ticks in calendar units (months, quarters, half-years, years), the
 * finest step that keeps labels at least `minSpacing` pixels apart. The same
 * function runs at build time and on every zoom frame, so the axis never jumps.
 * (Calendar stepping is done by hand rather than with d3-time to keep the
 * browser bundle small; it is a dozen lines and fully tested.)
 */
import { unbroken, unwarp, warp, type AxisBreak } from './axis-break.ts';

export interface Tick {
  ms: number;
  pos: number;
  label: string;
  /** A year boundary: drawn heavier and labelled with the year. */
  major: boolean;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTH_MS = 30.44 * 86_400_000;

/** Tick steps, finest first, in months. */
export const TICK_STEPS = [1, 3, 6, 12, 24, 60] as const;

/** The finest step (in months) whose ticks are at least minSpacing apart. */
export function tickStep(pixelsPerMs: number, minSpacing: number): number {
  for (const months of TICK_STEPS) {
    if (months * MONTH_MS * Math.abs(pixelsPerMs) >= minSpacing) return months;
  }
  return TICK_STEPS[TICK_STEPS.length - 1] ?? 60;
}

/** `dated`: the domain starts where the record resumes after a break; its first month is ticked, with its year. */
export function timeTicks(domain: readonly [number, number], at: (ms: number) => number, minSpacing: number, dated = false): Tick[] {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const pixelsPerMs = (at(d1) - at(d0)) / (d1 - d0 || 1);
  const months = tickStep(pixelsPerMs, minSpacing);
  const steps = monthSteps(d0, d1, months);
  if (dated && steps[0] !== d0) steps.unshift(d0);
  return steps.map((ms) => {
    const date = new Date(ms);
    const month = date.getUTCMonth();
    const year = String(date.getUTCFullYear());
    const first = dated && ms === d0;
    return { ms, pos: at(ms), label: month === 0 ? year : first ? `${SHORT_MONTHS[month]!} ${year}` : SHORT_MONTHS[month]!, major: month === 0 || first };
  });
}

/**
 * First days of months in [d0, d1] whose month index (counted from January
 * of year 0) is a multiple of `step`: steps of 3 land on quarters, 12 on
 * years, 24 on even years — the same alignment as d3-time's `every`.
 */
export function monthSteps(d0: number, d1: number, step: number): number[] {
  const first = new Date(d0);
  let index = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (Date.UTC(Math.floor(index / 12), index % 12, 1) < d0) index += 1;
  index = Math.ceil(index / step) * step;
  const out: number[] = [];
  for (;;) {
    const ms = Date.UTC(Math.floor(index / 12), index % 12, 1);
    if (ms > d1) break;
    out.push(ms);
    index += step;
  }
  return out;
}

/**
 * Ticks on a broken axis: each unbroken stretch of the real range gets its
 * own calendar ticks, at the step its own pixel density allows, placed in
 * chart time (`at` takes chart time). No tick falls inside a break; the first
 * month after a break is ticked with its year ("Sep 2025"), so a reader sees
 * where the record resumes, unless it would crowd the tick before it.
 */
export function brokenTicks(domain: readonly [number, number], breaks: readonly AxisBreak[], at: (chartMs: number) => number, minSpacing: number): Tick[] {
  const out: Tick[] = [];
  for (const stretch of unbroken(breaks, [unwarp(breaks, domain[0]), unwarp(breaks, domain[1])])) {
    const resumed = breaks.some((b) => b.to === stretch[0]);
    for (const tick of timeTicks(stretch, (ms) => at(warp(breaks, ms)), minSpacing, resumed)) {
      const last = out.at(-1);
      // A dated label ("Sep 2025") is wider than a month's: it and its neighbours need half as much room again.
      if (!last || (last.ms !== tick.ms && tick.pos - last.pos >= (tick.label.length > 4 || last.label.length > 4 ? 1.5 * minSpacing : 0))) out.push(tick);
    }
  }
  return out;
}

/**
 * A tick label's width estimate (px) per character: the wide chart's 13-px
 * bold digits measure 9.05 px in DejaVu Sans Bold, the widest a reader's
 * fallback font draws them; other labels are narrower, so the estimate only
 * errs towards keeping clear of the edge.
 */
export const AXIS_CHAR = 9.5;

/**
 * Where a tick's label sits along time, and its lines, so that it lies wholly
 * inside the chart's box (0 to `size` along time) at any zoom. Wide: centred
 * on its tick, shifted just inside an edge it would cross ("2003" on the
 * plot's first pixel). Narrow: the labels end at the axis column, about 31 px
 * wide, and a dated label ("Sep 2025", twice that) is two lines, month over
 * year, rather than running off the chart's left edge.
 */
export function tickLabel(tick: Tick, wide: boolean, size: number): { along: number; lines: string[] } {
  if (!wide) return { along: tick.pos + 4, lines: tick.label.split(' ') };
  const half = (tick.label.length * AXIS_CHAR) / 2;
  return { along: Math.min(Math.max(tick.pos, half), size - half), lines: [tick.label] };
}
