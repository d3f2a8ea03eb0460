import type { Lane } from '../../schemas/vocabulary.ts';
import type { LaneBand } from './layout.ts';

/**
 * Which tracks each mark's label may use and what it must keep clear of,
 * from the chart's layout. Both orientations share one rule: every mark
 * blocks its own row (a track: lane × ROWS_PER_LANE + row), labelled or not,
 * and a label keeps clear of every row its text crosses. Wide, a label lies
 * along its mark's row, so it claims that row and crosses no other (it may
 * dodge onto the lane's neighbouring rows, one away, then two). Narrow, every
 * label claims the one shared label column, which starts right of its lane
 * and runs across the lanes after it: the label keeps clear of the rows of
 * those lanes that its text reaches (from its start across to its estimated
 * end), so no label is printed over a mark, however small. Pure; the build
 * writes the result into the chart's model, which the client reads.
 */
export interface LabelTracks {
  track: number;
  block: number;
  clear: number[];
  alternates: number[];
  /** Narrow: where the label starts across. */
  labelAt: number;
}

/** The narrow chart's shared label column (rows are 0 and up). */
export const LABEL_COLUMN_TRACK = -1;
/** The wide chart's row of "written here" labels above the axis: no mark's label claims it. */
export const WRITTEN_ROW_TRACK = -2;
/** Rows per lane in track numbers: a row's track is lane × ROWS_PER_LANE + row. */
export const ROWS_PER_LANE = 1000;
/** How far (in rows) a wide label may dodge from its mark's row. */
const DODGE_ROWS = 2;

export interface TrackMark {
  row: number;
  /** The mark's centre across. */
  across: number;
  event: { lane: Lane };
}

export interface TrackOptions {
  wide: boolean;
  /** Space between a lane's edge and the labels that start after it (narrow). */
  labelGap: number;
  /** A mark's reach across from its centre. */
  r: number;
  /** Narrow: the drawn label's estimated width (px) for a mark whose label starts at `labelAt` across. */
  width: (i: number, labelAt: number) => number;
}

export function labelTracks(marks: readonly TrackMark[], lanes: readonly LaneBand[], options: TrackOptions): LabelTracks[] {
  const { wide, labelGap, r } = options;
  const laneIndex = new Map(lanes.map((l, i) => [l.lane, i]));
  const laneOf = (m: TrackMark) => laneIndex.get(m.event.lane) ?? 0;
  const rowTrack = (m: TrackMark) => laneOf(m) * ROWS_PER_LANE + m.row;
  // Each row's reach across (narrow): where its marks sit, centre ± r.
  const rows = new Map<number, number>();
  if (!wide) for (const m of marks) rows.set(rowTrack(m), m.across);
  const rowList = [...rows].sort((a, b) => a[0] - b[0]);
  return marks.map((m, i) => {
    const li = laneOf(m);
    const lane = lanes[li]!;
    const block = rowTrack(m);
    if (wide) {
      const alternates: number[] = [];
      for (let k = 1; k <= DODGE_ROWS; k++) {
        for (const row of [m.row - k, m.row + k]) if (row >= 0 && row < lane.rows) alternates.push(li * ROWS_PER_LANE + row);
      }
      return { track: block, block, clear: [], alternates, labelAt: 0 };
    }
    const labelAt = lane.start + lane.size + labelGap;
    // The text runs from labelAt to its estimated end; a gap either side, so it never touches a mark.
    const end = labelAt + options.width(i, labelAt) + labelGap;
    const clear = rowList.filter(([, across]) => across + r + labelGap > labelAt && across - r < end).map(([track]) => track);
    return { track: LABEL_COLUMN_TRACK, block, clear, alternates: [], labelAt };
  });
}
