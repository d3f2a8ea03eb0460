import type { MarkTimes } from '../model/marks.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Linear, ZoomState } from '../model/zoom-math.ts';
import type { ModelMark } from '../model/chart-model.ts';
import type { Kind } from '../../schemas/vocabulary.ts';

/**
 * The shapes the timeline's client modules share. They live here, apart from
 * the modules that implement them, so that the view and the layers it draws
 * (the overview above all, loaded on its own) depend on these types and never
 * on one another: no import circle.
 */

/** ms → pixels along time, for the frame being drawn. */
export type Pos = (ms: number) => number;

/** One event's link in the SVG, with its entry in the chart's model. */
export interface Mark {
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

/** What the overview needs of the chart it draws for. */
export interface DrawnChart {
  readonly svg: SVGSVGElement;
  readonly o: Orientation;
  readonly base: Linear;
  readonly along: [number, number];
  readonly r: number;
  /** A dense chart shows links only with at most this many marks in view. */
  readonly linksMax: number;
  readonly marks: readonly Mark[];
  /** The "written here" markers' days (chart time), in the order they are drawn. */
  readonly written: readonly { from: number; to: number }[];
  readonly marksGroup: SVGGElement;
  readonly zoom: ZoomState;
  /** Draw this zoom state at the next frame (`redraw`: even if it is the one drawn). */
  schedule(zoom: ZoomState, redraw?: boolean): void;
}

/**
 * A dense chart's overview (overview.ts): draws a zoom in progress, or a view
 * with too many marks to link, as a few paths.
 */
export interface OverviewLayer {
  begin(): void;
  end(): void;
  /** Whether the next frame at this zoom is drawn as paths. */
  draws(zoom: ZoomState): boolean;
  /** The number of marks in view when there are too many for links, else null. */
  crowded(zoom?: ZoomState): number | null;
  /** What the caption adds when there are too many marks in view for links ("" otherwise). */
  crowdedNote(): string;
  /** Draw the marks in view as paths; true if the links must go. */
  draw(pos: Pos): boolean;
  /** Put the paths away; true if the links must come back. */
  hide(): boolean;
}
