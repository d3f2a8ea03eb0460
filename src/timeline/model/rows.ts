/**
 * Collision avoidance: put intervals on the fewest rows so that no two on a
 * row overlap (with a gap between them). This is interval partitioning: sweep
 * by start, reuse the lowest-numbered row that has come free, or open a new
 * one. Two binary heaps make it O(n log n), which matters at 10,000 events.
 */
export interface Extent {
  lo: number;
  hi: number;
}

class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Row index (0-based) for each extent, in input order. Extents closer than
 * `gap` pixels count as overlapping. Ties in start keep input order, so the
 * result is deterministic.
 */
export function assignRows(extents: readonly Extent[], gap = 0): number[] {
  const order = extents.map((_, i) => i).sort((a, b) => extents[a]!.lo - extents[b]!.lo || a - b);
  const rows = new Array<number>(extents.length).fill(0);
  const busy = new MinHeap<{ hi: number; row: number }>((a, b) => a.hi < b.hi || (a.hi === b.hi && a.row < b.row));
  const free = new MinHeap<number>((a, b) => a < b);
  let opened = 0;
  for (const i of order) {
    const { lo, hi } = extents[i]!;
    while (busy.size > 0 && busy.peek()!.hi + gap <= lo) free.push(busy.pop()!.row);
    const row = free.size > 0 ? free.pop()! : opened++;
    rows[i] = row;
    busy.push({ hi, row });
  }
  return rows;
}

/** How many rows a row assignment uses. */
export function rowCount(rows: readonly number[]): number {
  let max = -1;
  for (const r of rows) if (r > max) max = r;
  return max + 1;
}
