import { chartLabels, type LabelledMark } from '../../lib/timeline/chart-labels.ts';
import { CLS, readNumber, sel } from '../../lib/timeline/contract.ts';
import { labelOrder } from '../../lib/timeline/label-layout.ts';
import { px } from '../../lib/timeline/place.ts';
import type { Orientation } from '../../lib/timeline/orientation.ts';
import type { MarkTimes } from '../../lib/timeline/marks.ts';
import type { Pos } from './types.ts';

/**
 * The marks' labels on every frame: the same layout the build ran
 * (chartLabels), written back into the label <text> inside each mark link.
 * Reads the build's data attributes once; the label order never changes.
 */
interface LabelNode {
  el: SVGTextElement | null;
  shown: boolean;
}

interface Settings {
  gap: number;
  /** Narrow: where the label column starts across, the line height and the steps a label may move. */
  column: number;
  line: number;
  steps: number;
}

/** Where a placed label's text goes, relative to its mark: beside it along time (wide), or in the label column (narrow). */
const PLACE: Record<Orientation['name'], (el: SVGTextElement, start: number, anchor: number, across: number, s: Settings) => void> = {
  wide: (el, start, anchor) => el.setAttribute('x', px(start - anchor)),
  narrow: (el, start, anchor, across, s) => {
    el.setAttribute('x', px(s.column - across));
    el.setAttribute('y', px(start + s.line - 3 - anchor));
  },
};

export class Labels {
  private readonly nodes: LabelNode[];
  private readonly marks: LabelledMark[];
  private readonly across: number[];
  private readonly order: number[];
  private readonly s: Settings;

  constructor(svg: SVGSVGElement, marks: readonly { el: SVGAElement; times: MarkTimes; across: number }[], private readonly o: Orientation, private readonly r: number, private readonly along: readonly [number, number]) {
    this.s = { gap: readNumber(svg, 'labelGap'), column: readNumber(svg, 'labelColumn'), line: readNumber(svg, 'labelLine'), steps: readNumber(svg, 'labelSteps') };
    this.nodes = marks.map((m) => {
      const el = m.el.querySelector<SVGTextElement>(`text${sel(CLS.label)}`);
      return { el, shown: el !== null && el.getAttribute('display') !== 'none' };
    });
    this.marks = marks.map((m) => ({ times: m.times, track: readNumber(m.el, 'track'), size: readNumber(m.el, 'size') }));
    this.across = marks.map((m) => m.across);
    this.order = labelOrder(marks.map((m) => ({ priority: readNumber(m.el, 'priority'), time: m.times.t0 })));
  }

  render(pos: Pos, include: (i: number) => boolean): void {
    const { s } = this;
    const starts = chartLabels(this.marks, this.order, pos, { wide: this.o.wide, r: this.r, edges: this.along, gap: s.gap, step: s.line / 2, steps: s.steps }, include);
    const place = PLACE[this.o.name];
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
      place(node.el, start, pos(this.marks[i]!.times.anchor), this.across[i]!, s);
    }
  }
}
