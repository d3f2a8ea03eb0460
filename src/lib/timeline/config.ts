import type { Lane } from '../../schemas/vocabulary.ts';
import { monthStart } from '../calendar.ts';

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

/**
 * Above this many marks the chart is "dense": marks outside the view leave
 * the render tree, and a zoom or pan in progress is drawn as a few paths
 * instead of one moving link per mark (src/lib/timeline/overview.ts).
 */
export const DENSE_ABOVE = 1500;

/**
 * A dense chart shows its links only while at most this many marks are in
 * view; above it (10,000 events over the whole record) marks overlap by the
 * dozen per pixel, no single one can be picked, and the overview stays until
 * the reader zooms in. The list below the chart and every event page remain.
 */
export const LINKS_MAX = 2500;

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
};

/** The narrow layout (≤ 720 px wide screens): time runs top to bottom. */
export const NARROW = {
  along: [64, 1364] as const,
  axisColumn: 44,
  acrossStart: 52,
  laneHeader: 4,
  rowSize: 20,
  minLane: 44,
  /** The narrow SVG is drawn about 0.7× on a 375-px screen: hit areas are drawn larger to stay ≥ 24 CSS px. */
  hit: 36,
  lanePad: 4,
  r: 6,
  gap: 3,
  tickSpacing: 44,
  /** Labels share one column to the right of the lanes, coloured by lane. */
  labelFont: 12,
  labelColumn: 140,
  labelGap: 2,
  labelLine: 14,
  /** Nudges along time a label may take to clear its neighbours. */
  labelSteps: 6,
  /** Width of the band of story callouts right of the labels (two columns). */
  calloutBand: 32,
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
