import type { MarkTimes } from '../model/marks.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Linear, ZoomState } from '../model/zoom-math.ts';
import type { Kind } from '../../schemas/vocabulary.ts';

/**
 * The shapes the timeline's client modules share. They live here, apart from
 * the modules that implement them, so that the view and the layers it draws
 * (the overview above all, loaded on its own) depend on these types and never
 * on one another: no import circle.
 */

/** ms → pixels along time, for the frame being drawn. */
export type Pos = (ms: number) => number;

/** One event's link in the SVG, with the numbers the build wrote on it. */
export interface Mark {
  el: SVGAElement;
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
  /** Whether it was inside the plot on the last frame. */
  shown: boolean;
}

/** What the overview needs of the chart it draws for. */
export interface ChartModel {
  readonly svg: SVGSVGElement;
  readonly o: Orientation;
  readonly base: Linear;
  readonly along: [number, number];
  readonly r: number;
  readonly marks: readonly Mark[];
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
