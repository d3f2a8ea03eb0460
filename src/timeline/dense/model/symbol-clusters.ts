/**
 * One row of the overview's symbols, thinned for drawing: symbols that
 * overlap their neighbour by more than half cannot be told apart, so a run of
 * them is drawn as one cluster (overview-paths.ts). Pure numbers:
 * it runs on every frame of a zoom over thousands of marks.
 */

/** Kinds fit in 6 bits of a packed symbol. */
const KINDS_PER_SPOT = 64;
/** Keeps positions far outside the plot (a long bar's anchor) non-negative when packed. */
const OFFSET = 2 ** 30;

/** A symbol's whole-pixel position along time and kind index as one number, which sorts by position. */
export function packSymbol(along: number, kind: number): number {
  return (along + OFFSET) * KINDS_PER_SPOT + kind;
}

/** One row's symbols after clustering: a lone symbol (its kind), or a cluster from one anchor to another (kind null). */
export interface SymbolCluster {
  from: number;
  to: number;
  kind: number | null;
}

/**
 * Group one row's packed symbols (packSymbol) into runs whose neighbours are
 * closer than `r` along time. A run of one symbol, or of one kind all on one
 * pixel, stays a symbol; any other run becomes a cluster. Sorts `packed`.
 */
export function clusterSymbols(packed: number[], r: number): SymbolCluster[] {
  const sorted = Float64Array.from(packed).sort();
  const along = (k: number) => Math.floor(sorted[k]! / KINDS_PER_SPOT) - OFFSET;
  const out: SymbolCluster[] = [];
  let start = 0;
  for (let j = 1; j <= sorted.length; j++) {
    if (j < sorted.length && along(j) - along(j - 1) < r) continue;
    const alone = sorted[start] === sorted[j - 1];
    out.push({ from: along(start), to: along(j - 1), kind: alone ? sorted[start]! % KINDS_PER_SPOT : null });
    start = j;
  }
  return out;
}
