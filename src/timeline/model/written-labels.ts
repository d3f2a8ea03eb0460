import { labelPlacement } from './place.ts';

/**
 * Where the "written here" labels go, and how they read. A label is drawn
 * whole, centred on its piece's day or window, when it clears the labels
 * placed before it (nearer the start of time). When the view is too crowded
 * for that (the whole record), every label with a short form takes it
 * ("Ching", "Unsigned"), and a short label that would still run into the one
 * before slides along to start just after it, as long as it then still starts
 * by its own marker. Only what cannot be placed even so is left out, so two
 * markers a few pixels apart keep both their names. The build and every zoom
 * frame share this function, so the first paint and the enhanced chart agree.
 */
export interface WrittenSpan {
  /** Start and end of the writing day or window, in pixels along time. */
  from: number;
  to: number;
  /** Half the label's length in pixels (wide layout only). */
  room: number;
  /** Half the short label's length, when the piece has a short label. */
  shortRoom?: number;
}

export interface WrittenLabel {
  /** Position along time. */
  at: number;
  anchor: 'start' | 'middle' | 'end';
  /** Drawn in its short form. */
  short?: true;
}

/** Clear space between two labels along time. */
export const LABEL_GAP = 8;
/** A label's extent along time in the narrow layout, where labels stack down the side. */
export const LABEL_HEIGHT = 14;

interface Candidate {
  i: number;
  label: WrittenLabel;
  lo: number;
  hi: number;
  /** Latest start a slid label may take and still start by its marker; null: may not slide. */
  slideTo: number | null;
}

function candidates(spans: readonly WrittenSpan[], edges: readonly [number, number], wide: boolean, short: boolean): Candidate[] {
  const out: Candidate[] = [];
  spans.forEach((s, i) => {
    if (s.to < edges[0] || s.from > edges[1]) return;
    if (wide) {
      const shortened = short && s.shortRoom !== undefined;
      const room = shortened ? s.shortRoom! : s.room;
      const placed = labelPlacement(s.from, s.to, edges, room);
      const label: WrittenLabel = shortened ? { ...placed, short: true } : placed;
      const lo = label.anchor === 'start' ? label.at : label.anchor === 'end' ? label.at - 2 * room : label.at - room;
      out.push({ i, label, lo, hi: lo + 2 * room, slideTo: shortened ? Math.min(s.to + LABEL_GAP, edges[1] - 2 * room) : null });
    } else {
      const mid = (s.from + s.to) / 2;
      out.push({ i, label: { at: mid, anchor: 'end' }, lo: mid - LABEL_HEIGHT / 2, hi: mid + LABEL_HEIGHT / 2, slideTo: null });
    }
  });
  return out.sort((a, b) => a.lo - b.lo || a.i - b.i);
}

/** Greedy, from the start of time: each label where it wants to be, else slid after the one before, else left out. */
function place(list: readonly Candidate[], count: number): (WrittenLabel | null)[] {
  const placed: (WrittenLabel | null)[] = new Array<WrittenLabel | null>(count).fill(null);
  let end = -Infinity;
  for (const c of list) {
    if (c.lo >= end + LABEL_GAP) {
      placed[c.i] = c.label;
      end = c.hi;
      continue;
    }
    const start = end + LABEL_GAP;
    if (c.slideTo === null || start > c.slideTo) continue;
    placed[c.i] = c.label.short ? { at: start, anchor: 'start', short: true } : { at: start, anchor: 'start' };
    end = start + (c.hi - c.lo);
  }
  return placed;
}

export function writtenLabels(spans: readonly WrittenSpan[], edges: readonly [number, number], wide: boolean): (WrittenLabel | null)[] {
  const whole = candidates(spans, edges, wide, false);
  const first = place(whole, spans.length);
  const crowded = whole.some((c) => first[c.i] === null);
  if (!crowded || !wide || !spans.some((s) => s.shortRoom !== undefined)) return first;
  return place(candidates(spans, edges, wide, true), spans.length);
}

/**
 * The placed "written here" labels as obstacles for the marks' labels, on
 * `track` (Orientation.writtenTrack): each label's line, which ends at its
 * `at` along time, as the narrow chart draws it just above its marker's
 * middle in the label column. The wide chart's labels have a row to
 * themselves, which no mark's label claims. The build and every frame pass
 * the labels they drew, laid out once, to chartLabels.
 */
export function writtenObstacles(labels: readonly (WrittenLabel | null)[], track: number): { track: number; lo: number; hi: number }[] {
  return labels.flatMap((l) => (l ? [{ track, lo: l.at - LABEL_HEIGHT, hi: l.at }] : []));
}

/** A marker's extent along time for a position function: at least 2 px, so a day stays visible. */
export function writtenSpan(from: number, to: number, pos: (ms: number) => number): { from: number; to: number } {
  const start = pos(from);
  return { from: start, to: start + Math.max(2, pos(to) - start) };
}
