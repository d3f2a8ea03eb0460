import { labelBox, noteLines, noteObstacles, noteShapes, noteTextAt, NOTE_FRAME, NOTE_LINE, placeNotes, type NoteBox, type NoteShape, type NoteTarget } from './callouts.ts';
import { labelExtent } from './emphasis.ts';
import { labelWidth } from './label-text.ts';
import { markExtent, type MarkTimes } from './marks.ts';
import { px } from './place.ts';
import { NARROW, WIDE } from './config.ts';
import type { LabelGeometry } from './chart-labels.ts';
import type { LaneBand } from './layout.ts';
import type { Orientation } from './orientation.ts';
import type { ChartCallout, ChartEvent } from './chart-input.ts';
import { LANES } from '../../schemas/vocabulary.ts';

/**
 * The story notes of one layout (content/annotations/): what the notes in the
 * plot (callouts.ts, placeNotes) need — each note's lines, their shapes and
 * the marks it cites, and what every note keeps clear of: the drawn labels,
 * the lanes' names, the axis's break bands — and where each is drawn at the
 * default view (its text, its leader) with the dashed links between linked
 * marks. The build draws the result as it is (TimelineCallouts.astro, markup
 * only); the chart's model carries the same inputs to the script, which
 * places the notes again on every frame (src/timeline/enhance/callouts.ts).
 */
export interface NoteItem {
  /** The title's lines: one line, then (if it splits) two. */
  lines: string[][];
  shapes: NoteShape[];
  /** The cited marks, as indices into the layout's marks (drawing order). */
  cites: number[];
}

/** A note as drawn at the default view: hidden when it found no room near its marks. */
export interface NoteDrawing {
  id: string;
  /** The cited events' ids, comma-separated (?asof= hides a note that cites a later one). */
  cites: string;
  /** Anchors of the first and last cited mark (chart time). */
  from: number;
  to: number;
  shown: boolean;
  /** The first line's start (or, drawn from its far end, its end) and baseline. */
  text: { x: string; y: string; end: boolean };
  /** The first line, with a closing space when a second follows, so the title reads whole as text. */
  first: string;
  /** The second line: under the first (x, dy) when the note takes two lines, else running on after the first. */
  second: { text: string; under: { x: string; dy: number } | null } | null;
  leader: { x1: string; y1: string; x2: string; y2: string; shown: boolean };
}

/** A dashed line between two linked marks: its ends on screen, and the marks' anchors (chart time) and places across. */
export interface NoteLink {
  x1: string;
  y1: string;
  x2: string;
  y2: string;
  a: number;
  b: number;
  aAcross: number;
  bAcross: number;
}

export interface ChartNotes {
  /** Where across notes may go. */
  across: [number, number];
  r: number;
  /** The labels drawn at the default view. */
  labels: NoteBox[];
  /** The lanes' names (wide): fixed boxes at the plot's start. */
  fixed: NoteBox[];
  /** The axis's break bands along time, px at the default view. */
  bands: (readonly [number, number])[];
  items: NoteItem[];
  /** Each note as drawn at the default view, in the callouts' order. */
  drawn: NoteDrawing[];
  links: NoteLink[];
}

/** A mark as the notes see it: its event, times (chart time), place across, and where its label was drawn (null: not drawn). */
export interface NotedMark {
  event: Pick<ChartEvent, 'id'>;
  times: MarkTimes;
  across: number;
  anchor: number;
  label: { g: LabelGeometry; width: number } | null;
}

export interface ChartNotesInput {
  o: Orientation;
  r: number;
  along: readonly [number, number];
  /** Chart time → px along time at the default view. */
  pos: (ms: number) => number;
  bands: (readonly [number, number])[];
  callouts: readonly ChartCallout[];
  marks: readonly NotedMark[];
  lanes: readonly LaneBand[];
  acrossStart: number;
  acrossEnd: number;
}

/** A note's title is 12-px bold italic: about 8% wider than regular. */
export const noteLineWidth = (line: string): number => labelWidth(line, 12 * 1.08);

export function chartNotes(input: ChartNotesInput): ChartNotes {
  const { o, r, marks, along, pos } = input;
  const a0 = along[0];
  const index = new Map(marks.map((m, i) => [m.event.id, i]));
  const across: [number, number] = o.wide ? [input.acrossStart, input.acrossEnd + WIDE.calloutBand] : [NARROW.acrossStart - 8, NARROW.width];
  const labels = marks.flatMap((m) => (m.label ? [labelBox(m.label.g, m.anchor, m.across, m.label.width, o.wide)] : []));
  const fixed = o.wide ? input.lanes.map((lane) => ({ a0, a1: a0 + 8 + labelExtent(LANES[lane.lane], 'lead'), c0: lane.start, c1: lane.start + 18 })) : [];
  const items = input.callouts.map((c): NoteItem => {
    const lines = noteLines(c.title);
    return { lines, shapes: noteShapes(lines, o.wide, noteLineWidth), cites: c.events.flatMap((id) => (index.has(id) ? [index.get(id)!] : [])) };
  });

  // The notes at the default view: clear of every mark in view, the labels, the lanes' names and the breaks.
  const target = (m: NotedMark): NoteTarget => ({ ...markExtent(m.times, pos, r), across: m.across });
  const inView = (t: NoteTarget) => t.hi >= along[0] && t.lo <= along[1];
  const obstacles = noteObstacles({ r, marks: marks.map(target).filter(inView), labels, fixed, bands: input.bands, across });
  const placed = placeNotes(items.map((n) => ({ targets: n.cites.map((i) => target(marks[i]!)).filter(inView), shapes: n.shapes })), obstacles, { along, across, ...NOTE_FRAME[o.name], r });
  const drawn = input.callouts.map((c, i): NoteDrawing => {
    const p = placed[i] ?? null;
    const lines = items[i]!.lines;
    const two = lines[1] ?? null;
    const [x, y] = p ? noteTextAt(p, o) : [0, 0];
    const [x1, y1] = p?.leader ? o.xy(p.leader[0], p.leader[1]) : [0, 0];
    const [x2, y2] = p?.leader ? o.xy(p.leader[2], p.leader[3]) : [0, 0];
    return {
      id: c.id, cites: c.events.join(','), from: c.from, to: c.to,
      shown: p !== null,
      text: { x: px(x), y: px(y + 11), end: p?.end ?? false },
      first: two ? `${two[0]!} ` : lines[0]![0]!,
      second: two ? { text: two[1]!, under: p?.shape === 1 ? { x: px(x), dy: NOTE_LINE } : null } : null,
      leader: { x1: px(x1), y1: px(y1), x2: px(x2), y2: px(y2), shown: Boolean(p?.leader) },
    };
  });

  const links = input.callouts.flatMap((c) => c.links.flatMap((l): NoteLink[] => {
    const a = index.has(l.event) ? marks[index.get(l.event)!]! : undefined;
    const b = index.has(l.to) ? marks[index.get(l.to)!]! : undefined;
    if (!a || !b) return [];
    const [x1, y1] = o.xy(pos(a.times.anchor), a.across);
    const [x2, y2] = o.xy(pos(b.times.anchor), b.across);
    return [{ x1: px(x1), y1: px(y1), x2: px(x2), y2: px(y2), a: a.times.anchor, b: b.times.anchor, aAcross: a.across, bAcross: b.across }];
  }));

  return { across, r, labels, fixed, bands: input.bands, items, drawn, links };
}
