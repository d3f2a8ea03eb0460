import { markExtent, type MarkTimes } from './marks.ts';
import { markInView } from './place.ts';
import { dodgeCandidates, placeLabels, type LabelRequest, type Obstacle } from './label-layout.ts';

/**
 * The chart's labels for one frame: which marks are labelled and where, for a
 * position function (ms → pixels along time). Wide: a label sits on its mark's
 * row, just after the mark (or just before it), never over another mark of the
 * row. Narrow: labels sit in their lane's label column beside the rows,
 * centred on the mark or nudged along time. Pure; the build and the client
 * both call it.
 */
export interface LabelledMark {
  times: MarkTimes;
  /** Wide: the mark's row (unique across lanes). Narrow: its lane. */
  track: number;
  /** The label's length along time: its width (wide) or line height (narrow). */
  size: number;
}

export interface ChartLabelOptions {
  wide: boolean;
  r: number;
  edges: readonly [number, number];
  /** Space between a mark and its label, and between labels. */
  gap: number;
  /** Narrow: step and count of the nudges along time. */
  step: number;
  steps: number;
}

/** Start of each mark's label along time, or null when it is not drawn. */
export function chartLabels(
  marks: readonly LabelledMark[],
  order: readonly number[],
  pos: (ms: number) => number,
  options: ChartLabelOptions,
  include: (i: number) => boolean = () => true,
): (number | null)[] {
  const { wide, r, edges, gap } = options;
  const requests: LabelRequest[] = new Array<LabelRequest>(marks.length);
  const obstacles: Obstacle[] = [];
  const active: number[] = [];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (!include(i) || !markInView(m.times, pos, edges, 0)) continue;
    if (wide) {
      const { lo, hi } = markExtent(m.times, pos, r);
      obstacles.push({ track: m.track, lo, hi });
      requests[i] = { track: m.track, size: m.size, candidates: [hi + gap, lo - gap - m.size] };
    } else {
      requests[i] = { track: m.track, size: m.size, candidates: dodgeCandidates(pos(m.times.anchor), m.size, options.step, options.steps) };
    }
    active.push(i);
  }
  const wanted = new Set(active);
  return placeLabels(requests, order.filter((i) => wanted.has(i)), obstacles, { edges, gap });
}
