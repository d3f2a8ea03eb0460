import { markTimes, type MarkTimes, type TimelineEvent } from './marks.ts';

/**
 * The events an event page's small timeline shows: those overlapping its
 * window (t1 > from and t0 < to), other than the event itself, nearest
 * anchor first (ties in the list's order), at most `max`. Each page asks
 * once; scanning and sorting the whole record on every event page made the
 * event pages cost events × events, so the list is indexed once by start and
 * each page reads only the starts that can overlap its window.
 */

export interface Timed<T> {
  o: T;
  t: MarkTimes;
}

interface StartIndex<T> {
  /** Items by start (t0), each with its place in the list for tie-breaks. */
  byStart: (Timed<T> & { order: number })[];
  /** The longest mark (t1 − t0): no item starting earlier than from − this can reach the window. */
  longest: number;
}

const indexes = new WeakMap<readonly object[], unknown>();

function startIndex<T extends TimelineEvent>(list: readonly T[]): StartIndex<T> {
  let index = indexes.get(list) as StartIndex<T> | undefined;
  if (!index) {
    const byStart = list.map((o, order) => ({ o, t: markTimes(o), order }));
    byStart.sort((a, b) => a.t.t0 - b.t.t0 || a.order - b.order);
    const longest = byStart.reduce((m, x) => Math.max(m, x.t.t1 - x.t.t0), 0);
    index = { byStart, longest };
    indexes.set(list, index);
  }
  return index;
}

/** First position whose start is above `value` (binary search over the starts). */
function firstStartAbove(byStart: readonly { t: MarkTimes }[], value: number): number {
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStart[mid]!.t.t0 > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function nearestInWindow<T extends TimelineEvent>(list: readonly T[], own: { id: string; anchor: number }, window: readonly [number, number], max: number): Timed<T>[] {
  const [from, to] = window;
  const { byStart, longest } = startIndex(list);
  const found: (Timed<T> & { order: number })[] = [];
  // An item overlaps only if t1 > from, and t1 ≤ t0 + longest, so t0 > from − longest.
  for (let i = firstStartAbove(byStart, from - longest); i < byStart.length; i++) {
    const item = byStart[i]!;
    if (item.t.t0 >= to) break;
    if (item.t.t1 > from && item.o.id !== own.id) found.push(item);
  }
  found.sort((a, b) => Math.abs(a.t.anchor - own.anchor) - Math.abs(b.t.anchor - own.anchor) || a.order - b.order);
  return found.slice(0, Math.max(0, max)).map(({ o, t }) => ({ o, t }));
}
