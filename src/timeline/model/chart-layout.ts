/**
 * The whole drawing of one layout of the chart ("wide": time left to right;
 * "narrow": time top to bottom), computed once at build time: every position
 * the no-JS SVG shows (src/timeline/draw/TimelineChart.astro only writes it
 * out as markup) and every number the script needs to move it (chart-model.ts
 * picks those out for the page's JSON model). Pure: same input, same drawing.
 * Long because marks, labels, lanes, axis and notes are one drawing that
 * shares one scale and one label pass; the notes' own rules are in chart-notes.ts.
 */
import { layoutTimeline, type LaneBand } from './layout.ts';
import { timeScale } from './scale.ts';
import { placeMark, px } from './place.ts';
import { markBoxes, writtenLabels, writtenObstacles, writtenSpan } from './written-labels.ts';
import { brokenTicks, tickLabel } from './ticks.ts';
import { warp, type AxisBreak } from './axis-break.ts';
import { directionPath, kindPath } from './shapes.ts';
import { KEPT, LABEL_STYLE, UNLABELLED, keptLabel, labelExtent } from './emphasis.ts';
import { DEFAULT_VIEW, LANE_ORDER, NARROW, SHORT_LANES, WIDE } from './config.ts';
import { chartLabels, labelGeometry, type LabelGeometry } from './chart-labels.ts';
import { labelOrder } from './label-layout.ts';
import { labelTracks, type LabelTracks } from './label-tracks.ts';
import { fitLabel, labelWidth, CHAR_EM } from './label-text.ts';
import { chartNotes, type ChartNotes } from './chart-notes.ts';
import { chartBands, type BandDrawing } from './chart-bands.ts';
import { CLS, hatchId, clipId } from './contract.ts';
import { orientationNamed, type Orientation } from './orientation.ts';
import type { MarkTimes } from './marks.ts';
import type { Linear } from './zoom-math.ts';
import type { ChartCallout, ChartEvent, ChartPiece } from './chart-input.ts';
import { LANES, type Lane } from '../../schemas/vocabulary.ts';

/** SVG attributes, written out as they are. */
export type Attrs = Record<string, string | number>;

export interface ChartLayoutInput {
  events: readonly ChartEvent[];
  /** The pieces' days, in chart time. */
  pieces: readonly ChartPiece[];
  callouts: readonly ChartCallout[];
  breaks: readonly AxisBreak[];
  /** The whole record, in chart time: the zoom's limits. */
  bounds: readonly [number, number];
  /** When both pieces had been written (chart time): the period after it is tinted; null if not both were. */
  after: number | null;
}

/** The layout's fixed settings, which the script's label layout and axis repeat on every frame. */
export interface LayoutSettings {
  r: number;
  tickSpacing: number;
  labelGap: number;
  labelSteps: number;
  labelLine: number;
  labelNear: number;
  rowSize: number;
  /** Narrow: where the "written here" labels end across (they run back across the lanes and keep off the marks). */
  writtenEnd: number;
}

export interface LaneDrawing {
  lane: Lane;
  odd: boolean;
  rect: { x: number; y: number; width: number; height: number };
  /** The lane's name: where it sits, and its lines (one when wide, two when narrow). */
  head: Attrs & { x: number };
  lines: readonly string[];
}

export interface TickDrawing {
  major: boolean;
  line: Attrs;
  label: Attrs;
  /** One line, or two (narrow: a dated label's month over its year). */
  lines: string[];
}

export interface MarkDrawing extends LabelTracks {
  event: ChartEvent;
  /** Times in chart time. */
  times: MarkTimes;
  across: number;
  transform: string;
  /** Where the mark sits along time at the default view (px), and its label's geometry there. */
  anchor: number;
  geometry: LabelGeometry;
  bar: { cls: string; attrs: Attrs } | null;
  disclosed: { line: Attrs; tick: string } | null;
  symbol: string;
  direction: string | null;
  label: { text: string; x: string; y: string; end: boolean; shown: boolean };
  leader: { x1: string; y1: string; x2: string; y2: string; shown: boolean };
  /** The label's length along time (wide: its width; narrow: its line). */
  size: number;
  /** The drawn label's width (px), as the story notes measure it. */
  extent: number;
  /**
   * Drawn hidden: a dense chart's mark outside the default view (chartModel
   * decides). Without the script the chart never leaves that view, and with
   * it a dense chart takes such marks out of the document at once, so the
   * browser need not style and lay out thousands of marks nobody sees.
   */
  offView: boolean;
}

