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
 */

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
  /** Candidate spacing along and across (px). */
  step: readonly [number, number];
  /** Farthest (px) a note may sit from its nearest mark. */
  reach: number;
  /** Clear space kept around a note. */
  gap: number;
  /** Symbol radius: a leader stops this far (and 1 px) short of its mark's centre line. */
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

/** The note's box and mark, nearest points: along and across of each. */
function nearest(box: NoteBox, t: NoteTarget): { d: number; from: [number, number]; to: [number, number] } {
  // Along: the mark's extent against the box's; across: its centre line against the box's.
  const lo = Math.max(box.a0, t.lo);
  const hi = Math.min(box.a1, t.hi);
  let fa: number;
  let ta: number;
  if (lo <= hi) fa = ta = (lo + hi) / 2;
  else if (t.hi < box.a0) [fa, ta] = [box.a0, t.hi];
  else [fa, ta] = [box.a1, t.lo];
  const fc = Math.min(Math.max(t.across, box.c0), box.c1);
  return { d: Math.hypot(fa - ta, fc - t.across), from: [fa, fc], to: [ta, t.across] };
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
 * cover. Candidates lie on a grid around each target, within `reach`; the
 * nearest free one wins (ties: along time before across, then earlier, then
 * nearer the lanes' start), so the result is the same on every run.
 */
export function placeNotes(requests: readonly NoteRequest[], obstacles: readonly NoteBox[], frame: NoteFrame): (PlacedNote | null)[] {
  const taken: NoteBox[] = [];
  const [sa, sc] = frame.step;
  return requests.map((req) => {
    const candidates: { score: number; shape: number; box: NoteBox; t: NoteTarget }[] = [];
    req.shapes.forEach((shape, s) => {
      for (const t of req.targets) {
        const aFrom = Math.max(frame.along[0], t.lo - frame.reach - shape.along);
        const aTo = Math.min(frame.along[1] - shape.along, t.hi + frame.reach);
        const cFrom = Math.max(frame.across[0], t.across - frame.reach - shape.across);
        const cTo = Math.min(frame.across[1] - shape.across, t.across + frame.reach);
        for (let a = aFrom; a <= aTo; a += sa) {
          for (let c = cFrom; c <= cTo; c += sc) {
            const box = { a0: a, a1: a + shape.along, c0: c, c1: c + shape.across };
            const { d } = nearest(sure(box, t, frame.textAlong), t);
            if (d <= frame.reach) candidates.push({ score: d + s * frame.linePenalty, shape: s, box, t });
          }
        }
      }
    });
    candidates.sort((x, y) => x.score - y.score || x.box.a0 - y.box.a0 || x.box.c0 - y.box.c0);
    for (const cand of candidates) {
      const { box } = cand;
      if (obstacles.some((o) => overlaps(box, o, frame.gap)) || taken.some((o) => overlaps(box, o, frame.gap))) continue;
      taken.push(box);
      const near = nearest(sure(box, cand.t, frame.textAlong), cand.t);
      let leader: PlacedNote['leader'] = null;
      if (near.d > frame.near) {
        // The leader stops short of the mark's symbol (r + 1 from its centre line).
        const [fa, fc] = near.from;
        const [ta, tc] = near.to;
        const k = Math.max(0, near.d - frame.r - 1) / near.d;
        leader = [fa, fc, fa + (ta - fa) * k, fc + (tc - fc) * k];
      }
      const end = frame.textAlong ? box.a1 < cand.t.lo : box.c1 < cand.t.across;
      return { shape: cand.shape, box, leader, end };
    }
    return null;
  });
}

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
    ...parts.marks.map((m) => ({ a0: m.lo, a1: m.hi, c0: m.across - r, c1: m.across + r })),
    ...parts.labels,
    ...parts.fixed,
    ...parts.bands.map(([a0, a1]) => ({ a0, a1, c0: parts.across[0], c1: parts.across[1] })),
  ];
}
