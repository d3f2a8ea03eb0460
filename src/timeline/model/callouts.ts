/**
 * Where the story notes (content/annotations/) go: in the plot, next to the
 * marks they describe, as a newsroom's annotated chart places them — a short
 * title in free space as close to its marks as it will go, joined to the
 * nearest one by a thin leader when it is not right beside it. A note never
 * covers a mark, a label, a lane's name or another note; one that finds no
 * room within reach of its marks is not drawn in the plot (the notes under
 * the chart still give it). Everything is in the chart's own coordinates,
 * "along" time and "across" the lanes, so one function serves both layouts.
 * Pure; the build (the no-JS SVG) and every zoom frame share it.
 *
 * Long because the placement is one search: candidates ring by ring, the
 * obstacles they must clear and the score that picks one share their boxes,
 * and splitting them would spread one rule over three files.
 */
import type { Orientation } from './orientation.ts';

/** A box in chart coordinates: [a0, a1] along time, [c0, c1] across. */
export interface NoteBox {
  a0: number;
  a1: number;
  c0: number;
  c1: number;
}

/** A mark a note describes: its extent along time and its centre across. */
export interface NoteTarget {
  lo: number;
  hi: number;
  across: number;
}

/** A way to set a note's text: its box's size along and across (one line, or two). */
export interface NoteShape {
  along: number;
  across: number;
}

export interface NoteRequest {
  /** The cited marks in view (those out of view are left out by the caller). */
  targets: readonly NoteTarget[];
  /** Its text's shapes, best first (one line before two). */
  shapes: readonly NoteShape[];
}

export interface NoteFrame {
  /** Where a note's box may lie: the plot along time, and across. */
  along: readonly [number, number];
  across: readonly [number, number];
  /** Candidate spacing along and across (px): a note level with its mark may also sit one or two steps across. */
  step: readonly [number, number];
  /** Farthest (px) a note may sit from its nearest mark. */
  reach: number;
  /** Clear space kept around a note. */
  gap: number;
  /** Symbol radius: a mark is this wide either side of its centre line across. */
  r: number;
  /** A note closer than this to its mark needs no leader. */
  near: number;
  /** What a second line costs, in px of distance (one line reads faster). */
  linePenalty: number;
  /** Whether text runs along time (wide) or across (narrow): which side of its box a note's text is drawn from. */
  textAlong: boolean;
}

export interface PlacedNote {
  /** Index into the request's shapes. */
  shape: number;
  box: NoteBox;
  /** From the box's nearest point to the mark (along, across pairs), or null when the note sits by its mark. */
  leader: readonly [number, number, number, number] | null;
  /**
   * The note lies before its mark in the direction its text runs, so its
   * text is drawn from the box's far end (right-aligned): the width estimate's
   * slack then falls away from the mark, and the leader meets the text.
   */
  end: boolean;
}

/**
 * The nearest points of a note's box and a mark (the mark as a box: its
 * extent along time, its radius either side of its centre line across), as
 * (along, across) pairs, and the distance between them.
 */
function nearest(box: NoteBox, t: NoteTarget, r: number): { d: number; from: [number, number]; to: [number, number] } {
  const [fa, ta] = closest(box.a0, box.a1, t.lo, t.hi);
  const [fc, tc] = closest(box.c0, box.c1, t.across - r, t.across + r);
  return { d: Math.hypot(fa - ta, fc - tc), from: [fa, fc], to: [ta, tc] };
}

/** The closest points of two intervals: the middle of their overlap, or their facing ends. */
function closest(a0: number, a1: number, b0: number, b1: number): [number, number] {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  if (lo <= hi) return [(lo + hi) / 2, (lo + hi) / 2];
  return b1 < a0 ? [a0, b1] : [a1, b0];
}

/**
 * Where a note's text surely is: its box, less the far 30% of its length,
 * which a width estimated from characters may overshoot (text is drawn from
 * the side facing its mark, see PlacedNote.end). Distances and leaders are
 * measured to this part, so a leader always meets the drawn text.
 */
export const SURE_PART = 0.7;
function sure(box: NoteBox, t: NoteTarget, textAlong: boolean): NoteBox {
  if (textAlong) {
    const cut = (box.a1 - box.a0) * (1 - SURE_PART);
    return box.a1 < t.lo ? { ...box, a0: box.a0 + cut } : { ...box, a1: box.a1 - cut };
  }
  const cut = (box.c1 - box.c0) * (1 - SURE_PART);
  return box.c1 < t.across ? { ...box, c0: box.c0 + cut } : { ...box, c1: box.c1 - cut };
}

function overlaps(a: NoteBox, b: NoteBox, gap: number): boolean {
  return a.a0 < b.a1 + gap && b.a0 < a.a1 + gap && a.c0 < b.c1 + gap && b.c0 < a.c1 + gap;
}

/**
 * Place notes in order (earlier requests claim space first); obstacles are
 * the boxes of marks, labels, lane names and anything else a note must not
 * cover. Candidates lie in rings around each target (up to four of them),
 * out to `reach`; the nearest free one wins (ties: the most level with its
 * mark, then the earlier, then the nearer the lanes' start), so the result
 * is the same on every run.
 */
