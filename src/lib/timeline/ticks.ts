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

export function timeTicks(domain: readonly [number, number], at: (ms: number) => number, minSpacing: number): Tick[] {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const pixelsPerMs = (at(d1) - at(d0)) / (d1 - d0 || 1);
  const months = tickStep(pixelsPerMs, minSpacing);
  return monthSteps(d0, d1, months).map((ms) => {
    const date = new Date(ms);
    const month = date.getUTCMonth();
    const major = month === 0;
    return { ms, pos: at(ms), label: major ? String(date.getUTCFullYear()) : SHORT_MONTHS[month]!, major };
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
 * month after a break is always ticked, with its year ("Sep 2025"), so a
 * reader sees where the record resumes, and regular ticks too close to it give way.
 */
export function brokenTicks(domain: readonly [number, number], breaks: readonly AxisBreak[], at: (chartMs: number) => number, minSpacing: number): Tick[] {
  const real: [number, number] = [unwarp(breaks, domain[0]), unwarp(breaks, domain[1])];
  const resumes = new Set(breaks.map((b) => b.to));
  const out: Tick[] = [];
  for (const stretch of unbroken(breaks, real)) {
    const place = (ms: number) => at(warp(breaks, ms));
    const ticks = timeTicks(stretch, place, minSpacing);
    if (resumes.has(stretch[0])) {
      const date = new Date(stretch[0]);
      const month = date.getUTCMonth();
      const first: Tick = { ms: stretch[0], pos: place(stretch[0]), label: month === 0 ? String(date.getUTCFullYear()) : `${SHORT_MONTHS[month]!} ${String(date.getUTCFullYear())}`, major: true };
      // A dated label is wider than a month's: it needs half as much room again from the one before.
      const last = out.at(-1);
      if (!last || first.pos - last.pos >= 1.5 * minSpacing) out.push(first);
      for (const tick of ticks) if (Math.abs(tick.pos - first.pos) >= minSpacing) out.push(tick);
    } else {
      for (const tick of ticks) if (out.at(-1)?.ms !== tick.ms) out.push(tick);
    }
  }
  return out;
}
