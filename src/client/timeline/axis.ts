import { CLS, sel } from '../../lib/timeline/contract.ts';
import { px } from '../../lib/timeline/place.ts';
import { brokenTicks } from '../../lib/timeline/ticks.ts';
import { breakMarks, breakShapes } from '../../lib/timeline/break-marks.ts';
import type { AxisBreak } from '../../lib/timeline/axis-break.ts';
import type { Orientation } from '../../lib/timeline/orientation.ts';
import type { Pos } from './types.ts';

/**
 * The time axis and its grid, redrawn for each frame: the only nodes the
 * script creates per frame (a few dozen at most). Where the grid lines run
 * across, and where the labels sit, is read once from what the build drew.
 */
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

export class Axis {
  private readonly grid: SVGGElement;
  private readonly axis: SVGGElement;
  /** The grid lines' ends across the lanes, and the labels' row (wide) or column (narrow). */
  private readonly across: { a: string; b: string; labels: string };
  /** Where a break's band runs across and its label sits, read from what the build drew (or the grid lines when none is in view). */
  private readonly breakAcross: { a: number; b: number; labels: number };

  constructor(svg: SVGSVGElement, private readonly o: Orientation, private readonly along: readonly [number, number], private readonly spacing: number, private readonly breaks: readonly AxisBreak[] = [], private readonly after: number | null = null) {
    this.grid = svg.querySelector<SVGGElement>(sel(CLS.grid))!;
    this.axis = svg.querySelector<SVGGElement>(sel(CLS.axis))!;
    const line = this.grid.querySelector('line');
    this.across = {
      a: String(Number(line?.getAttribute(`${o.across}1`) ?? 0)),
      b: String(Number(line?.getAttribute(`${o.across}2`) ?? 0)),
      labels: String(Number(this.axis.querySelector('text')?.getAttribute(o.across) ?? 0)),
    };
    const band = svg.querySelector(`rect${sel(CLS.axisBreak)}`);
    const a = Number(band?.getAttribute(o.across) ?? Number(this.across.a) - 6);
    const size = Number(band?.getAttribute(o.acrossSize) ?? Number(this.across.b) - a);
    this.breakAcross = { a, b: a + size, labels: Number(this.across.labels) };
  }

  render(pos: Pos, domain: readonly [number, number]): void {
    const { o } = this;
    // A day's margin: float error must not drop the tick on the plot's edge.
    const ticks = brokenTicks([domain[0] - DAY, domain[1] + DAY], this.breaks, pos, this.spacing);
    const lines: SVGLineElement[] = [];
    const labels: SVGTextElement[] = [];
    for (const tick of ticks) {
      const line = document.createElementNS(SVG, 'line');
      const text = document.createElementNS(SVG, 'text');
      const p = px(tick.pos);
      line.setAttribute(`${o.along}1`, p);
      line.setAttribute(`${o.along}2`, p);
      line.setAttribute(`${o.across}1`, this.across.a);
      line.setAttribute(`${o.across}2`, this.across.b);
      text.setAttribute(o.along, px(tick.pos + o.axisLabelShift));
      text.setAttribute(o.across, this.across.labels);
      text.setAttribute('text-anchor', o.axisLabelAnchor);
      if (tick.major) {
        line.setAttribute('class', CLS.major);
        text.setAttribute('class', CLS.major);
      }
      // Labels come from our own tick function; set as text, never as markup.
      text.textContent = tick.label;
      lines.push(line);
      if (tick.pos >= this.along[0] - 1 && tick.pos <= this.along[1] + 1) labels.push(text);
    }
    // Breaks: a band over the grid, and what it leaves out named where there is room.
    const bands: SVGRectElement[] = [];
    for (const m of breakMarks(this.breaks, pos, this.along, 16)) {
      const shapes = breakShapes(m, o.wide, this.breakAcross);
      const band = document.createElementNS(SVG, 'rect');
      band.setAttribute('class', CLS.axisBreak);
      for (const [k, v] of Object.entries(shapes.band)) band.setAttribute(k, v);
      bands.push(band);
      if (!m.showLabel) continue;
      const text = document.createElementNS(SVG, 'text');
      text.setAttribute('class', `${CLS.axisBreak}-label`);
      for (const [k, v] of Object.entries(shapes.label)) text.setAttribute(k, v);
      text.textContent = `${m.label}, not to scale`;
      labels.push(text);
    }
    // After both pieces: a tint from the day the last was written to the plot's end.
    if (this.after !== null) {
      const at = Math.max(this.along[0], pos(this.after));
      if (at < this.along[1]) {
        const tint = document.createElementNS(SVG, 'rect');
        tint.setAttribute('class', 'tl-after-band');
        const a = this.breakAcross.a;
        tint.setAttribute(o.along, px(at));
        tint.setAttribute(o.alongSize, px(this.along[1] - at));
        tint.setAttribute(o.across, String(a));
        tint.setAttribute(o.acrossSize, String(this.breakAcross.b - a));
        bands.unshift(tint);
      }
    }
    this.grid.replaceChildren(...lines, ...bands);
    this.axis.replaceChildren(...labels);
  }
}