export function placeNotes(requests: readonly NoteRequest[], obstacles: readonly NoteBox[], frame: NoteFrame): (PlacedNote | null)[] {
  const grid = new BoxGrid(frame.gap);
  for (const o of obstacles) grid.add(o);
  const rings = ringsTo(frame.reach);
  return requests.map((req) => {
    const targets = spread(req.targets, MAX_TARGETS);
    // Ring by ring outwards: a candidate nearer than the next ring cannot be beaten by a later one,
    // so those are tried (nearest first) before the next ring is made.
    let pending: Candidate[] = [];
    for (let i = 0; i < rings.length; i++) {
      req.shapes.forEach((shape, s) => {
        for (const t of targets) {
          for (const box of ring(t, shape, frame, rings[i]!)) {
            if (box.a0 < frame.along[0] || box.a1 > frame.along[1] || box.c0 < frame.across[0] || box.c1 > frame.across[1]) continue;
            const { d } = nearest(sure(box, t, frame.textAlong), t, frame.r);
            // Ties go to the place most level with the mark (the same time, or the same row).
            const off = frame.textAlong ? Math.abs((box.c0 + box.c1) / 2 - t.across) : Math.abs((box.a0 + box.a1 - t.lo - t.hi) / 2);
            if (d <= frame.reach) pending.push({ score: d + s * frame.linePenalty, off, shape: s, box, t });
          }
        }
      });
      pending.sort((x, y) => x.score - y.score || x.off - y.off || x.box.a0 - y.box.a0 || x.box.c0 - y.box.c0 || x.shape - y.shape);
      const next = rings[i + 1] ?? Infinity;
      let k = 0;
      for (; k < pending.length && pending[k]!.score < next; k++) {
        const cand = pending[k]!;
        if (grid.hits(cand.box)) continue;
        grid.add(cand.box);
        return placed(cand, frame);
      }
      pending = pending.slice(k);
    }
    return null;
  });
}

interface Candidate {
  score: number;
  /** How far the box's middle is from level with the mark. */
  off: number;
  shape: number;
  box: NoteBox;
  t: NoteTarget;
}

/** A chosen place: its leader (when not right by its mark) and which end its text is drawn from. */
function placed(cand: Candidate, frame: NoteFrame): PlacedNote {
  const { box } = cand;
  const near = nearest(sure(box, cand.t, frame.textAlong), cand.t, frame.r);
  let leader: PlacedNote['leader'] = null;
  if (near.d > frame.near) {
    // The leader stops 1 px short of the mark's symbol.
    const [fa, fc] = near.from;
    const [ta, tc] = near.to;
    const k = Math.max(0, near.d - 1) / near.d;
    leader = [fa, fc, fa + (ta - fa) * k, fc + (tc - fc) * k];
  }
  const end = frame.textAlong ? box.a1 < cand.t.lo : box.c1 < cand.t.across;
  return { shape: cand.shape, box, leader, end };
}

/** The rings' distances (px) out to `reach`: close together near the mark, then each a third farther. */
function ringsTo(reach: number): number[] {
  const out: number[] = [];
  for (let d = 2; d <= reach; d = d < 12 ? d + 4 : Math.round(d * 1.35)) out.push(d);
  return out;
}

/** At most this many of a note's marks are aimed at: the first, the last and some between. */
const MAX_TARGETS = 4;
function spread<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  return Array.from({ length: n }, (_, k) => items[Math.round((k * (items.length - 1)) / (n - 1))]!);
}

/**
 * Boxes to try at distance d from a mark: before and after it along time
 * (level with it, or a step or two to either side across), and on either
 * side of it across (sliding along so the box still faces it). A few dozen
 * places per ring, not a full grid, so a frame stays cheap.
 */
function ring(t: NoteTarget, shape: NoteShape, frame: NoteFrame, d: number): NoteBox[] {
  const sc = frame.step[1];
  const out: NoteBox[] = [];
  const r = frame.r;
  // Before and after it along time: centred on its line, a step or two off, or sliding across so that
  // one end faces it (a wide box, as on the phone, where text runs across, need not be centred on its mark).
  const across = [-2, -1, 0, 1, 2].map((k) => t.across - shape.across / 2 + k * sc);
  for (let k = 0; k <= 2 * SLIDES; k++) across.push(t.across - shape.across + (shape.across * k) / (2 * SLIDES));
  for (const c0 of across) {
    out.push({ a0: t.hi + d, a1: t.hi + d + shape.along, c0, c1: c0 + shape.across });
    out.push({ a0: t.lo - d - shape.along, a1: t.lo - d, c0, c1: c0 + shape.across });
  }
  // Either side of it across: from the box ending at the mark's end to the box starting at its start, and a
  // few steps past either (off the corner, clear of the mark's own label).
  const along: number[] = [];
  for (let k = 0; k <= 2 * SLIDES; k++) along.push(t.lo - shape.along + ((t.hi - t.lo + shape.along) * k) / (2 * SLIDES));
  for (let k = 1; k <= 3; k++) along.push(t.lo - shape.along - 2 * k * frame.step[0], t.hi + 2 * k * frame.step[0]);
  for (const a0 of along) {
    out.push({ a0, a1: a0 + shape.along, c0: t.across + r + d, c1: t.across + r + d + shape.across });
    out.push({ a0, a1: a0 + shape.along, c0: t.across - r - d - shape.across, c1: t.across - r - d });
  }
  return out;
}
/** Places along a side of a mark, either side of facing it squarely. */
const SLIDES = 4;

