import { LEAD_SCALE, UNLABELLED } from './emphasis.ts';
import { markExtent, type MarkTimes } from './marks.ts';
import { marksInView } from './in-view.ts';
import { dodgeCandidates, placeLabels, type LabelRequest, type PlacedLabel } from './label-layout.ts';
import type { Obstacle } from './track-intervals.ts';
import type { LaneMarks } from './label-level.ts';
import { ROWS_PER_LANE } from './label-tracks.ts';

/**
 * The chart's labels for one frame: which marks are labelled and where, for a
 * position function (ms → pixels along time). Wide: a label sits on its mark's
 * row, just after the mark, else just before it; only when neither is clear
 * does it dodge onto a neighbouring row of its lane (and the chart draws a
 * leader to it). Narrow: labels share one column that starts right of their
 * lane and runs across the lanes after it; a label sits level with its mark,
 * else is nudged earlier or later, clear of every mark whose row its text
 * crosses (labelled or not), and
 * the column keeps time order (an earlier mark's label is never below a
 * later one's). A reader takes a label for the mark of its lane its text is
 * most level with (or, level with none, the nearest), so a label is placed
 * only where that is its own (levelOk), else dropped; a label nudged into the
 * next mark's line, or past it, is never drawn there. The labels a reader
 * must find (priority KEPT: the lead marks' and the summits', keptLabel in
 * emphasis.ts) claim their places first; a label with no place may have its
 * neighbours nudged by half a line to make room, if they stay level with
 * their own marks (makeRoom); and a kept one with no such place takes one
 * where its text is at least level with its own mark. Pure; the build and the
 * client both call it.
 */
export interface LabelledMark {
  times: MarkTimes;
  /** Track the label claims. Wide: the mark's row (unique across lanes). Narrow: the shared label column. */
  track: number;
  /** Track the mark itself blocks: its row (the default, `track`, as wide; narrow, the row's track from labelTracks). */
  block?: number;
  /** Narrow: the rows' tracks the label's text runs across and must keep clear of. */
  clear?: readonly number[];
  /** Wide: rows of the mark's lane the label may dodge onto, nearest first. */
  alternates?: readonly number[];
  /** The label's length along time: its width (wide) or line height (narrow). */
  size: number;
  /** Label priority (labelPriority; narrow, KEPT for a label a reader must find): within a class, labels by their marks come before dodged ones. */
  priority?: number;
  /** A lead mark, drawn larger (LEAD_SCALE): narrow, a label is level with it farther from its anchor. */
  lead?: boolean;
}

export interface ChartLabelOptions {
  wide: boolean;
  r: number;
  edges: readonly [number, number];
  /** Space between a mark and its label, and between labels. */
  gap: number;
  /** Narrow: step and count of the nudges along time. */
  step: number;
  steps: number;
  /** Anything else labels must not cover (the narrow chart's "written here" labels). */
  obstacles?: readonly Obstacle[];
  /**
   * Stretches along time (px) no label may cover on any track: the axis's
   * breaks, whose bands and names stay readable.
   */
  bands?: readonly (readonly [number, number])[];
}

/**
 * Above this many labelled marks in view no label is laid out. A label needs
 * a clear stretch of its row; with thousands of marks across the plot there
 * is almost none (a handful of 2,500 marks spread over the plot find one,
 * none of 5,000), and a dense chart shows its overview instead of its links
 * there anyway (LINKS_MAX in config.ts). Laying them out would cost a frame.
 */
export const LABELS_MAX = 2500;

/**
 * Narrow: the descent of a label's line below its baseline (labelGeometry
 * draws the text's baseline this far above the line's foot); the text a
 * reader lines up with a mark runs from the line's top to its baseline.
 */
