import type { Lane } from '../../schemas/vocabulary.ts';
import { monthStart } from '../../calendar/calendar.ts';

/**
 * The chart's fixed design: what the default view shows and the sizes of
 * both layouts. The default view is the period the pieces argue about,
 * October 2017 through June 2019, ending with Xi's state visit to Pyongyang;
 * the 2003 talks and the years before Kim's first
 * trip are a zoom (or the "whole record" button) away.
 */
export const DEFAULT_VIEW: readonly [number, number] = [monthStart(2017, 10), monthStart(2019, 7)];

/** Lane order: the Kim–Xi contacts first, as the site's subject. */
export const LANE_ORDER: readonly Lane[] = ['china-dprk', 'inter-korean', 'us-dprk', 'multilateral'];

/** Short lane names for the narrow layout's column heads, on two lines. */
export const SHORT_LANES: Record<Lane, readonly [string, string]> = {
  'china-dprk': ['China–', 'DPRK'],
  'inter-korean': ['Two', 'Koreas'],
  'us-dprk': ['US–', 'DPRK'],
  multilateral: ['Multi-', 'lateral'],
};

/** Pixels beyond the plot within which a mark still counts as in view (its symbol may reach in). */
export const MARGIN = 24;

/** The wide layout: time runs left to right. */
export const WIDE = {
  width: 1100,
  along: [16, 1084] as const,
  writtenRow: 18,
  axisRow: 40,
  acrossStart: 52,
  laneHeader: 20,
  rowSize: 24,
  lanePad: 6,
  r: 7,
  gap: 3,
  hit: 24,
  footer: 26,
  tickSpacing: 64,
  /** Label font size (px) and the space between a mark and its label. */
  labelFont: 12,
  labelGap: 4,
  /** Rows a lane may grow to so that its first-priority labels fit at the default view. */
  labelRows: 12,
  /** Height of the band of story callouts under the lanes. */
  calloutBand: 72,
  /** Farthest (px) a label may sit from its mark without a leader line. */
  labelNear: 8,
};

/**
 * The narrow layout (≤ 720 px wide screens): time runs top to bottom. It is
 * drawn for a 375-px phone's column (343 px) at 1:1, so its 12-px labels
 * read at 12 px; narrower screens scale it down a little. Story callouts run
 * down the left beside the axis; lanes follow, each lane's rows mirrored so
 * its first row lies against the lane's right edge, where its labels start.
 * Labels run on across the lanes after their own (the China–DPRK labels
 * across the other three), clear of their marks.
 */
export const NARROW = {
  width: 343,
  along: [64, 1764] as const,
  /** Where the axis's month and year names end across: a year in bold (30.6 px at 11 px in DejaVu Sans Bold) fits whole. */
  axisColumn: 31,
  /** The callouts' brackets: the first column's spine (the second is 14 px on). */
  calloutColumn: 35,
  acrossStart: 62,
  laneHeader: 2,
  /**
   * Rows closer than the hit areas (marks are 12 px): each link still has its
   * whole hit area. Tight, so that the widest China–DPRK label ("→KP Song Tao
   * troupe in Pyongyang", 215 px in DejaVu Sans) fits whole after four rows.
   */
  rowSize: 15,
  minLane: 42,
  /** Drawn at 1:1 on a 375-px screen, at 0.84 on a 320-px one: still ≥ 24 CSS px. */
  hit: 29,
  lanePad: 3,
  r: 6,
  gap: 3,
  tickSpacing: 44,
  labelFont: 12,
  labelGap: 2,
  labelLine: 14,
  /**
   * Nudges along time a label may take to clear its neighbours (half a line,
   * 7 px, each): six, so a label never moves farther than the ticks' spacing
   * (44 px) from its mark; a label with no room that near is dropped, and
   * the popover and the list still name its event.
   */
  labelSteps: 6,
  /** Farthest (px) a label may sit from its mark without a leader line. */
  labelNear: 8,
  /** Where the "written here" labels end across: at the column's right edge, running back across the lanes. */
  writtenEnd: 341,
};

/** The whole record, whole years around every event (and a year's margin). */
export function boundsFor(times: readonly { t0: number; t1: number }[]): [number, number] {
  let lo = DEFAULT_VIEW[0];
  let hi = DEFAULT_VIEW[1];
  for (const t of times) {
    if (t.t0 < lo) lo = t.t0;
    if (t.t1 > hi) hi = t.t1;
  }
  const first = new Date(lo).getUTCFullYear();
  const last = new Date(hi - 1).getUTCFullYear();
  return [monthStart(first, 1), monthStart(last + 1, 1)];
}