export interface WrittenDrawing {
  piece: ChartPiece;
  transform: string;
  rect: Attrs;
  label: { text: string; attrs: Attrs; shown: boolean };
  /** Half the label's length (and the short label's), estimated from its characters. */
  room: number;
  shortRoom: number;
}

export interface ChartLayout {
  orientation: Orientation['name'];
  width: number;
  height: number;
  base: Linear;
  along: readonly [number, number];
  bounds: readonly [number, number];
  settings: LayoutSettings;
  /** A mark's hit area, square, centred on it. */
  hit: number;
  hatch: string;
  clip: string;
  plot: { x: number; y: number; width: number; height: number };
  lanes: LaneDrawing[];
  ticks: TickDrawing[];
  /** Where grid lines run across, and where the axis labels sit across. */
  gridAcross: readonly [number, number];
  axisAcross: number;
  /** Where the bands along time (breaks, the tint after both pieces) run across. */
  bandAcross: [number, number];
  marks: MarkDrawing[];
  written: WrittenDrawing[];
  /** The tint after both pieces, then each break of the axis (chart-bands.ts). */
  bands: BandDrawing[];
  /** The story notes in the plot: what they keep clear of, and each note's lines, shapes and cited marks (chart-notes.ts). */
  notes: ChartNotes;
  edges: { earlier: { x: number; y: number; text: string }; later: { x: number; y: number; text: string; end: boolean } };
  /** Chart time → pixels along time at the default view. */
  pos: (ms: number) => number;
}

/** Half a "written here" label's length in pixels: an estimate from its characters (bold italic at the chart's size). */
const halfLength = (text: string): number => text.length * 4;

