import type { Lane } from '../../schemas/vocabulary.ts';
import { markExtent, markTimes, warpTimes, type MarkTimes, type TimelineEvent } from './marks.ts';
import { assignRows, rowCount } from './rows.ts';
import { linearFor, type Linear } from './zoom-math.ts';

/**
 * The whole chart's geometry for one orientation. "Along" is the time
 * direction (x when wide, y when narrow); "across" is the lane direction.
 * Lanes stack across; within a lane, marks that would touch at the default
 * zoom go on separate rows. Everything is O(n log n).
 */
export interface LayoutOptions<E extends TimelineEvent = TimelineEvent> {
  /** The dates the default view shows. */
  view: readonly [number, number];
  /** Pixel positions of the plot's edges along time. */
  along: readonly [number, number];
  /** Lanes, in drawing order. Events in other lanes are ignored. */
  lanes: readonly Lane[];
  /** Where the first lane starts across. */
  acrossStart: number;
  /** Space for a lane's label before its rows. */
  laneHeader: number;
  /** Size of one row across. */
  rowSize: number;
  /** Space after each lane. */
  lanePad: number;
  /** Smallest size of a lane across (room for its label in the narrow layout). */
  minLane?: number;
  /** Symbol radius. */
  r: number;
  /** Minimum gap between marks on a row. */
  gap: number;
  /**
   * Room a mark's label needs after it at the default view (0: none). Marks
   * with room keep their label on their row, so a lane grows rows until its
   * labels fit, up to `labelRows` rows; past that the lane is packed by its
   * marks alone and the label layout decides.
   */
  labelRoom?: (event: E) => number;
  labelRows?: number;
  /**
   * Number rows from the lane's far edge (narrow layout): the first row lies
   * against the edge where labels start, so most marks sit right by theirs.
   */
  mirror?: boolean;
  /** Real time → chart time, where the axis is broken (the view is then in chart time too). */
  warp?: (ms: number) => number;
}

export interface PlacedMark<E extends TimelineEvent = TimelineEvent> {
  event: E;
  times: MarkTimes;
  row: number;
  /** Centre of the mark's row, across. */
  across: number;
}

export interface LaneBand {
  lane: Lane;
  /** Start across (the label sits here). */
  start: number;
  /** Size across, header and rows, without the pad. */
  size: number;
  rows: number;
}

export interface Layout<E extends TimelineEvent = TimelineEvent> {
  base: Linear;
  marks: PlacedMark<E>[];
  lanes: LaneBand[];
  /** Where the last lane ends across. */
  acrossEnd: number;
}

export function layoutTimeline<E extends TimelineEvent>(events: readonly E[], options: LayoutOptions<E>): Layout<E> {
  const base = linearFor(options.view, options.along);
  const at = (ms: number) => base.slope * ms + base.intercept;
  const byLane = new Map<Lane, E[]>(options.lanes.map((lane) => [lane, []]));
  for (const event of events) byLane.get(event.lane)?.push(event);

  const marks: PlacedMark<E>[] = [];
  const lanes: LaneBand[] = [];
  let cursor = options.acrossStart;
  for (const lane of options.lanes) {
    const members = byLane.get(lane) ?? [];
    const warp = options.warp;
    const times = members.map((e) => (warp ? warpTimes(markTimes(e), warp) : markTimes(e)));
    const extents = times.map((t) => markExtent(t, at, options.r));
    let rows = assignRows(extents, options.gap);
    const room = options.labelRoom;
    if (room) {
      // Near the plot's end a label goes before its mark (the label layout's second choice).
      const roomy = assignRows(
        extents.map((e, i) => {
          const size = room(members[i]!);
          return e.hi + size > options.along[1] ? { lo: e.lo - size, hi: e.hi } : { lo: e.lo, hi: e.hi + size };
        }),
        options.gap,
      );
      if (rowCount(roomy) <= (options.labelRows ?? Infinity)) rows = roomy;
    }
    const count = Math.max(1, rowCount(rows));
    const size = Math.max(options.minLane ?? 0, options.laneHeader + count * options.rowSize);
    const first = options.mirror ? cursor + size - options.rowSize / 2 : cursor + options.laneHeader + options.rowSize / 2;
    const step = options.mirror ? -options.rowSize : options.rowSize;
    members.forEach((event, i) => {
      const row = rows[i] ?? 0;
      marks.push({ event, times: times[i]!, row, across: first + row * step });
    });
    lanes.push({ lane, start: cursor, size, rows: count });
    cursor += size + options.lanePad;
  }
  // Drawing and tab order follow time, not lanes.
  marks.sort((a, b) => a.times.t0 - b.times.t0 || a.times.t1 - b.times.t1 || a.event.id.localeCompare(b.event.id));
  return { base, marks, lanes, acrossEnd: cursor - options.lanePad };
}
