import { placeCallouts } from '../../lib/timeline/callouts.ts';
import { orientation } from '../../lib/timeline/orientation.ts';
import { px } from '../../lib/timeline/place.ts';

/** The story callouts and their links, moved on every frame from the build's data attributes. */
export class Callouts {
  private readonly groups: { g: SVGGElement; from: number; to: number; size: number; bracket: SVGPathElement | null; text: SVGTextElement | null }[];
  private readonly links: { el: SVGLineElement; a: number; b: number; aAcross: number; bAcross: number }[];
  private readonly top: number;

  constructor(svg: SVGSVGElement, private readonly wide: boolean, private readonly along: readonly [number, number]) {
    const n = (el: Element, name: string) => Number(el.getAttribute(`data-${name}`) ?? 0);
    this.top = n(svg.querySelector('.tl-callouts') ?? svg, 'top');
    this.groups = [...svg.querySelectorAll<SVGGElement>('.tl-callout')].map((g) => ({ g, from: n(g, 'from'), to: n(g, 'to'), size: n(g, 'size'), bracket: g.querySelector('path'), text: g.querySelector('text') }));
    this.links = [...svg.querySelectorAll<SVGLineElement>('.tl-link')].map((el) => ({ el, a: n(el, 'a'), b: n(el, 'b'), aAcross: n(el, 'a-across'), bAcross: n(el, 'b-across') }));
  }

  render(pos: (ms: number) => number): void {
    const o = orientation(this.wide);
    for (const l of this.links) {
      const [x1, y1] = o.xy(pos(l.a), l.aAcross);
      const [x2, y2] = o.xy(pos(l.b), l.bAcross);
      l.el.setAttribute('x1', px(x1)); l.el.setAttribute('y1', px(y1));
      l.el.setAttribute('x2', px(x2)); l.el.setAttribute('y2', px(y2));
    }
    const placed = placeCallouts(this.groups.map((c) => ({ from: pos(c.from), to: pos(c.to), size: c.size })), this.along, this.wide ? 3 : 2, 12);
    this.groups.forEach((c, i) => {
      const p = placed[i];
      if (!p) {
        c.g.setAttribute('display', 'none');
        return;
      }
      c.g.removeAttribute('display');
      const end = px(Math.max(p.to, p.from + 1));
      if (this.wide) {
        const y = this.top + p.row * 22 + 4;
        c.bracket?.setAttribute('d', `M${px(p.from)},${y - 4}v4H${end}v-4`);
        c.text?.setAttribute('x', px(p.at));
        c.text?.setAttribute('y', String(y + 13));
      } else {
        const x = this.top + p.row * 14;
        c.bracket?.setAttribute('d', `M${x - 4},${px(p.from)}h4V${end}h-4`);
        c.text?.setAttribute('transform', `translate(${x + 4},${px(p.at)}) rotate(90)`);
      }
    });
  }
}
