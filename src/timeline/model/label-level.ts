import { firstWhere } from './in-view.ts';

/**
 * Whether a reader takes a label for its own mark: the phone's rule, shared
 * by the label layout (label-layout.ts) and its tests. Positions are sums of
 * fractional pixels, so every comparison allows EPS.
 */

/** The marks of one lane: their places along time, sorted, and how far each glyph reaches either side. */
export interface LaneMarks {
  anchors: number[];
  reaches: number[];
}

/**
 * What the rule needs of a label (LabelRequest.level): `lane`, every mark of
 * its lane in view; `own` and `reach`, its own mark's anchor and how far its
 * glyph reaches either side; `text`, how much of the label's length its text
 * takes (its line less the descent below the baseline).
 */
export interface LabelLevel {
  lane: LaneMarks;
  own: number;
  reach: number;
  text: number;
}

/** Slack (px) in every comparison of positions. */
export const EPS = 0.01;

/** How much clearer (px) another mark must be before a reader takes a label for it rather than its own. */
export const LEVEL = 1;

/**
 * How far a label's text [lo, hi] lies from a mark's glyph (anchor ± reach)
 * along time: the gap between them, or less than zero by as much as they
 * overlap (the more level, the lower).
 */
export function separation(lo: number, hi: number, anchor: number, reach: number): number {
  return Math.max(lo, anchor - reach) - Math.min(hi, anchor + reach);
}

/**
 * Whether a reader would take a label's text, from `lo`, for its own mark's.
 * A reader pairs a label with the mark of its lane its text is most level
 * with or, level with none, the nearest: so no other mark of the lane may be
 * more level with it, or nearer, than its own by more than LEVEL. A label
 * nudged off its mark to where the next one sits, or past it, would read as
 * that one's ("Xi visit rumoured" once sat level with the art troupe's mark,
 * 40 px below its own). `loose`: whether its text is level with its own
 * mark at all.
 */
export function levelOk(level: LabelLevel, lo: number, loose = false): boolean {
  const { lane, text } = level;
  const hi = lo + text;
  const own = separation(lo, hi, level.own, level.reach);
  // `loose`: level with its own mark (overlapping its glyph by more than LEVEL) is enough.
  if (loose) return own < -LEVEL - EPS;
  // Only a mark whose anchor lies within `far` of the text's middle can be nearer (no glyph reaches twice as far as
  // another's).
  const mid = lo + text / 2;
  const far = own + text / 2 + 2 * level.reach;
  for (let k = firstWhere(lane.anchors.length, (m) => lane.anchors[m]! > mid - far); k < lane.anchors.length && lane.anchors[k]! < mid + far; k++) {
    if (separation(lo, hi, lane.anchors[k]!, lane.reaches[k]!) < own - LEVEL - EPS) return false;
  }
  return true;
}
