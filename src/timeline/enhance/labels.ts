import { chartLabels, labelGeometry, type LabelFrame, type LabelledMark } from '../model/chart-labels.ts';
import { KEPT } from '../model/emphasis.ts';
import { labelOrder } from '../model/label-layout.ts';
import { writtenObstacles, type WrittenLabel } from '../model/written-labels.ts';
import { px } from '../model/place.ts';
import type { Orientation } from '../model/orientation.ts';
import type { LayoutModel } from '../model/chart-model.ts';
import type { Mark as DrawnMark, Pos } from './chart-types.ts';
import type { DrawnLabel } from './callouts.ts';

/**
 * The marks' labels on every frame: the same layout the build ran
 * (chartLabels, labelGeometry), written back into the label <text> and its
 * leader line inside each mark link. Its tracks come from the chart's model;
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

export class Labels {
  private readonly nodes: LabelNode[];
  private readonly marks: Mark[];
  private readonly across: number[];
  private readonly order: number[];
  private readonly gap: number;
  private readonly steps: number;
  private readonly frame: LabelFrame;
  /** The axis's breaks (chart time): no label covers one. */
  private readonly bands: readonly { from: number; to: number }[];
  /** Each label's drawn width (px), for the boxes the story notes keep clear of. */
  private readonly widths: number[];

  constructor(marks: readonly DrawnMark[], layout: LayoutModel, private readonly o: Orientation, private readonly along: readonly [number, number]) {
    this.gap = layout.labelGap;
    this.steps = layout.labelSteps;
    this.frame = { wide: o.wide, r: layout.r, rowSize: layout.rowSize, line: layout.labelLine, near: layout.labelNear };
    this.nodes = marks.map(({ label: el, leader }) => ({ el, leader, shown: el !== null && el.getAttribute('display') !== 'none', led: leader !== null && leader.getAttribute('display') !== 'none' }));
    this.marks = marks.map((m, i) => {
      const l = layout.marks[i]!;
      // Narrow, the labels a reader must find come first (KEPT).
      return { times: m.times, track: l.track, block: l.block, clear: l.clear, alternates: l.alternates, labelAt: l.labelAt, size: l.size, priority: !o.wide && m.model.keep ? KEPT : m.model.priority, lead: m.model.lead === true };
    });
    this.across = marks.map((m) => m.across);
    this.bands = layout.breaks;
    this.widths = layout.marks.map((l) => l.extent);
    this.order = labelOrder(this.marks.map((m) => ({ priority: m.priority ?? 0, time: m.times.t0 })));
  }

  /**
   * Lay out and draw this frame's labels. `written` is where the "written
   * here" labels were drawn this frame (WrittenMarkers.render), on their
   * track (Orientation.writtenTrack): narrow, the label column they share.
   */
  render(pos: Pos, include: (i: number) => boolean, written: readonly (WrittenLabel | null)[]): DrawnLabel[] {
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
      drawn.push({ mark: i, g, width: this.widths[i] ?? 0 });
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