export function chartLayout(input: ChartLayoutInput, name: Orientation['name']): ChartLayout {
  const { events, pieces, breaks } = input;
  const o = orientationNamed(name);
  const d = { wide: WIDE, narrow: NARROW }[name];
  const w = (t: number) => warp(breaks, t);
  const view: [number, number] = [w(DEFAULT_VIEW[0]), w(DEFAULT_VIEW[1])];
  /** A label's length along time (wide), or its line height (narrow, where labels run across). Bold runs about 8% wider. */
  const labelSize = (e: ChartEvent) => (o.wide ? labelWidth(e.text, LABEL_STYLE[e.emphasis].bold ? LABEL_STYLE[e.emphasis].font * 1.08 : LABEL_STYLE[e.emphasis].font) : NARROW.labelLine);
  const sizeOf = new Map(events.map((e) => [e, labelSize(e)]));
  const layout = layoutTimeline(events, {
    view, warp: w, along: d.along, lanes: LANE_ORDER,
    acrossStart: d.acrossStart, laneHeader: d.laneHeader, rowSize: d.rowSize, lanePad: d.lanePad, r: d.r, gap: d.gap,
    ...(o.wide ? { labelRoom: (e: ChartEvent) => (e.priority < UNLABELLED ? (sizeOf.get(e) ?? 0) + 2 * WIDE.labelGap : 0), labelRows: WIDE.labelRows } : { minLane: NARROW.minLane, mirror: true }),
  });
  // A China–DPRK label is drawn whole; where labels run across the chart (narrow), the other lanes' are cut to the room left.
  const textOf = (event: ChartEvent, labelAt: number) => {
    const chars = Math.floor((NARROW.width - labelAt - 2) / (NARROW.labelFont * CHAR_EM));
    return o.cutLabels && event.lane !== 'china-dprk' ? fitLabel(event.text, chars, { kind: event.kind, lead: event.emphasis === 'lead' }) : event.text;
  };
  const tracks = labelTracks(layout.marks, layout.lanes, { wide: o.wide, labelGap: NARROW.labelGap, r: d.r, width: (i, labelAt) => labelExtent(textOf(layout.marks[i]!.event, labelAt), layout.marks[i]!.event.emphasis) });
  // Narrow, the labels a reader must find come first (KEPT).
  const labelled = layout.marks.map((m, i) => ({
    times: m.times, ...tracks[i]!, size: sizeOf.get(m.event) ?? 0,
    priority: !o.wide && keptLabel(m.event.emphasis, m.event.kind) ? KEPT : m.event.priority, lead: m.event.emphasis === 'lead',
  }));
  const order = labelOrder(labelled.map((m) => ({ priority: m.priority, time: m.times.t0 })));
  const scale = timeScale(view, d.along);
  const pos = (ms: number) => scale(new Date(ms));
  const [a0, a1] = d.along;
  const laneEnd = layout.acrossEnd;
  const frame = o.wide
    ? { width: WIDE.width, height: laneEnd + WIDE.calloutBand + WIDE.footer, plotAcross: [WIDE.axisRow - 14, laneEnd] as const }
    : { width: NARROW.width, height: NARROW.along[1] + 28, plotAcross: [0, NARROW.width] as const };
  const { width, height } = frame;

  const spans = pieces.map((p) => writtenSpan(p.from, p.to, pos));
  // Narrow, the "written here" labels run back across the lanes from the chart's right edge: they keep off the marks.
  const clear = o.wide ? undefined : { marks: markBoxes(layout.marks, pos, d.r, d.along), end: NARROW.writtenEnd };
  const labels = writtenLabels(pieces.map((p, i) => ({ ...spans[i]!, room: halfLength(p.label), shortRoom: halfLength(p.short) })), d.along, o.wide, clear);
  const obstacles = writtenObstacles(labels, o.writtenTrack);
  /** The axis's breaks along time (px): no label covers one. */
  const bands = breaks.map((b) => [pos(w(b.from)), pos(w(b.to))] as const);
  const starts = chartLabels(labelled, order, pos, { wide: o.wide, r: d.r, edges: d.along, gap: d.labelGap, step: NARROW.labelLine / 2, steps: NARROW.labelSteps, obstacles, bands });
  const labelFrame = { wide: o.wide, r: d.r, rowSize: d.rowSize, line: NARROW.labelLine, near: d.labelNear };
  const axisAcross = o.wide ? WIDE.axisRow : NARROW.axisColumn;
  const bandAcross: [number, number] = o.wide ? [d.acrossStart - 6, laneEnd] : [d.acrossStart - 6, NARROW.width];
  const ticks = brokenTicks(view, breaks, pos, d.tickSpacing).map((t) => {
    const { along, lines } = tickLabel(t, o.wide, o.wide ? width : height);
    return {
      major: t.major,
      line: { [`${o.along}1`]: px(t.pos), [`${o.along}2`]: px(t.pos), [`${o.across}1`]: d.acrossStart, [`${o.across}2`]: laneEnd },
      label: { [o.along]: px(along), [o.across]: axisAcross, 'text-anchor': o.axisLabelAnchor },
      lines,
    };
  });

  const marks = layout.marks.map(({ event, times, across }, i): MarkDrawing => {
    const track = labelled[i]!;
    const place = placeMark(times, pos);
    const placed = starts[i] ?? null;
    const text = textOf(event, track.labelAt);
    const g = labelGeometry(placed ?? { start: place.anchor, track: track.track }, { ...track, anchor: place.anchor, across }, labelFrame);
    const [x1, y1, x2, y2] = (g.leader ?? [0, 0, 0, 0]).map(px) as [string, string, string, string];
    const band = times.shape === 'band';
    const bar = place.bar && {
      cls: band ? CLS.band : CLS.bar,
      attrs: { [o.along]: px(place.bar[0]), [o.alongSize]: px(place.bar[1]), [o.across]: band ? -d.r : -3, [o.acrossSize]: band ? 2 * d.r : 6, ...(band ? { fill: `url(#${hatchId(name)})` } : {}) },
    };
    const disclosed = place.disclosed === null ? null : { line: { x1: '0', y1: '0', [`${o.along}2`]: px(place.disclosed), [`${o.across}2`]: '0' }, tick: o.tickAcross(px(place.disclosed), d.r) };
    return {
      event, times, across, ...tracks[i]!, size: track.size, extent: labelExtent(text, event.emphasis),
      transform: o.translate(place.anchor, across),
      anchor: place.anchor,
      geometry: g,
      bar, disclosed,
      symbol: kindPath(event.kind, d.r),
      direction: event.direction ? directionPath(event.direction, d.r) : null,
      label: { text, x: px(g.x), y: px(g.y), end: g.anchor === 'end', shown: placed !== null },
      leader: { x1, y1, x2, y2, shown: placed !== null && g.leader !== null },
      offView: false,
    };
  });

  const written = pieces.map((p, i): WrittenDrawing => {
    const { from, to } = spans[i]!;
    const label = labels[i] ?? null;
    const at = label?.at ?? pos(p.from);
    return {
      piece: p,
      transform: o.translate(from, 0),
      rect: { class: p.window ? 'window' : 'day', [o.along]: 0, [o.across]: d.acrossStart - 6, [o.alongSize]: px(to - from), [o.acrossSize]: laneEnd - d.acrossStart + 6 },
      // Wide: centred on its marker in a row above the axis, with a short form for crowded views. Narrow: ending at the
      // column's edge, level with its day or inside its window, whole or short, off every mark it crosses.
      label: { text: label?.short ? p.short : p.label, attrs: o.wide ? { x: px(at), y: WIDE.writtenRow, 'text-anchor': label?.anchor ?? 'middle' } : { x: NARROW.writtenEnd, y: px(at - 4), 'text-anchor': 'end' }, shown: label !== null },
      room: halfLength(p.label),
      shortRoom: halfLength(p.short),
    };
  });

  const lanes = layout.lanes.map((lane: LaneBand, i): LaneDrawing => {
    const [x, y] = o.xy(0, lane.start);
    const [rw, rh] = o.xy(o.wide ? width : height, lane.size);
    // The lane's name: one line in the lane's corner (wide), or a short name on two lines over its column (narrow).
    const head = o.wide ? { at: { x: a0 + 4, y: lane.start + 14 }, lines: [LANES[lane.lane]] } : { at: { x: lane.start + lane.size / 2, y: a0 - 40, 'text-anchor': 'middle' }, lines: SHORT_LANES[lane.lane] };
    return { lane: lane.lane, odd: i % 2 === 1, rect: { x, y, width: rw, height: rh }, head: head.at, lines: head.lines };
  });

  const [plotX, plotY] = o.xy(a0, frame.plotAcross[0]);
  const [plotW, plotH] = o.xy(a1 - a0, frame.plotAcross[1] - frame.plotAcross[0]);
  const earlier = events.filter((e) => w(e.t1) <= view[0]).length;
  const later = events.filter((e) => w(e.t0) >= view[1]).length;
  const [ex, ey] = o.wide ? o.xy(a0, height - 8) : o.xy(a0 - 14, NARROW.acrossStart);
  const [lx, ly] = o.wide ? o.xy(a1, height - 8) : o.xy(a1 + 20, NARROW.acrossStart);
  return {
    orientation: name, width, height,
    base: layout.base, along: d.along, bounds: input.bounds,
    settings: { r: d.r, tickSpacing: d.tickSpacing, labelGap: d.labelGap, labelSteps: NARROW.labelSteps, labelLine: NARROW.labelLine, labelNear: d.labelNear, rowSize: d.rowSize, writtenEnd: o.wide ? WIDE.width : NARROW.writtenEnd },
    hit: d.hit,
    hatch: hatchId(name),
    clip: clipId(name),
    plot: { x: plotX, y: plotY, width: plotW, height: plotH },
    lanes,
    ticks,
    gridAcross: [d.acrossStart, laneEnd],
    axisAcross,
    bandAcross,
    marks,
    written,
    // A break's name is centred in the first lane's rows (wide), clear of every lane's name.
    bands: chartBands({ o, breaks, after: input.after, end: input.bounds[1], pos, across: bandAcross, labelMid: o.wide && layout.lanes[0] ? layout.lanes[0].start + (d.laneHeader + layout.lanes[0].size) / 2 : undefined }),
    notes: chartNotes({ o, r: d.r, along: d.along, pos, bands, callouts: input.callouts, marks: marks.map((m) => ({ event: m.event, times: m.times, across: m.across, anchor: m.anchor, label: m.label.shown ? { g: m.geometry, width: m.extent } : null })), lanes: layout.lanes, acrossStart: d.acrossStart, acrossEnd: laneEnd }),
    edges: {
      earlier: { x: ex, y: ey, text: earlier > 0 ? `${o.earlierArrow} ${earlier} earlier` : '' },
      later: { x: lx, y: ly, text: later > 0 ? `${later} later ${o.laterArrow}` : '', end: o.wide },
    },
    pos,
  };
}
