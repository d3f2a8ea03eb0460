import { OVERVIEW_PARTS, overviewKey, overviewPaths, parseOverviewKey, type OverviewPart } from '../model/overview-paths.ts';
import { MARGIN } from '../../model/config.ts';
import { CLS, hatchId, laneClass } from '../../model/contract.ts';
import { marksInView } from '../../model/in-view.ts';
import { thousands } from '../../../lib/numbers.ts';
import { position, type ZoomState } from '../../model/zoom-math.ts';
import type { DenseChart, DenseLayer, Pos } from './fence.ts';
import { WrittenFold } from './written-fold-layer.ts';

/**
 * What a dense chart (thousands of marks) does beyond moving its links,
 * loaded on its own by the chart element and only for such charts, so
 * ordinary pages never fetch it:
 * - a zoom, pan or animated move in progress is drawn as a few paths
 *   (src/timeline/dense/model/overview-paths.ts), and the links come back, placed for where
 *   it stopped, when it ends;
 * - while more than LINKS_MAX marks are in view, the paths stay: no single
 *   mark could be picked out, and the caption says so.
 * A mark with the keyboard focus keeps its link: hiding it would take the focus away.
 * It knows the chart only through DenseChart (fence.ts), never the view itself.
 */
const SVG = 'http://www.w3.org/2000/svg';
/**
 * How long a gesture must rest before the links come back. A slow phone can
 * take longer to draw one wheel notch than d3-zoom waits before it calls a
 * wheel gesture ended (150 ms), so one steady zoom arrives as many short
 * gestures; bringing thousands of links back between them, to hide them again
 * a frame later, is the costliest frame there is.
 */
const REST_MS = 250;
const CLASS_OF: Record<OverviewPart, string> = { bar: CLS.bar, band: CLS.band, line: CLS.line, tick: CLS.tick, symbol: CLS.symbol };

export class Overview implements DenseLayer {
  private readonly chart: DenseChart;
  private readonly g: SVGGElement;
  private readonly paths = new Map<string, SVGPathElement>();
  private readonly hatch: string;
  private readonly linksMax: number;
  private readonly written: WrittenFold;
  private gesture = false;
  private resting = 0;
  private shown = false;

  constructor(chart: DenseChart) {
    this.chart = chart;
    const { svg } = chart;
    this.linksMax = chart.linksMax;
    this.hatch = `url(#${hatchId(chart.o.name)})`;
    this.g = document.createElementNS(SVG, 'g');
    this.g.setAttribute('class', CLS.overview);
    this.g.setAttribute('aria-hidden', 'true');
    this.g.setAttribute('display', 'none');
    // After the links' group, so the paths paint where the links do.
    chart.marksGroup.after(this.g);
    this.written = new WrittenFold(svg, chart.written, chart.o, chart.along);
  }

  /** A zoom, pan or animated move begins. */
  begin(): void {
    clearTimeout(this.resting);
    if (!this.markHasFocus()) this.gesture = true;
  }

  /** It ends: once it has rested REST_MS, the links come back, unless too many are in view. */
  end(): void {
    if (!this.gesture) return;
    clearTimeout(this.resting);
    this.resting = window.setTimeout(() => {
      this.gesture = false;
      this.chart.schedule(this.chart.zoom, true);
    }, REST_MS);
  }

  /** Whether the next frame at this zoom is drawn as paths. */
  draws(zoom: ZoomState): boolean {
    return this.gesture || this.crowded(zoom) !== null;
  }

  /** The number of marks in view when there are too many for links, else null. */
  crowded(zoom: ZoomState = this.chart.zoom): number | null {
    if (this.markHasFocus()) return null;
    const pos = (ms: number) => position(this.chart.base, zoom, ms);
    const { marks } = this.chart;
    let n = 0;
    for (const i of marksInView(marks, pos, this.chart.along, MARGIN)) if (!marks[i]!.filtered) n++;
    return n > this.linksMax ? n : null;
  }

  crowdedNote(): string {
    const n = this.crowded();
    return n === null ? '' : ` · ${thousands(n)} events in view: zoom in to pick one, or use the list below`;
  }

  /** Draw the marks in view as paths; true if the paths were hidden until now (the links must go). */
  draw(pos: Pos): boolean {
    const { chart } = this;
    const { marks } = chart;
    const data = overviewPaths(marks, pos, { wide: chart.o.wide, r: chart.r, along: chart.along, margin: MARGIN }, (i) => !marks[i]!.filtered);
    for (const [key, path] of this.paths) path.setAttribute('d', data.get(key) ?? '');
    for (const key of data.keys()) if (!this.paths.has(key)) this.addGroup(key, data);
    this.written.draw(pos);
    if (this.shown) return false;
    this.shown = true;
    this.g.removeAttribute('display');
    return true;
  }

  /** Put the paths away; true if they were showing (the links must come back). */
  hide(): boolean {
    if (!this.shown) return false;
    this.shown = false;
    this.written.unfold();
    this.g.setAttribute('display', 'none');
    return true;
  }

  private markHasFocus(): boolean {
    const focused = document.activeElement;
    return Boolean(focused?.closest(`a.${CLS.mark}`) && this.chart.svg.contains(focused));
  }

  /** One lane's paths for one stretch of time, hollow or not, in the order a single mark paints its parts. */
  private addGroup(someKey: string, data: Map<string, string>): void {
    const { lane, after, stretch } = parseOverviewKey(someKey);
    const group = document.createElementNS(SVG, 'g');
    // Lane names come from the build's data attributes and are only ever used as class names.
    group.setAttribute('class', `${CLS.overviewGroup} ${laneClass(lane)}${after ? ` ${CLS.after}` : ''}`);
    const disclosed = document.createElementNS(SVG, 'g');
    disclosed.setAttribute('class', CLS.disclosed);
    for (const part of OVERVIEW_PARTS) {
      const key = overviewKey(lane, after, stretch, part);
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', CLASS_OF[part]);
      if (part === 'band') path.setAttribute('fill', this.hatch);
      path.setAttribute('d', data.get(key) ?? '');
      this.paths.set(key, path);
      if (part === 'line' || part === 'tick') {
        disclosed.append(path);
        if (part === 'line') group.append(disclosed);
      } else {
        group.append(path);
      }
    }
    this.g.append(group);
  }
}
