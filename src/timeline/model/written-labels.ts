import { labelPlacement } from './place.ts';
import { markExtent, type MarkTimes } from './marks.ts';
import { marksInView } from './in-view.ts';

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
 *
 * Narrow (time down the page), a label is drawn level with its marker and
 * ends at the chart's right edge, so it runs back across the lanes: it keeps
 * off every mark it would cross (`marks`). A day's label sits just above its
 * line; a window's anywhere inside the window, from its middle outwards by
 * half lines. Where the whole label touches a mark everywhere, its short
 * form is tried the same way ("Unsigned" ends right of the lanes); else it is
 * left out.
 */
export interface WrittenSpan {
  /** Start and end of the writing day or window, in pixels along time. */
  from: number;
  to: number;
  /** Half the label's length in pixels (along time when wide, across when narrow). */
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

/** A drawn mark as a box, along time (lo, hi) and across (left, right): what a narrow label may not touch. */
export interface MarkBox {
  lo: number;
  hi: number;
  left: number;
  right: number;
}

/** Narrow: the marks a label keeps off, and where across the labels end (they run back from there). */
export interface WrittenClear {
  marks: readonly MarkBox[];
  end: number;
}

/** Clear space between a narrow label and a mark, along time and across. */
export const MARK_GAP = 2;

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

function candidates(spans: readonly WrittenSpan[], edges: readonly [number, number], wide: boolean, short: boolean, clear?: WrittenClear): Candidate[] {
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
      const at = narrowPlace(s, clear);
      if (at !== null) out.push({ i, label: at.short ? { at: at.at, anchor: 'end', short: true } : { at: at.at, anchor: 'end' }, lo: at.at - LABEL_HEIGHT, hi: at.at, slideTo: null });
    }
  });
  return out.sort((a, b) => a.lo - b.lo || a.i - b.i);
}

/**
 * Narrow: where a label's line may end along time (it is drawn on the line
 * [at − LABEL_HEIGHT, at]): a day's just above its line; a window's at its
 * middle, then half a line later, earlier, and so on while the line stays
 * inside the window.
 */
export function narrowPlaces(from: number, to: number): number[] {
  const mid = (from + to) / 2;
  const out = [mid];
  for (let k = 1; ; k++) {
    const later = mid + (k * LABEL_HEIGHT) / 2;
    const earlier = mid - (k * LABEL_HEIGHT) / 2;
    const fits = (at: number) => at - LABEL_HEIGHT >= from && at <= to;
    if (!fits(later) && !fits(earlier)) return out;
    if (fits(later)) out.push(later);
    if (fits(earlier)) out.push(earlier);
  }
}

/** Whether a narrow label ending at `at` along time, `length` long across, touches none of the marks. */
function clearOfMarks(at: number, length: number, clear: WrittenClear): boolean {
  const [lo, hi] = [at - LABEL_HEIGHT - MARK_GAP, at + MARK_GAP];
  const [left, right] = [clear.end - length - MARK_GAP, clear.end + MARK_GAP];
  return !clear.marks.some((m) => m.lo < hi && m.hi > lo && m.left < right && m.right > left);
}

/** Narrow: the first place clear of the marks for the whole label, else for its short form; null when neither fits. */
function narrowPlace(s: WrittenSpan, clear: WrittenClear | undefined): { at: number; short: boolean } | null {
  const places = narrowPlaces(s.from, s.to);
  if (!clear) return { at: places[0]!, short: false };
  const forms: [number, boolean][] = [[2 * s.room, false], ...(s.shortRoom !== undefined ? [[2 * s.shortRoom, true] as [number, boolean]] : [])];
  for (const [length, short] of forms) {
    const at = places.find((p) => clearOfMarks(p, length, clear));
    if (at !== undefined) return { at, short };
  }
  return null;
}

/**
 * The drawn marks in view as boxes, for the narrow labels to keep off: along
 * time, each mark's extent (markExtent); across, its centre ± r. `include`
 * leaves out marks a filter hides.
 */
export function markBoxes(marks: readonly { times: MarkTimes; across: number }[], pos: (ms: number) => number, r: number, edges: readonly [number, number], include: (i: number) => boolean = () => true): MarkBox[] {
  return marksInView(marks, pos, edges, 0).filter(include).map((i) => {
    const m = marks[i]!;
    return { ...markExtent(m.times, pos, r), left: m.across - r, right: m.across + r };
  });
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

export function writtenLabels(spans: readonly WrittenSpan[], edges: readonly [number, number], wide: boolean, clear?: WrittenClear): (WrittenLabel | null)[] {
  const whole = candidates(spans, edges, wide, false, clear);
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
