import { CALLOUT_ROWS, placeCallouts } from '../model/callouts.ts';
import { CLS, sel } from '../model/contract.ts';
import type { LayoutModel } from '../model/chart-model.ts';
import { px } from '../model/place.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Pos } from './chart-types.ts';

/** The story callouts and their links, moved on every frame; their spans come from the chart's model. */
interface Callout {
  g: SVGGElement;
  from: number;
  to: number;
  size: number;
  bracket: SVGPathElement | null;
  text: SVGTextElement | null;
}

/** Where a callout's title goes, per orientation: under its bracket (wide), or turned to run beside it (narrow). */
const TITLE: Record<Orientation['name'], (text: SVGTextElement, across: number, at: string) => void> = {
  wide: (text, across, at) => {
    text.setAttribute('x', at);
    text.setAttribute('y', String(across + 13));
  },
  narrow: (text, across, at) => text.setAttribute('transform', `translate(${across + 4},${at}) rotate(90)`),
};

export class Callouts {
  private readonly groups: Callout[];
  private readonly links: { el: SVGLineElement; a: number; b: number; aAcross: number; bAcross: number }[];
  private readonly top: number;

  /** Callout groups and link lines are drawn in the model's order. */
  constructor(svg: SVGSVGElement, model: LayoutModel['callouts'], private readonly o: Orientation, private readonly along: readonly [number, number]) {
    this.top = model.top;
    const groups = svg.querySelector(sel(CLS.callouts))?.children ?? [];
    const lines = svg.querySelector(sel(CLS.link))?.parentElement?.children ?? [];
    this.groups = model.items.map((c, i) => {
      const g = groups[i] as SVGGElement;
      return { g, from: c.from, to: c.to, size: c.size, bracket: g.firstElementChild as SVGPathElement | null, text: g.lastElementChild as SVGTextElement | null };
    });
    this.links = model.links.flatMap((l, i) => (lines[i] ? [{ el: lines[i] as SVGLineElement, ...l }] : []));
  }

  render(pos: Pos): void {
    const { o } = this;
    for (const l of this.links) {
      const [x1, y1] = o.xy(pos(l.a), l.aAcross);
      const [x2, y2] = o.xy(pos(l.b), l.bAcross);
      l.el.setAttribute('x1', px(x1)); l.el.setAttribute('y1', px(y1));
      l.el.setAttribute('x2', px(x2)); l.el.setAttribute('y2', px(y2));
    }
    const layout = CALLOUT_ROWS[o.name];
    const placed = placeCallouts(this.groups.map((c) => ({ from: pos(c.from), to: pos(c.to), size: c.size })), this.along, layout.rows, 12);
    this.groups.forEach((c, i) => {
      const p = placed[i];
      if (!p) {
        c.g.setAttribute('display', 'none');
        return;
      }
      c.g.removeAttribute('display');
      const across = this.top + p.row * layout.row + layout.inset;
      c.bracket?.setAttribute('d', o.bracket(px(p.from), px(Math.max(p.to, p.from + 1)), across));
      if (c.text) TITLE[o.name](c.text, across, px(p.at));
    });
  }
}