/** Boxes bucketed by 32-px cells, so a candidate is tested against the few boxes near it, not all of them. */
class BoxGrid {
  private readonly cells = new Map<string, NoteBox[]>();
  constructor(private readonly gap: number) {}

  private keys(b: NoteBox): string[] {
    const out: string[] = [];
    for (let i = Math.floor((b.a0 - this.gap) / CELL); i <= Math.floor((b.a1 + this.gap) / CELL); i++) {
      for (let j = Math.floor((b.c0 - this.gap) / CELL); j <= Math.floor((b.c1 + this.gap) / CELL); j++) out.push(`${String(i)},${String(j)}`);
    }
    return out;
  }

  add(b: NoteBox): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }

  hits(b: NoteBox): boolean {
    return this.keys(b).some((k) => this.cells.get(k)?.some((o) => overlaps(b, o, this.gap)) ?? false);
  }
}
const CELL = 32;

/**
 * A note's title as one line, or as two lines broken at the space nearest
 * its middle (a title with no space stays on one line).
 */
export function noteLines(title: string): string[][] {
  const words = title.split(' ');
  if (words.length < 2) return [[title]];
  let best = 1;
  for (let i = 1; i < words.length; i++) {
    const left = words.slice(0, i).join(' ').length;
    const bestLeft = words.slice(0, best).join(' ').length;
    if (Math.abs(2 * left - title.length) < Math.abs(2 * bestLeft - title.length)) best = i;
  }
  return [[title], [words.slice(0, best).join(' '), words.slice(best).join(' ')]];
}

/** A note's line height (px) at its 12-px bold italic. */
export const NOTE_LINE = 14;

/**
 * The shapes of a note's lines in a layout: wide, text runs along time;
 * narrow (time runs down), it runs across. `width` measures a line in px.
 */
export function noteShapes(lines: readonly (readonly string[])[], wide: boolean, width: (line: string) => number): NoteShape[] {
  return lines.map((ls) => {
    const w = Math.max(...ls.map(width));
    const h = ls.length * NOTE_LINE;
    return wide ? { along: w, across: h } : { along: h, across: w };
  });
}

/** How the notes are placed in each layout: grid steps, reach, and where across they may go. */
export const NOTE_FRAME = {
  wide: { step: [6, 6], reach: 150, gap: 3, near: 6, linePenalty: 10, textAlong: true },
  narrow: { step: [6, 6], reach: 120, gap: 3, near: 6, linePenalty: 10, textAlong: false },
} as const;

/** A drawn label's box, from its geometry (labelGeometry) relative to its mark at (anchor, across). */
export function labelBox(g: { x: number; y: number; anchor: 'start' | 'end' }, anchor: number, across: number, width: number, wide: boolean): NoteBox {
  if (wide) {
    const x = anchor + g.x;
    const [a0, a1] = g.anchor === 'end' ? [x - width, x] : [x, x + width];
    return { a0, a1, c0: across + g.y - 11, c1: across + g.y + 3 };
  }
  return { a0: anchor + g.y - 11, a1: anchor + g.y + 3, c0: across + g.x, c1: across + g.x + width };
}

/**
 * Everything a note must keep clear of, as boxes: each mark's symbol (its
 * extent along time, its radius across), the drawn labels, the lanes' names,
 * and the axis's break bands (across the whole plot).
 */
export function noteObstacles(parts: { r: number; marks: readonly NoteTarget[]; labels: readonly NoteBox[]; fixed: readonly NoteBox[]; bands: readonly (readonly [number, number])[]; across: readonly [number, number] }): NoteBox[] {
  const { r } = parts;
  return [
    // A lead mark is drawn 1.3 times as large (timeline.css): every symbol keeps that much room.
    ...parts.marks.map((m) => ({ a0: m.lo, a1: m.hi, c0: m.across - 1.3 * r, c1: m.across + 1.3 * r })),
    ...parts.labels,
    ...parts.fixed,
    ...parts.bands.map(([a0, a1]) => ({ a0, a1, c0: parts.across[0], c1: parts.across[1] })),
  ];
}

/**
 * Where a note's text goes: the box's corner it is drawn from (its far end when it lies before its mark), on
 * screen. Here, not in chart-notes.ts, so the script that redraws notes does
 * not load the build's note layout (and the vocabulary it names lanes with).
 */
export function noteTextAt(p: Pick<PlacedNote, 'box' | 'end'>, o: Orientation): [number, number] {
  return o.xy(p.end && o.wide ? p.box.a1 : p.box.a0, p.end && !o.wide ? p.box.c1 : p.box.c0);
}
