import { chartLabels, type LabelledMark } from '../../lib/timeline/chart-labels.ts';
import { labelOrder } from '../../lib/timeline/label-layout.ts';
import { px } from '../../lib/timeline/place.ts';
import type { MarkTimes } from '../../lib/timeline/marks.ts';

/**
 * The marks' labels on every frame: the same layout the build ran
 * (chartLabels), written back into the label <text> inside each mark link.
 * Reads the build's data attributes once; the label order never changes.
 */
interface LabelNode {
  el: SVGTextElement | null;
  mark: SVGAElement;
  shown: boolean;
}

export class Labels {
  private readonly nodes: LabelNode[];
  private readonly marks: LabelledMark[];
  private readonly across: number[];
  private readonly order: number[];
  private readonly gap: number;
  private readonly column: number;
  private readonly line: number;
  private readonly steps: number;

  constructor(svg: SVGSVGElement, marks: readonly { el: SVGAElement; times: MarkTimes; across: number }[], private readonly wide: boolean, private readonly r: number, private readonly along: readonly [number, number]) {
    const n = (el: Element, name: string) => Number(el.getAttribute(`data-${name}`) ?? 0);
    this.gap = n(svg, 'label-gap');
    this.column = n(svg, 'label-column');
    this.line = n(svg, 'label-line');
    this.steps = n(svg, 'label-steps');
    this.nodes = marks.map((m) => {
      const el = m.el.querySelector<SVGTextElement>('text.tl-label');
      return { el, mark: m.el, shown: el !== null && el.getAttribute('display') !== 'none' };
    });
    this.marks = marks.map((m) => ({ times: m.times, track: n(m.el, 'track'), size: n(m.el, 'size') }));
    this.across = marks.map((m) => m.across);
    this.order = labelOrder(marks.map((m) => ({ priority: n(m.el, 'priority'), time: m.times.t0 })));
  }

  render(pos: (ms: number) => number, include: (i: number) => boolean): void {
    const starts = chartLabels(this.marks, this.order, pos, { wide: this.wide, r: this.r, edges: this.along, gap: this.gap, step: this.line / 2, steps: this.steps }, include);
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i]!;
      const start = starts[i] ?? null;
      if (!node.el) continue;
      if (start === null) {
        if (node.shown) node.el.setAttribute('display', 'none');
        node.shown = false;
        continue;
      }
      if (!node.shown) node.el.removeAttribute('display');
      node.shown = true;
      const anchor = pos(this.marks[i]!.times.anchor);
      if (this.wide) node.el.setAttribute('x', px(start - anchor));
      else {
        node.el.setAttribute('x', px(this.column - this.across[i]!));
        node.el.setAttribute('y', px(start + this.line - 3 - anchor));
      }
    }
  }
}
