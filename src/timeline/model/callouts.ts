/**
 * Where the story callouts go: each spans the marks it cites (a bracket along
 * time) with its title at the bracket's start, or ending at its end when the
 * start would run off the plot. Callouts take the first row where neither
 * bracket nor title touches another callout. Pure; build and client share it.
 */
/**
 * Callout rows per orientation: how many, how far apart across, and how far
 * the bracket sits into its row (wide: rows under the lanes, titles under the
 * brackets; narrow: columns down the right edge, titles turned beside them).
 */
export const CALLOUT_ROWS = {
  wide: { rows: 3, row: 22, inset: 4 },
  narrow: { rows: 2, row: 14, inset: 0 },
} as const;

export interface CalloutSpan {
  /** First and last cited mark along time, in pixels. */
  from: number;
  to: number;
  /** Title length along time, in pixels. */
  size: number;
}

export interface PlacedCallout {
  row: number;
  /** Start of the title along time. */
  at: number;
  /** The bracket, clipped to the plot. */
  from: number;
  to: number;
}

export function placeCallouts(spans: readonly CalloutSpan[], edges: readonly [number, number], rows: number, gap: number): (PlacedCallout | null)[] {
  const taken: { lo: number; hi: number }[][] = Array.from({ length: rows }, () => []);
  return spans.map((s) => {
    if (s.to < edges[0] || s.from > edges[1]) return null;
    const from = Math.max(s.from, edges[0]);
    const to = Math.min(s.to, edges[1]);
    const at = from + s.size <= edges[1] ? from : Math.max(edges[0], to - s.size);
    const lo = Math.min(from, at);
    const hi = Math.max(to, at + s.size);
    for (let row = 0; row < rows; row++) {
      const list = taken[row]!;
      if (list.some((t) => lo < t.hi + gap && t.lo < hi + gap)) continue;
      list.push({ lo, hi });
      return { row, at, from, to };
    }
    return null;
  });
}
