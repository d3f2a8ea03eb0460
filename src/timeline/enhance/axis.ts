import { CLS, sel } from '../model/contract.ts';
import type { LayoutModel } from '../model/chart-model.ts';
import { px } from '../model/place.ts';
import { brokenTicks, tickLabel } from '../model/ticks.ts';
import type { AxisBreak } from '../model/axis-break.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Pos } from './chart-types.ts';

/**
 * The time axis and its grid, redrawn for each frame: the only nodes the
 * script creates per frame (a few dozen at most). Where the grid lines run
 * across, and where the labels sit, come from the chart's model.
 */
const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

export class Axis {
  private readonly along: readonly [number, number];
  private readonly spacing: number;
  /** The chart's length along time (its viewBox): no tick label crosses its edges. */
  private readonly size: number;
  private readonly grid: SVGGElement;
  private readonly axis: SVGGElement;
  /** The grid lines' ends across the lanes, and the labels' row (wide) or column (narrow). */
  private readonly across: { a: string; b: string; labels: string };
  /** The bands drawn at build time along time (the breaks, and the tint after both pieces), moved each frame. */
  private readonly bands: { g: SVGGElement; from: number; to: number }[];

  constructor(svg: SVGSVGElement, layout: LayoutModel, private readonly o: Orientation, private readonly breaks: readonly AxisBreak[] = []) {
    this.along = layout.along;
    this.spacing = layout.tickSpacing || 60;
    this.size = o.wide ? svg.viewBox.baseVal.width : svg.viewBox.baseVal.height;
    this.grid = svg.querySelector<SVGGElement>(sel(CLS.grid))!;
    this.axis = svg.querySelector<SVGGElement>(sel(CLS.axis))!;
    this.across = { a: String(layout.gridAcross[0]), b: String(layout.gridAcross[1]), labels: String(layout.axisAcross) };
    // The bands (TimelineBands.astro) are drawn in the model's order: the tint, then each break.
    const groups = svg.querySelector(sel(CLS.axisBreak))?.parentElement?.children ?? [];
    this.bands = layout.bands.flatMap((b, i) => (groups[i] ? [{ g: groups[i] as SVGGElement, ...b }] : []));
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
      const label = tickLabel(tick, o.wide, this.size);
      text.setAttribute(o.along, px(label.along));
      text.setAttribute(o.across, this.across.labels);
      text.setAttribute('text-anchor', o.axisLabelAnchor);
      if (tick.major) {
        line.setAttribute('class', CLS.major);
        text.setAttribute('class', CLS.major);
      }
      // Labels come from our own tick function; set as text, never as markup.
      text.textContent = label.lines[0]!;
      // A second line (narrow, a dated label's year) starts again at the axis column.
      for (const line of label.lines.slice(1)) {
        const span = document.createElementNS(SVG, 'tspan');
        span.setAttribute(o.across, this.across.labels);
        span.setAttribute('dy', '12');
        span.textContent = line;
        text.append(span);
      }
      lines.push(line);
      if (tick.pos >= this.along[0] - 1 && tick.pos <= this.along[1] + 1) labels.push(text);
    }
    // The bands: each spans its own chart times (from the model).
    for (const band of this.bands) {
      const from = pos(band.from);
      band.g.setAttribute('transform', o.translate(from, 0));
      band.g.firstElementChild?.setAttribute(o.alongSize, px(pos(band.to) - from));
    }
    this.grid.replaceChildren(...lines);
    this.axis.replaceChildren(...labels);
  }
}
