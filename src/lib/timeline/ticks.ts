import { utcMonth, utcYear } from 'd3-time';

/**
 * Axis ticks in calendar units (months, quarters, half-years, years), the
 * finest step that keeps labels at least `minSpacing` pixels apart. The same
 * function runs at build time and on every zoom frame, so the axis never jumps.
 */
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
  return TICK_STEPS[TICK_STEPS.length - 1];
}

export function timeTicks(domain: readonly [number, number], at: (ms: number) => number, minSpacing: number): Tick[] {
  const [d0, d1] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const pixelsPerMs = (at(d1) - at(d0)) / (d1 - d0 || 1);
  const months = tickStep(pixelsPerMs, minSpacing);
  const interval = months >= 12 ? utcYear.every(months / 12) : utcMonth.every(months);
  if (!interval) return [];
  // Include d1 itself when it falls exactly on a tick.
  return interval.range(new Date(d0), new Date(d1 + 1)).map((date) => {
    const ms = date.getTime();
    const month = date.getUTCMonth();
    const major = month === 0;
    return { ms, pos: at(ms), label: major ? String(date.getUTCFullYear()) : SHORT_MONTHS[month]!, major };
  });
}
