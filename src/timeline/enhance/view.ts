import { MARGIN } from '../model/config.ts';
import { CLS, NARROW_QUERY, readData, sel } from '../model/contract.ts';
import type { ChartModel } from '../model/chart-model.ts';
import { orientationNamed, type Orientation } from '../model/orientation.ts';
import { position, visibleDomain, zoomFor, type Linear, type ZoomState } from '../model/zoom-math.ts';
import { Axis } from './axis.ts';
import { Callouts, type DrawnLabel } from './callouts.ts';
import { EdgeCounts } from './edge-counts.ts';
import { Labels } from './labels.ts';
import { placeMarks, readMarks, toggle } from './mark-motion.ts';
import type { Mark } from './chart-types.ts';
import type { DenseChart, DenseLayer } from '../dense/enhance/fence.ts';
import { WrittenMarkers } from './written.ts';
import { markBoxes } from '../model/written-labels.ts';

const narrowScreen = matchMedia(NARROW_QUERY);

/**
 * One drawn chart (wide or narrow) and its frames. It takes its numbers from
 * the chart's model (src/timeline/model/chart-model.ts) once, then, for each zoom state, draws one
 * frame: marks, labels, callouts, axis, "written here" markers and the edge
 * counts, each by its own layer module. Nothing is created per frame except
 * the few axis ticks, and marks that stay off screen are not touched.
 */
export class TimelineView implements DenseChart {
  readonly svg: SVGSVGElement;
  readonly o: Orientation;
  readonly base: Linear;
  readonly along: [number, number];
  readonly bounds: [number, number];
  readonly marks: Mark[];
  readonly r: number;
  /** Narrow: where the "written here" labels end across. */
  private readonly writtenEnd: number;
  readonly marksGroup: SVGGElement;
  zoom: ZoomState = { k: 1, t: 0 };
  /**
   * The overview, given by the chart element once its code has loaded (only
   * dense charts load it). Until then, and if it never loads, the chart moves
   * its links as usual.
   */
  overview: DenseLayer | null = null;
  private readonly denseAbove: number;
  /** A dense chart shows links only with at most this many marks in view (the overview reads it). */
  readonly linksMax: number;
  private readonly axis: Axis;
  private readonly writtenMarkers: WrittenMarkers;
  readonly written: readonly { from: number; to: number }[];
  private readonly labels: Labels;
  private readonly callouts: Callouts;
  private readonly counts: EdgeCounts;
  private frame = 0;
  /** The zoom state last drawn. */
  private drawn: ZoomState | null = null;

  constructor(svg: SVGSVGElement, model: ChartModel) {
    this.svg = svg;
    this.o = orientationNamed(readData(svg, 'orientation'));
    const layout = model.layouts[this.o.name];
    this.base = layout.base;
    this.along = layout.along;
    this.bounds = layout.bounds;
    this.r = layout.r;
    this.writtenEnd = layout.writtenEnd;
    this.marksGroup = svg.querySelector<SVGGElement>(sel(CLS.marks))!;
    this.denseAbove = model.denseAbove;
    this.linksMax = model.linksMax;
    this.axis = new Axis(svg, layout, this.o, model.time.breaks);
    this.writtenMarkers = new WrittenMarkers(svg, layout.written, this.o, this.along);
    this.written = layout.written;
    this.marks = readMarks(this.marksGroup, model.marks, layout.marks);
    this.labels = new Labels(this.marks, layout, this.o, this.along);
    this.callouts = new Callouts(svg, layout, this.o, this.along, this.marks);
    this.counts = new EdgeCounts(svg, this.o);
    this.refreshCounts();
  }

  /**
   * Is this layout the one on screen? The stylesheet shows the narrow layout
   * at NARROW_QUERY and the wide one otherwise; asking the media query (not the
   * element's box) keeps zoom events from forcing a layout.
   */
  get active(): boolean {
    return this.o.wide !== narrowScreen.matches;
  }

  get domain(): [number, number] {
    return visibleDomain(this.base, this.zoom, this.along);
  }

  /** Transform that shows [from, to]. */
  zoomForDomain(domain: readonly [number, number]): ZoomState {
    return zoomFor(this.base, this.along, domain);
  }

  /** Smallest and largest zoom: the whole record, and two weeks. */
  scaleExtent(): [number, number] {
    const span = this.along[1] - this.along[0];
    const whole = this.base.slope * (this.bounds[1] - this.bounds[0]);
    return [span / whole, span / (this.base.slope * 14 * 86_400_000)];
  }

  /** Base positions of the record's ends: the pan limits. */
  panExtent(): [number, number] {
    return [this.base.slope * this.bounds[0] + this.base.intercept, this.base.slope * this.bounds[1] + this.base.intercept];
  }

  /** Recount which marks the filters leave, for the "n earlier / n later" hints. */
  refreshCounts(): void {
    // A mark later than ?asof= (src/client/asof.ts) counts as filtered out.
    for (const m of this.marks) m.filtered = m.el.classList.contains(CLS.filtered) || m.el.classList.contains('asof-later'); // ASOF_LATER in src/lib/asof-contract.ts
    this.counts.refresh(this.marks);
  }

  /**
   * With thousands of marks, every frame's style, paint and hit testing grow
   * with the marks in the render tree, visible or not. In a dense chart,
   * marks outside the view leave it until they come back in (arrow keys
   * reveal a culled mark before focusing it, see controls.ts), and zooms are
   * drawn by the dense layer (src/timeline/dense/).
   */
  get dense(): boolean {
    return this.marks.length > this.denseAbove;
  }

  /** Draw now whatever zoom state is pending. */
  flush(): void {
    this.render(this.zoom);
  }

  /**
   * Take a zoom state now, draw it at the next frame. A wheel or pinch can
   * fire several zoom events per frame; drawing only the last keeps each
   * frame to one pass over the marks, however many there are. At a zoom
   * limit a wheel keeps sending the state already drawn: that frame would
   * change nothing, so it is skipped unless `redraw` asks for it.
   */
  schedule(zoom: ZoomState, redraw = false): void {
    this.zoom = zoom;
    const last = this.drawn;
    if (this.frame || (!redraw && last && last.k === zoom.k && last.t === zoom.t)) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render(this.zoom);
    });
  }

  render(zoom: ZoomState): void {
    if (this.frame) {
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }
    this.zoom = this.drawn = zoom;
    const pos = (ms: number) => position(this.base, zoom, ms);
    const overview = this.overview?.draws(zoom) ?? false;
    // The "written here" labels are laid out once, narrow clear of the marks; the marks' labels keep clear of them.
    // Under the overview, the overview draws the markers themselves.
    const include = (i: number) => !this.marks[i]!.filtered;
    const clear = this.o.wide || overview ? undefined : { marks: markBoxes(this.marks, pos, this.r, this.along, include), end: this.writtenEnd };
    const written = this.writtenMarkers.render(pos, overview, clear);
    let drawn: DrawnLabel[] = [];
    if (overview && this.overview) {
      if (this.overview.draw(pos)) toggle(this.marksGroup, false);
    } else {
      placeMarks(this.marks, pos, this.o, this.r, this.along, MARGIN, this.dense ? this.marksGroup : null);
      drawn = this.labels.render(pos, include, written);
      if (this.overview?.hide()) toggle(this.marksGroup, true);
    }
    // The notes keep clear of this frame's labels.
    this.callouts.render(pos, drawn);
    this.axis.render(pos, this.domain);
    this.counts.render(this.domain);
  }
}
