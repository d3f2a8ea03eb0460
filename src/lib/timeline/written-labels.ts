import { labelPlacement } from './place.ts';

/**
 * Where the "written here" labels go, and which of them are drawn. A label is
 * drawn only when its piece is inside the plot and it does not run into a
 * label already placed nearer the start of time: with many pieces in view the
 * row would otherwise be unreadable ink. The build and every zoom frame share
 * this function, so the first paint and the enhanced chart agree.
 */
export interface WrittenSpan {
  /** Start and end of the writing day or window, in pixels along time. */
  from: number;
  to: number;
  /** Half the label's length in pixels (wide layout only). */
  room: number;
}

export interface WrittenLabel {
  /** Position along time. */
  at: number;
  anchor: 'start' | 'middle' | 'end';
}

/** Clear space between two labels along time. */
export const LABEL_GAP = 8;
/** A label's extent along time in the narrow layout, where labels stack down the side. */
export const LABEL_HEIGHT = 14;

export function writtenLabels(spans: readonly WrittenSpan[], edges: readonly [number, number], wide: boolean): (WrittenLabel | null)[] {
  const placed: (WrittenLabel | null)[] = spans.map(() => null);
  const candidates: { i: number; label: WrittenLabel; lo: number; hi: number }[] = [];
  spans.forEach((s, i) => {
    if (s.to < edges[0] || s.from > edges[1]) return;
    if (wide) {
      const label = labelPlacement(s.from, s.to, edges, s.room);
      const lo = label.anchor === 'start' ? label.at : label.anchor === 'end' ? label.at - 2 * s.room : label.at - s.room;
      candidates.push({ i, label, lo, hi: lo + 2 * s.room });
    } else {
      const mid = (s.from + s.to) / 2;
      candidates.push({ i, label: { at: mid, anchor: 'end' }, lo: mid - LABEL_HEIGHT / 2, hi: mid + LABEL_HEIGHT / 2 });
    }
  });
  candidates.sort((a, b) => a.lo - b.lo || a.i - b.i);
  let end = -Infinity;
  for (const c of candidates) {
    if (c.lo < end + LABEL_GAP) continue;
    placed[c.i] = c.label;
    end = c.hi;
  }
  return placed;
}
