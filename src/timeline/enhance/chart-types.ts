import type { MarkTimes } from '../model/marks.ts';
import type { DenseMark, Pos } from '../dense/enhance/fence.ts';
import type { ModelMark } from '../model/chart-model.ts';
import type { Kind } from '../../schemas/vocabulary.ts';

/**
 * The shapes the timeline's client modules share. They live here, apart from
 * the modules that implement them, so that the view and the layers it draws
 * depend on these types and never on one another: no import circle. A mark
 * is also what the dense layer reads (src/timeline/dense/enhance/fence.ts).
 */

export type { Pos };

/** One event's link in the SVG, with its entry in the chart's model. */
export interface Mark extends DenseMark {
  el: SVGAElement;
  /** The mark in the chart's model (times, popover text). */
  model: ModelMark;
  times: MarkTimes;
  across: number;
  lane: string;
  kind: Kind;
  /** Happened after both pieces were written (drawn hollow). */
  after: boolean;
  /** Hidden by a filter (kept in step by the view's refreshCounts). */
  filtered: boolean;
  bar: SVGRectElement | null;
  line: SVGLineElement | null;
  tick: SVGPathElement | null;
  /** The label's text and its leader line. */
  label: SVGTextElement | null;
  leader: SVGLineElement | null;
  /** Whether it was inside the plot on the last frame. */
  shown: boolean;
}
