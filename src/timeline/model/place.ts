import type { MarkTimes } from './marks.ts';

/**
 * Where a mark's parts go for a given position function (ms → pixels along
 * time). The mark's group sits at its anchor; the bar and disclosure tick are
 * relative to it. Build-time drawing and every zoom frame use this one
 * function, so the first paint and the enhanced chart agree exactly.
 */
export interface MarkPlacement {
  /** Anchor position along time. */
  anchor: number;
  /** Bar start relative to the anchor, and its length; null for points. */
  bar: readonly [number, number] | null;
  /** Disclosure tick relative to the anchor; null when not disclosed later. */
  disclosed: number | null;
}

/** Bars never shrink below this, so a two-day visit stays visible when zoomed out. */
export const MIN_BAR = 2;

export function placeMark(times: MarkTimes, pos: (ms: number) => number): MarkPlacement {
  const anchor = pos(times.anchor);
  let bar: [number, number] | null = null;
  if (times.shape !== 'point') {
    const lo = pos(times.t0) - anchor;
    bar = [lo, Math.max(MIN_BAR, pos(times.t1) - anchor - lo)];
  }
  const disclosed = times.disclosed === null ? null : pos(times.disclosed) - anchor;
  return { anchor, bar, disclosed };
}

/**
 * Whether any part of a mark (bar, symbol, disclosure tick) can reach into
 * the plot `along`: its extent in time, widened by `margin` pixels each side
 * for the symbol drawn around its anchor.
 */
export function markInView(times: MarkTimes, pos: (ms: number) => number, along: readonly [number, number], margin: number): boolean {
  return pos(Math.max(times.t1, times.disclosed ?? times.t1)) + margin >= along[0] && pos(times.t0) - margin <= along[1];
}

/** Two decimals are plenty for pixels and keep the HTML small. */
export function px(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * Where a "written here" label goes along time: centred on its date or window,
 * but pulled inside the plot near its edges (anchored at the end near the
 * right/bottom edge), so it is never cut off. `room` is half the label's length.
 */
export function labelPlacement(from: number, to: number, edges: readonly [number, number], room: number): { at: number; anchor: 'start' | 'middle' | 'end' } {
  const mid = (from + to) / 2;
  if (mid + room > edges[1]) return { at: Math.min(Math.max(to, edges[0] + 2 * room), edges[1]), anchor: 'end' };
  if (mid - room < edges[0]) return { at: Math.max(Math.min(from, edges[1] - 2 * room), edges[0]), anchor: 'start' };
  return { at: mid, anchor: 'middle' };
}
