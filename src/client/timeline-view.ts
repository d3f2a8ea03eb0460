import { markInView, placeMark, px } from '../lib/timeline/place.ts';
import { writtenLabels } from '../lib/timeline/written-labels.ts';
import type { Overview } from './timeline-overview.ts';
import { DENSE_ABOVE, MARGIN } from '../lib/timeline/config.ts';
import { Labels } from './timeline/labels.ts';
import { Callouts } from './timeline/callouts.ts';
import type { Kind } from '../schemas/vocabulary.ts';
import { timeTicks } from '../lib/timeline/ticks.ts';
import type { MarkShape, MarkTimes } from '../lib/timeline/marks.ts';
import { position, visibleDomain, zoomFor, type Linear, type ZoomState } from '../lib/timeline/zoom-math.ts';

/** Must match the breakpoint in src/styles/timeline.css. */
export const NARROW_QUERY = '(max-width: 720px)';
const narrowScreen = matchMedia(NARROW_QUERY);

/**
 * One drawn chart (wide or narrow) and how to move it. It reads the numbers the
 * build wrote into data attributes once, then repositions the existing nodes
 * on every zoom frame: nothing is created per frame except the few axis ticks,
 * and marks that stay off screen are not touched.
 */
const SVG = 'http://www.w3.org/2000/svg';
export { MARGIN };

export interface Mark {
  el: SVGAElement;
  times: MarkTimes;
  across: number;
  lane: string;
  kind: Kind;
  /** Happened after both pieces were written (drawn hollow). */
  after: boolean;
  /** Hidden by a filter (kept in step by refreshCounts). */
  filtered: boolean;
  bar: SVGRectElement | null;
  line: SVGLineElement | null;
  tick: SVGPathElement | null;
  /** Whether it was inside the plot on the last frame. */
  shown: boolean;
}

/** A piece's "written here" marker and its label, read once from the build's attributes. */
interface Written {
  g: SVGGElement;
  rect: Element | null;
  label: SVGTextElement | null;
  from: number;
  to: number;
  room: number;
  /** Half the short label's length, and both texts. */
  shortRoom: number;
  full: string;
  short: string;
  /** Whether the short text is the one drawn. */
  shortened: boolean;
  /** Whether the marker was inside the plot on the last frame. */
  shown: boolean;
  /** Whether the label was drawn on the last frame. */
  labelled: boolean;
}

function num(el: Element, name: string): number {
  return Number(el.getAttribute(`data-${name}`));
}

export class TimelineView {
  readonly svg: SVGSVGElement;
  readonly wide: boolean;
  readonly base: Linear;
  readonly along: [number, number];
  readonly bounds: [number, number];
  readonly marks: Mark[];
  zoom: ZoomState = { k: 1, t: 0 };
  private readonly tickSpacing: number;
  readonly r: number;
  private readonly grid: SVGGElement;
  private readonly axis: SVGGElement;
  private readonly written: Written[];
  readonly marksGroup: SVGGElement;
  private readonly denseAbove: number;
  private readonly earlier: SVGTextElement | null;
  private readonly later: SVGTextElement | null;
  private readonly gridTemplate: { a: number; b: number };
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(svg: SVGSVGElement) {
    this.svg = svg;
    this.wide = svg.dataset['orientation'] === 'wide';
    this.base = { slope: num(svg, 'slope'), intercept: num(svg, 'intercept') };
    const [a0 = 0, a1 = 1] = (svg.dataset['along'] ?? '').split(',').map(Number);
    this.along = [a0, a1];
    const [b0 = 0, b1 = 1] = (svg.dataset['bounds'] ?? '').split(',').map(Number);
    this.bounds = [b0, b1];
    this.tickSpacing = num(svg, 'tick-spacing') || 60;
    this.grid = svg.querySelector<SVGGElement>('.tl-grid')!;
    this.axis = svg.querySelector<SVGGElement>('.tl-axis')!;
    const firstLine = this.grid.querySelector('line');
    this.gridTemplate = this.wide
      ? { a: Number(firstLine?.getAttribute('y1') ?? 0), b: Number(firstLine?.getAttribute('y2') ?? 0) }
      : { a: Number(firstLine?.getAttribute('x1') ?? 0), b: Number(firstLine?.getAttribute('x2') ?? 0) };
    const labels = [...svg.querySelectorAll<SVGTextElement>('.tl-written-label')];
    this.written = [...svg.querySelectorAll<SVGGElement>('.tl-written-mark')].map((g, i) => {
      const label = labels[i] ?? null;
      return { g, rect: g.firstElementChild, label, from: num(g, 'from'), to: num(g, 'to'), room: label ? num(label, 'room') : 0, shortRoom: label ? num(label, 'short-room') : 0, full: label?.dataset['label'] ?? '', short: label?.dataset['short'] ?? '', shortened: false, shown: true, labelled: label?.getAttribute('display') !== 'none' };
    });
    this.earlier = svg.querySelector<SVGTextElement>('.tl-earlier');
    this.later = svg.querySelector<SVGTextElement>('.tl-later');
    this.r = num(svg, 'r') || 7;
    this.marksGroup = svg.querySelector<SVGGElement>('.tl-marks')!;
    this.denseAbove = svg.hasAttribute('data-dense-above') ? num(svg, 'dense-above') : DENSE_ABOVE;
    this.marks = [...svg.querySelectorAll<SVGAElement>('a.tl-mark')].map((el) => {
      const t0 = num(el, 't0');
      const t1 = num(el, 't1');
      const disclosed = el.hasAttribute('data-disclosed') ? num(el, 'disclosed') : null;
      const bar = el.querySelector<SVGRectElement>('.tl-bar, .tl-band');
      const shape: MarkShape = el.querySelector('.tl-band') ? 'band' : bar ? 'span' : 'point';
      el.querySelector('title')?.remove(); // the detail panel replaces the native tooltip
      return {
        el,
        times: { shape, t0, t1, anchor: num(el, 'anchor'), disclosed },
        across: num(el, 'across'),
        lane: el.dataset['lane'] ?? '',
        kind: (el.dataset['kind'] ?? 'other') as Kind,
        after: el.classList.contains('after'),
        filtered: false,
        bar,
        line: el.querySelector<SVGLineElement>('.tl-disclosed line'),
        tick: el.querySelector<SVGPathElement>('.tl-disclosed path'),
        shown: true,
      };
    });
    this.labels = new Labels(svg, this.marks, this.wide, this.r, this.along);
    this.callouts = new Callouts(svg, this.wide, this.along);
    this.refreshCounts();
  }

