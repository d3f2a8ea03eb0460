import type { OverviewMark } from '../model/overview-paths.ts';
import type { Orientation } from '../../model/orientation.ts';
import type { Linear, ZoomState } from '../../model/zoom-math.ts';

/**
 * The one interface between the timeline and its dense path (a chart of
 * thousands of marks, src/timeline/dense/): what the dense layer needs of a
 * chart (`DenseChart`) and what it gives back (`DenseLayer`); `loadDense`
 * (load.ts) fetches its code. The rest of the timeline knows nothing else of it,
 * and this folder imports nothing of src/timeline/enhance/; a chart with no
 * more marks than the model's `denseAbove` never loads it.
 */

/** ms → pixels along time, for the frame being drawn. */
export type Pos = (ms: number) => number;

/** A mark as the dense layer reads it: its times and row, and whether a filter hides it. */
export interface DenseMark extends OverviewMark {
  el: SVGAElement;
  filtered: boolean;
}

/** What the dense layer needs of the chart it draws for. */
export interface DenseChart {
  readonly svg: SVGSVGElement;
  readonly o: Orientation;
  readonly base: Linear;
  readonly along: [number, number];
  readonly r: number;
  /** Links are shown only with at most this many marks in view (the model's `linksMax`). */
  readonly linksMax: number;
  readonly marks: readonly DenseMark[];
  /** The "written here" markers' days (chart time), in the order they are drawn. */
  readonly written: readonly { from: number; to: number }[];
  readonly marksGroup: SVGGElement;
  readonly zoom: ZoomState;
  /** Draw this zoom state at the next frame (`redraw`: even if it is the one drawn). */
  schedule(zoom: ZoomState, redraw?: boolean): void;
}

/** A dense chart's overview: draws a zoom in progress, or a view with too many marks to link, as a few paths. */
export interface DenseLayer {
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
