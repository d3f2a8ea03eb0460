import type { MarkTimes } from './marks.ts';
import { markInView } from './place.ts';

/**
 * Which marks are in view, without visiting every mark. Zoomed in on a chart
 * of thousands of events, a frame shows a few hundred; passing over all of
 * them on every frame (the overview, the labels) costs more than drawing the
 * few. The marks are indexed once by start time, with the longest reach of
 * any mark past its start (its bar, band or later disclosure), so the marks
 * that can be in view are one run of that index, found by two binary
 * searches; each is then checked exactly with markInView.
 */
interface StartIndex {
  /** Mark indices sorted by start time (ties by index). */
  order: Int32Array;
  /** Their start times, in that order. */
  starts: Float64Array;
  /** The most any mark reaches past its start, in ms. */
  reach: number;
}

const indexOfList = new WeakMap<readonly { times: MarkTimes }[], StartIndex>();

function startIndex(marks: readonly { times: MarkTimes }[]): StartIndex {
  let index = indexOfList.get(marks);
  if (index && index.order.length === marks.length) return index;
  const order = Int32Array.from(marks.keys()).sort((a, b) => marks[a]!.times.t0 - marks[b]!.times.t0 || a - b);
  const starts = Float64Array.from(order, (i) => marks[i]!.times.t0);
  let reach = 0;
  for (const { times } of marks) reach = Math.max(reach, Math.max(times.t1, times.disclosed ?? times.t1) - times.t0);
  index = { order, starts, reach };
  indexOfList.set(marks, index);
  return index;
}

/** First k in [0, n) for which `past(k)` holds, given it is false and then true. */
export function firstWhere(n: number, past: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Indices, ascending, of the marks for which markInView(times, pos, along,
 * margin) holds: the same answer as checking every mark. `pos` must not
 * decrease with time (a chart's position function never does); if it does,
 * every mark is checked. The list is indexed on its first call, so it must
 * not change afterwards (a list of another length is indexed afresh).
 */
export function marksInView(marks: readonly { times: MarkTimes }[], pos: (ms: number) => number, along: readonly [number, number], margin: number): number[] {
  const n = marks.length;
  if (n === 0) return [];
  const { order, starts, reach } = startIndex(marks);
  const out: number[] = [];
  const everyMark = (): number[] => {
    for (let i = 0; i < n; i++) if (markInView(marks[i]!.times, pos, along, margin)) out.push(i);
    return out;
  };
  if (!(pos(starts[0]!) <= pos(starts[n - 1]!))) return everyMark();
  // A mark in view starts no later than the far edge and reaches (at most `reach` past its start) the near one.
  const to = firstWhere(n, (k) => pos(starts[k]!) - margin > along[1]);
  const from = firstWhere(to, (k) => pos(starts[k]! + reach) + margin >= along[0]);
  // When most marks may be in view, one pass in list order beats sorting the run back into it.
  if ((to - from) * 8 > n) return everyMark();
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    if (markInView(marks[i]!.times, pos, along, margin)) out.push(i);
  }
  return out.sort((a, b) => a - b);
}