  private readonly labels: Labels;
  private readonly callouts: Callouts;

  /**
   * Is this layout the one on screen? The stylesheet shows the narrow layout
   * at NARROW_QUERY and the wide one otherwise; asking the media query (not the
   * element's box) keeps zoom events from forcing a layout.
   */
  get active(): boolean {
    return this.wide !== narrowScreen.matches;
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
    for (const m of this.marks) m.filtered = m.el.classList.contains('is-filtered');
    const visible = this.marks.filter((m) => !m.filtered);
    this.starts = visible.map((m) => m.times.t0).sort((a, b) => a - b);
    this.ends = visible.map((m) => m.times.t1).sort((a, b) => a - b);
  }

  private frame = 0;

  /**
   * With thousands of marks, every frame's style, paint and hit testing grow
   * with the marks in the render tree, visible or not. In a dense chart,
   * marks outside the view leave it (display: none) until they come back in
   * (arrow keys reveal a culled mark before focusing it, see timeline-chart),
   * and zooms are drawn by the overview (timeline-overview.ts).
   */
  get dense(): boolean {
    return this.marks.length > this.denseAbove;
  }

  /**
   * The overview, given by timeline-chart once its code has loaded (only
   * dense charts load it). Until then, and if it never loads, the chart moves
   * its links as usual.
   */
  overview: Overview | null = null;

  /** Draw now whatever zoom state is pending. */
  flush(): void {
    this.render(this.zoom);
  }

  /**
   * Take a zoom state now, draw it at the next frame. A wheel or pinch can
   * fire several zoom events per frame; drawing only the last keeps each
   * frame to one pass over the marks, however many there are.
   */
  schedule(zoom: ZoomState): void {
    this.zoom = zoom;
    if (this.frame) return;
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
    this.zoom = zoom;
    const pos = (ms: number) => position(this.base, zoom, ms);
    if (this.overview?.draws(zoom)) {
      if (this.overview.draw(pos)) toggle(this.marksGroup, false);
    } else {
      this.renderMarks(pos);
    }
    this.callouts.render(pos);
    this.renderAxis(pos);
    this.renderWritten(pos);
    this.renderCounts();
  }

  private renderMarks(pos: (ms: number) => number): void {
    const cull = this.dense;
    for (const mark of this.marks) {
      const inside = markInView(mark.times, pos, this.along, MARGIN);
      if (!inside && !mark.shown) continue;
      if (cull && mark.shown !== inside) mark.el.style.display = inside ? '' : 'none';
      mark.shown = inside;
      // A culled mark is out of the render tree: moving it would be wasted work.
      if (inside || !cull) this.placeMark(mark, pos);
    }
    this.labels.render(pos, (i) => !this.marks[i]!.filtered);
    if (this.overview?.hide()) toggle(this.marksGroup, true);
  }

