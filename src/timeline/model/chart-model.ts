import type { NoteBox } from './callouts.ts';
import type { NoteItem } from './chart-notes.ts';
import { chartLayout, type ChartLayout, type ChartLayoutInput, type LayoutSettings } from './chart-layout.ts';
import { markInView } from './place.ts';
import { MARGIN } from './config.ts';
import type { MarkShape } from './marks.ts';
import type { Linear } from './zoom-math.ts';
import type { TimeModel } from './time-model.ts';
import type { Lane } from '../../schemas/vocabulary.ts';
import { keptLabel } from './emphasis.ts';

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
  /** A label a reader must find (keptLabel in emphasis.ts); absent for the rest. */
  keep?: true;
  /** A lead mark, drawn larger; absent for the rest. */
  lead?: true;
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
  /** Its label's drawn width (px): the box the story notes keep clear of. */
  extent: number;
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
  /** The axis's breaks (chart time): no label and no story note covers one. */
  breaks: { from: number; to: number }[];
  /** The story notes in the plot (chart-notes.ts), placed again on every frame by placeNotes. */
  notes: {
    /** Where across notes may go. */
    span: [number, number];
    /** The lanes' names (wide): fixed boxes every note keeps clear of. */
    fixed: NoteBox[];
    /** Each note's lines, their shapes, and the marks it cites (indices into `marks`). */
    items: NoteItem[];
    /** Dashed links between two marks: their anchors (chart time) and places across. */
    links: { a: number; b: number; aAcross: number; bAcross: number }[];
  };
}

/** The layout's inputs, with the time model (whose `after` tints the period after both pieces). */
export interface ChartModelInput extends Omit<ChartLayoutInput, 'after'> {
  time: TimeModel;
  /** When the chart is dense (src/timeline/dense/model/thresholds.ts): the page decides, the model carries it to the script. */
  density: { denseAbove: number; linksMax: number };
}

/** The model of one layout, from its drawing. */
export function layoutModel(layout: ChartLayout): LayoutModel {
  const links = layout.notes.links.map(({ a, b, aAcross, bAcross }) => ({ a, b, aAcross, bAcross }));
  const bands = layout.bands.map((b) => ({ from: b.from, to: b.to }));
  return {
    orientation: layout.orientation,
    ...layout.settings,
    base: layout.base,
    along: [layout.along[0], layout.along[1]],
    bounds: [layout.bounds[0], layout.bounds[1]],
    gridAcross: [layout.gridAcross[0], layout.gridAcross[1]],
    axisAcross: layout.axisAcross,
    marks: layout.marks.map((m) => ({ across: m.across, track: m.track, block: m.block, clear: m.clear, alternates: m.alternates, labelAt: m.labelAt, size: m.size, extent: m.extent })),
    written: layout.written.map((w) => ({ from: w.piece.from, to: w.piece.to, room: w.room, shortRoom: w.shortRoom, label: w.piece.label, short: w.piece.short })),
    bands,
    breaks: layout.bands.flatMap((b) => (b.kind === 'break' ? [{ from: b.from, to: b.to }] : [])),
    notes: { span: layout.notes.across, fixed: layout.notes.fixed, items: layout.notes.items, links },
  };
}

/** A dense chart's marks outside the default view, marked to be drawn hidden (MarkDrawing.offView). */
function hideOffView(layout: ChartLayout, dense: boolean): ChartLayout {
  if (!dense) return layout;
  return { ...layout, marks: layout.marks.map((m) => ({ ...m, offView: !markInView(m.times, layout.pos, layout.along, MARGIN) })) };
}

/** Both layouts' drawings and the model the script reads, from the chart's inputs. */
export function chartModel(input: ChartModelInput): { model: ChartModel; wide: ChartLayout; narrow: ChartLayout } {
  const layoutInput = { ...input, after: input.time.after };
  const dense = input.events.length > input.density.denseAbove;
  const wide = hideOffView(chartLayout(layoutInput, 'wide'), dense);
  const narrow = hideOffView(chartLayout(layoutInput, 'narrow'), dense);
  const marks = wide.marks.map(({ event, times }): ModelMark => ({
    id: event.id,
    lane: event.lane,
    shape: times.shape,
    t0: times.t0,
    t1: times.t1,
    anchor: times.anchor,
    disclosed: times.disclosed,
    priority: event.priority,
    ...(keptLabel(event.emphasis, event.kind) ? { keep: true as const } : {}),
    ...(event.emphasis === 'lead' ? { lead: true as const } : {}),
    title: `${event.title}, ${event.when}`,
    when: event.when,
    summary: event.summary,
  }));
  return {
    model: { time: input.time, ...input.density, marks, layouts: { wide: layoutModel(wide), narrow: layoutModel(narrow) } },
    wide,
    narrow,
  };
}

/** The model as the text of its script element: JSON with "<" escaped, so no markup can end the element early. */
export function chartModelJson(model: ChartModel): string {
  return JSON.stringify(model).replace(/</g, '\\u003c');
}