const DESCENT = 3;
/** Start and track of each mark's label, or null when it is not drawn. */
export function chartLabels(
  marks: readonly LabelledMark[],
  order: readonly number[],
  pos: (ms: number) => number,
  options: ChartLabelOptions,
  include: (i: number) => boolean = () => true,
): (PlacedLabel | null)[] {
  const { wide, r, edges, gap } = options;
  // Minor marks are never labelled (emphasis.ts): the popover and the list name them.
  const inView = marksInView(marks, pos, edges, 0).filter(include);
  const active = inView.filter((i) => (marks[i]!.priority ?? 0) < UNLABELLED);
  if (active.length > LABELS_MAX) return new Array<PlacedLabel | null>(marks.length).fill(null);
  const requests: LabelRequest[] = new Array<LabelRequest>(marks.length);
  const obstacles: Obstacle[] = [...(options.obstacles ?? [])];
  // Each mark's extent is measured once per frame, for its obstacle and for its label's places.
  const extents = new Map<number, { lo: number; hi: number }>();
  const extentOf = (i: number) => extents.get(i) ?? extents.set(i, markExtent(marks[i]!.times, pos, r)).get(i)!;
  // Every drawn mark blocks its row, the unlabelled ones too, so no label is printed over a mark: wide, the
  // labels on that row; narrow, the labels whose text crosses it (`clear`, from labelTracks).
  const drawn = inView.length <= LABELS_MAX ? inView : active;
  for (const i of drawn) {
    const m = marks[i]!;
    obstacles.push({ track: m.block ?? m.track, ...extentOf(i) });
  }
  // Narrow: each lane's marks, labelled or not, by their places along time, and how far each glyph reaches (a lead
  // mark's is drawn larger): what a reader may take a label for.
  const laneOf = (i: number) => Math.floor((marks[i]!.block ?? 0) / ROWS_PER_LANE);
  const reachOf = (i: number) => (marks[i]!.lead ? LEAD_SCALE * r : r);
  const lanes = new Map<number, LaneMarks>();
  if (!wide) {
    for (const [at, i] of drawn.map((i) => [pos(marks[i]!.times.anchor), i] as const).sort((a, b) => a[0] - b[0])) {
      const lane = lanes.get(laneOf(i)) ?? lanes.set(laneOf(i), { anchors: [], reaches: [] }).get(laneOf(i))!;
      lane.anchors.push(at);
      lane.reaches.push(reachOf(i));
    }
  }
  for (const i of active) {
    const m = marks[i]!;
    const { lo, hi } = extentOf(i);
    // Wide: beside the mark on its own row first (after, then before); then the same on neighbouring rows.
    const beside = [hi + gap, lo - gap - m.size];
    const rows = [m.track, ...(m.alternates ?? [])];
    // Narrow: level with the mark, else nudged by half lines, in time order: the labels of a priority
    // are taken from the top down, each in the first place that follows the labels of earlier marks.
    const at = pos(m.times.anchor);
    requests[i] = {
      track: m.track,
      size: m.size,
      priority: m.priority ?? 0,
      ...(wide
        ? { candidates: rows.flatMap(() => beside), tracks: rows.flatMap((row) => [row, row]), near: 2 }
        : {
            clear: m.clear ?? [], candidates: dodgeCandidates(at, m.size, options.step, options.steps), at,
            level: { lane: lanes.get(laneOf(i))!, own: at, reach: reachOf(i), text: m.size - DESCENT },
          }),
    };
  }
  // Every track a label may claim or must keep clear of carries the axis's breaks.
  for (const track of new Set(active.flatMap((i) => [marks[i]!.track, ...(marks[i]!.alternates ?? []), ...(marks[i]!.clear ?? [])]))) {
    for (const [lo, hi] of options.bands ?? []) obstacles.push({ track, lo, hi });
  }
  return placeLabels(requests, order.filter((i) => requests[i] !== undefined), obstacles, { edges, gap });
}

/**
 * Whether a label needs a leader line to its mark: when its near edge is more
 * than `near` pixels from the mark's edge, along time or across. `along` and
 * `across` are the label box's offsets from the mark's centre: the nearest
 * point of the box in each direction (0 when the box spans the centre).
 */
export function needsLeader(along: number, across: number, r: number, near: number): boolean {
  return Math.max(0, Math.abs(along) - r) > near || Math.max(0, Math.abs(across) - r) > near;
}

/** How a placed label is drawn, relative to its mark's anchor (screen x, y). */
export interface LabelGeometry {
  /** The text's position and anchor: a label before its mark ends where its room ends, right by the mark. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** A leader from the mark's edge to the label, when the label is not beside its mark. */
  leader: readonly [number, number, number, number] | null;
}

export interface LabelFrame {
  wide: boolean;
  r: number;
  /** Wide: a row's size across (a label dodged onto another row moves by whole rows). */
  rowSize: number;
  /** Narrow: the label's line height along time. */
  line: number;
  /** Farthest a label may sit from its mark without a leader. */
  near: number;
}

/** Half a label's height, for its box across the wide chart's rows. */
const HALF_TEXT = 7;

/** A leader from the mark's edge (r + 1 from its centre) to the label's near point (x, y). */
function leaderTo(x: number, y: number, r: number): readonly [number, number, number, number] {
  const d = Math.hypot(x, y) || 1;
  return [(x / d) * (r + 1), (y / d) * (r + 1), x, y];
}

/**
 * Where a placed label's text goes. `mark.across` is the mark's centre across
 * and `labelAt` where the narrow label column starts across; `anchor` is the
 * mark's position along time. Pure; the build and every zoom frame share it.
 */
export function labelGeometry(placed: PlacedLabel, mark: { track: number; size: number; anchor: number; across: number; labelAt?: number }, frame: LabelFrame): LabelGeometry {
  const { r, near } = frame;
  if (frame.wide) {
    const dy = (placed.track - mark.track) * frame.rowSize;
    const after = placed.start >= mark.anchor;
    // Text is drawn from the near end: estimates run long, and the slack falls on the far side.
    const x = after ? placed.start - mark.anchor : placed.start + mark.size - mark.anchor;
    const far = needsLeader(x, dy === 0 ? 0 : Math.abs(dy) - HALF_TEXT + r, r, near);
    return { x, y: dy + 4, anchor: after ? 'start' : 'end', leader: far ? leaderTo(after ? x - 2 : x + 2, dy, r) : null };
  }
  const x = (mark.labelAt ?? mark.across) - mark.across;
  const lo = placed.start - mark.anchor;
  const hi = lo + frame.line;
  const along = lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi)) + r;
  const far = needsLeader(x, along, r, near);
  return { x, y: hi - DESCENT, anchor: 'start', leader: far ? leaderTo(x - 2, (lo + hi) / 2, r) : null };
}