  private placeMark(mark: Mark, pos: (ms: number) => number): void {
    const place = placeMark(mark.times, pos);
    const [x, y] = this.wide ? [place.anchor, mark.across] : [mark.across, place.anchor];
    mark.el.setAttribute('transform', `translate(${px(x)},${px(y)})`);
    if (mark.bar && place.bar) {
      mark.bar.setAttribute(this.wide ? 'x' : 'y', px(place.bar[0]));
      mark.bar.setAttribute(this.wide ? 'width' : 'height', px(place.bar[1]));
    }
    if (place.disclosed !== null && mark.line && mark.tick) {
      const d = px(place.disclosed);
      mark.line.setAttribute(this.wide ? 'x2' : 'y2', d);
      mark.tick.setAttribute('d', this.wide ? `M${d},${-this.r}v${2 * this.r}` : `M${-this.r},${d}h${2 * this.r}`);
    }
  }

  private renderAxis(pos: (ms: number) => number): void {
    const [d0, d1] = this.domain;
    // A day's margin: float error must not drop the tick on the plot's edge.
    const ticks = timeTicks([d0 - 86_400_000, d1 + 86_400_000], pos, this.tickSpacing);
    const lines: SVGLineElement[] = [];
    const labels: SVGTextElement[] = [];
    const axisPos = Number(this.axis.querySelector('text')?.getAttribute(this.wide ? 'y' : 'x') ?? 0);
    for (const tick of ticks) {
      const line = document.createElementNS(SVG, 'line');
      const text = document.createElementNS(SVG, 'text');
      const p = px(tick.pos);
      if (this.wide) {
        line.setAttribute('x1', p); line.setAttribute('x2', p);
        line.setAttribute('y1', String(this.gridTemplate.a)); line.setAttribute('y2', String(this.gridTemplate.b));
        text.setAttribute('x', p); text.setAttribute('y', String(axisPos)); text.setAttribute('text-anchor', 'middle');
      } else {
        line.setAttribute('y1', p); line.setAttribute('y2', p);
        line.setAttribute('x1', String(this.gridTemplate.a)); line.setAttribute('x2', String(this.gridTemplate.b));
        text.setAttribute('y', px(tick.pos + 4)); text.setAttribute('x', String(axisPos)); text.setAttribute('text-anchor', 'end');
      }
      if (tick.major) { line.setAttribute('class', 'major'); text.setAttribute('class', 'major'); }
      // Labels come from our own tick function; set as text, never as markup.
      text.textContent = tick.label;
      lines.push(line);
      if (tick.pos >= this.along[0] - 1 && tick.pos <= this.along[1] + 1) labels.push(text);
    }
    this.grid.replaceChildren(...lines);
    this.axis.replaceChildren(...labels);
  }

  /**
   * Markers move like marks: those outside the plot leave the render tree and
   * are not touched again until they come back. Labels are placed by
   * writtenLabels, which drops those that would run into another.
   */
  private renderWritten(pos: (ms: number) => number): void {
    const spans = this.written.map((w) => {
      const from = pos(w.from);
      return { from, to: from + Math.max(2, pos(w.to) - from), room: w.room, ...(w.short && w.shortRoom ? { shortRoom: w.shortRoom } : {}) };
    });
    // Crowded: labels take their short form, and slide along, rather than vanish.
    const labels = writtenLabels(spans, this.along, this.wide);
    this.written.forEach((w, i) => {
      const short = Boolean(labels[i]?.short);
      if (!w.label || !w.short || short === w.shortened) return;
      w.label.textContent = short ? w.short : w.full;
      w.shortened = short;
    });
    this.written.forEach((w, i) => {
      const { from, to } = spans[i]!;
      const inside = to >= this.along[0] && from <= this.along[1];
      if (inside !== w.shown) toggle(w.g, inside);
      w.shown = inside;
      if (inside) {
        w.g.setAttribute('transform', this.wide ? `translate(${px(from)},0)` : `translate(0,${px(from)})`);
        w.rect?.setAttribute(this.wide ? 'width' : 'height', px(to - from));
      }
      const place = labels[i];
      if (!w.label) return;
      if (Boolean(place) !== w.labelled) toggle(w.label, Boolean(place));
      w.labelled = Boolean(place);
      if (!place) return;
      if (this.wide) {
        w.label.setAttribute('x', px(place.at));
        w.label.setAttribute('text-anchor', place.anchor);
      } else {
        w.label.setAttribute('y', px(place.at - 4));
      }
    });
  }

  private renderCounts(): void {
    const [d0, d1] = this.domain;
    const earlier = lowerBound(this.ends, d0 + 1);
    const later = this.starts.length - lowerBound(this.starts, d1);
    if (this.earlier) this.earlier.textContent = earlier > 0 ? `${this.wide ? '←' : '↑'} ${earlier} earlier` : '';
    if (this.later) this.later.textContent = later > 0 ? `${later} later ${this.wide ? '→' : '↓'}` : '';
  }
}

/** Show or hide an element with the presentation attribute the build writes. */
function toggle(el: SVGElement, on: boolean): void {
  if (on) el.removeAttribute('display');
  else el.setAttribute('display', 'none');
}

/** Index of the first value ≥ x in a sorted array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
