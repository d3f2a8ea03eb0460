import { CLS, readNumber, sel } from '../model/contract.ts';
import { px } from '../model/place.ts';
import { brokenTicks } from '../model/ticks.ts';
import type { AxisBreak } from '../model/axis-break.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Pos } from './chart-types.ts';

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
  /** The bands drawn at build time along time (the breaks, and the tint after both pieces), moved each frame. */
  private readonly bands: SVGGElement[];

  constructor(svg: SVGSVGElement, private readonly o: Orientation, private readonly along: readonly [number, number], private readonly spacing: number, private readonly breaks: readonly AxisBreak[] = []) {
    this.grid = svg.querySelector<SVGGElement>(sel(CLS.grid))!;
    this.axis = svg.querySelector<SVGGElement>(sel(CLS.axis))!;
    const line = this.grid.querySelector('line');
    this.across = {
      a: String(Number(line?.getAttribute(`${o.across}1`) ?? 0)),
      b: String(Number(line?.getAttribute(`${o.across}2`) ?? 0)),
      labels: String(Number(this.axis.querySelector('text')?.getAttribute(o.across) ?? 0)),
    };
    this.bands = [...svg.querySelectorAll<SVGGElement>(sel(CLS.axisBreak))];
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
    // The bands: each spans its own chart times (data-from, data-to).
    for (const g of this.bands) {
      const from = pos(readNumber(g, 'from'));
      g.setAttribute('transform', o.translate(from, 0));
      g.firstElementChild?.setAttribute(o.alongSize, px(pos(readNumber(g, 'to')) - from));
    }
    this.grid.replaceChildren(...lines);
    this.axis.replaceChildren(...labels);
  }
}
