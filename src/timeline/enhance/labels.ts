import { chartLabels, labelGeometry, type LabelFrame, type LabelledMark } from '../model/chart-labels.ts';
import { labelOrder } from '../model/label-layout.ts';
import { writtenObstacles, type WrittenLabel } from '../model/written-labels.ts';
import { CLS, readData, readNumber, sel, type DataName } from '../model/contract.ts';
import { px } from '../model/place.ts';
import type { Orientation } from '../model/orientation.ts';
import type { MarkTimes } from '../model/marks.ts';
import type { Pos } from './chart-types.ts';
import type { DrawnLabel } from './callouts.ts';

/**
 * The marks' labels on every frame: the same layout the build ran
 * (chartLabels, labelGeometry), written back into the label <text> and its
 * leader line inside each mark link. Reads the build's data attributes once;
 * the label order never changes.
 */
interface LabelNode {
  el: SVGTextElement | null;
  leader: SVGLineElement | null;
  shown: boolean;
  led: boolean;
}

type Mark = LabelledMark & { labelAt: number };

/** A leader's attributes, in the order labelGeometry gives its ends. */
const LEADER_ENDS = ['x1', 'y1', 'x2', 'y2'] as const;

/** A data attribute holding a comma-separated list of numbers (empty when absent). */
const list = (el: Element, name: DataName): number[] => {
  const value = readData(el, name);
  return value ? value.split(',').map(Number) : [];
};

export class Labels {
  private readonly nodes: LabelNode[];
  private readonly marks: Mark[];
  private readonly across: number[];
  private readonly order: number[];
  private readonly gap: number;
  private readonly steps: number;
  private readonly frame: LabelFrame;
  /** The axis's breaks (chart time): no label covers one. */
  private readonly bands: { from: number; to: number }[];

  constructor(svg: SVGSVGElement, marks: readonly { el: SVGAElement; times: MarkTimes; across: number }[], private readonly o: Orientation, r: number, private readonly along: readonly [number, number]) {
    const n = readNumber;
    this.gap = n(svg, 'labelGap');
    this.steps = n(svg, 'labelSteps');
    this.frame = { wide: o.wide, r, rowSize: n(svg, 'rowSize'), line: n(svg, 'labelLine'), near: n(svg, 'labelNear') };
    this.nodes = marks.map((m) => {
      const el = m.el.querySelector<SVGTextElement>(`text${sel(CLS.label)}`);
      const leader = m.el.querySelector<SVGLineElement>(`line${sel(CLS.leader)}`);
      return { el, leader, shown: el !== null && el.getAttribute('display') !== 'none', led: leader !== null && leader.getAttribute('display') !== 'none' };
    });
    this.marks = marks.map((m) => ({
      times: m.times,
      track: n(m.el, 'track'),
      block: n(m.el, 'block'),
      clear: list(m.el, 'clear'),
      alternates: list(m.el, 'alt'),
      labelAt: n(m.el, 'labelAt'),
      size: n(m.el, 'size'),
      priority: n(m.el, 'priority'),
    }));
    this.across = marks.map((m) => m.across);
    this.bands = [...svg.querySelectorAll(sel(CLS.axisBreak))].filter((g) => g.querySelector('.tl-break-band')).map((g) => ({ from: n(g, 'from'), to: n(g, 'to') }));
    this.order = labelOrder(marks.map((m) => ({ priority: n(m.el, 'priority'), time: m.times.t0 })));
  }

  /**
   * Lay out and draw this frame's labels. `written` is where the "written
   * here" labels were drawn this frame (WrittenMarkers.render), on their
   * track (Orientation.writtenTrack): narrow, the label column they share.
   */
  render(pos: Pos, include: (i: number) => boolean, written: readonly (WrittenLabel | null)[], width: (i: number) => number): DrawnLabel[] {
    const drawn: DrawnLabel[] = [];
    const options = { wide: this.o.wide, r: this.frame.r, edges: this.along, gap: this.gap, step: this.frame.line / 2, steps: this.steps, obstacles: writtenObstacles(written, this.o.writtenTrack), bands: this.bands.map((b) => [pos(b.from), pos(b.to)] as const) };
    const placed = chartLabels(this.marks, this.order, pos, options, include);
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i]!;
      const label = placed[i] ?? null;
      if (!node.el) continue;
      if (label === null) {
        if (node.shown) node.el.setAttribute('display', 'none');
        if (node.led) node.leader?.setAttribute('display', 'none');
        node.shown = false;
        node.led = false;
        continue;
      }
      if (!node.shown) node.el.removeAttribute('display');
      node.shown = true;
      const mark = this.marks[i]!;
      const g = labelGeometry(label, { ...mark, anchor: pos(mark.times.anchor), across: this.across[i]! }, this.frame);
      drawn.push({ mark: i, g, width: width(i) });
      node.el.setAttribute('x', px(g.x));
      node.el.setAttribute('y', px(g.y));
      if (g.anchor === 'end') node.el.setAttribute('text-anchor', 'end');
      else node.el.removeAttribute('text-anchor');
      const led = g.leader !== null;
      if (led !== node.led) {
        if (led) node.leader?.removeAttribute('display');
        else node.leader?.setAttribute('display', 'none');
        node.led = led;
      }
      if (g.leader) LEADER_ENDS.forEach((name, k) => node.leader?.setAttribute(name, px(g.leader![k]!)));
    }
    return drawn;
  }
}
