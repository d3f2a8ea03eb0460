import { warp } from './axis-break.ts';
import { labelWidth } from './label-text.ts';
import { chartLayout, type ChartLayout, type ChartLayoutInput, type LayoutSettings } from './chart-layout.ts';
import type { MarkShape } from './marks.ts';
import type { Linear } from './zoom-math.ts';
import type { TimeModel } from './time-model.ts';
import type { Lane } from '../../schemas/vocabulary.ts';

/**
 * The chart as its script reads it: one typed model per <timeline-chart>,
 * computed at build time by `chartModel` and written once into the page as
 * a JSON script element (data, never run: the CSP allows it), read once by
 * src/timeline/enhance/chart.ts. It holds what the drawn SVG does not say
 * plainly: each mark's times and label layout, each layout's scale and
 * settings, the "written here" markers' and story callouts' spans. The SVG
 * keeps only what a reader, a stylesheet or a link needs (classes, ids,
 * href, data-id/lane/kind/anchor for the filters, ?asof= and the list).
 * Marks are in drawing order, the same in both layouts (time, then id).
 */
export interface ChartModel {
  time: TimeModel;
  /** Above this many marks the chart is dense; a dense chart shows links only with at most `linksMax` marks in view. */
  denseAbove: number;
  linksMax: number;
  marks: ModelMark[];
  layouts: { wide: LayoutModel; narrow: LayoutModel };
}

/** One mark's times (chart time) and what its popover and label layout need. */
export interface ModelMark {
  id: string;
  lane: Lane;
  shape: MarkShape;
  t0: number;
  t1: number;
  anchor: number;
  disclosed: number | null;
  /** Label priority (emphasis.ts): lower first; UNLABELLED is never drawn. */
  priority: number;
  /** The event's title and date, as the popover heads it. */
  title: string;
  when: string;
  summary: string;
}

/** One mark's place in one layout: across the lanes, and its label's tracks (label-tracks.ts). */
export interface LayoutMark {
  across: number;
  track: number;
  block: number;
  clear: number[];
  alternates: number[];
  labelAt: number;
  size: number;
}

export interface LayoutModel extends LayoutSettings {
  orientation: 'wide' | 'narrow';
  /** Chart time → pixels at zoom 1; the plot's ends along time; the record's ends (chart time). */
  base: Linear;
  along: [number, number];
  bounds: [number, number];
  /** Grid lines' ends across, and the axis labels' row (wide) or column (narrow). */
  gridAcross: [number, number];
  axisAcross: number;
  marks: LayoutMark[];
  /** The "written here" markers: their days (chart time) and labels' half lengths and texts. */
  written: { from: number; to: number; room: number; shortRoom: number; label: string; short: string }[];
  /** Bands along time (the tint after both pieces, then each break), chart time. */
  bands: { from: number; to: number }[];
  callouts: {
    /** Where the callouts' band (wide) or column (narrow) starts across. */
    top: number;
    items: { from: number; to: number; size: number }[];
    /** Dashed links between two marks: their anchors (chart time) and places across. */
    links: { a: number; b: number; aAcross: number; bAcross: number }[];
  };
}

export interface ChartModelInput extends ChartLayoutInput {
  time: TimeModel;
  /** When the chart is dense (src/timeline/dense/model/thresholds.ts): the page decides, the model carries it to the script. */
  density: { denseAbove: number; linksMax: number };
}

/** Callout titles' font size (TimelineCallouts.astro draws them at 12 px). */
const CALLOUT_FONT = 12;

/** The model of one layout, from its drawing. */
export function layoutModel(layout: ChartLayout, input: ChartModelInput): LayoutModel {
  const byId = new Map(layout.placed.map((m) => [m.event.id, m]));
  const links = input.callouts.flatMap((c) => c.links.flatMap((l) => {
    const a = byId.get(l.event);
    const b = byId.get(l.to);
    return a && b ? [{ a: a.times.anchor, b: b.times.anchor, aAcross: a.across, bAcross: b.across }] : [];
  }));
  const { breaks, after } = input.time;
  return {
    orientation: layout.orientation,
    ...layout.settings,
    base: layout.base,
    along: [layout.along[0], layout.along[1]],
    bounds: [layout.bounds[0], layout.bounds[1]],
    gridAcross: [layout.gridAcross[0], layout.gridAcross[1]],
    axisAcross: layout.axisAcross,
    marks: layout.marks.map((m) => ({ across: m.across, track: m.track, block: m.block, clear: m.clear, alternates: m.alternates, labelAt: m.labelAt, size: m.size })),
    written: layout.written.map((w) => ({ from: w.piece.from, to: w.piece.to, room: w.room, shortRoom: w.shortRoom, label: w.piece.label, short: w.piece.short })),
    bands: [...(after === null ? [] : [{ from: after, to: layout.bounds[1] }]), ...breaks.map((b) => ({ from: warp(breaks, b.from), to: warp(breaks, b.to) }))],
    callouts: {
      top: layout.calloutTop,
      items: input.callouts.map((c) => ({ from: c.from, to: c.to, size: labelWidth(c.title, CALLOUT_FONT) })),
      links,
    },
  };
}

/** Both layouts' drawings and the model the script reads, from the chart's inputs. */
export function chartModel(input: ChartModelInput): { model: ChartModel; wide: ChartLayout; narrow: ChartLayout } {
  const wide = chartLayout(input, 'wide');
  const narrow = chartLayout(input, 'narrow');
  const marks = wide.marks.map(({ event, times }): ModelMark => ({
    id: event.id,
    lane: event.lane,
    shape: times.shape,
    t0: times.t0,
    t1: times.t1,
    anchor: times.anchor,
    disclosed: times.disclosed,
    priority: event.priority,
    title: `${event.title}, ${event.when}`,
    when: event.when,
    summary: event.summary,
  }));
  return {
    model: { time: input.time, ...input.density, marks, layouts: { wide: layoutModel(wide, input), narrow: layoutModel(narrow, input) } },
    wide,
    narrow,
  };
}

/** The model as the text of its script element: JSON with "<" escaped, so no markup can end the element early. */
export function chartModelJson(model: ChartModel): string {
  return JSON.stringify(model).replace(/</g, '\\u003c');
}
