import type { Lane } from '../../schemas/vocabulary.ts';
import type { LaneBand } from './layout.ts';

/**
 * Which tracks each mark's label may use, from the chart's layout. Wide: a
 * label claims its mark's row and may dodge onto the lane's neighbouring rows
 * (one away, then two). Narrow: every label claims the one shared label
 * column, which starts right of the label's lane and runs across the lanes
 * after it, so it must keep clear of their marks. Pure; the build writes the
 * result into data attributes that the client reads back.
 */
export interface LabelTracks {
  track: number;
  block: number;
  clear: number[];
  alternates: number[];
  /** Narrow: where the label starts across. */
  labelAt: number;
}

/** The narrow chart's shared label column (lanes are 0, 1, 2, …). */
export const LABEL_COLUMN_TRACK = -1;
/** The wide chart's row of "written here" labels above the axis: no mark's label claims it. */
export const WRITTEN_ROW_TRACK = -2;
/** Rows per lane in wide track numbers: a row's track is lane × ROWS_PER_LANE + row. */
export const ROWS_PER_LANE = 1000;
/** How far (in rows) a wide label may dodge from its mark's row. */
const DODGE_ROWS = 2;

export function labelTracks(marks: readonly { row: number; event: { lane: Lane } }[], lanes: readonly LaneBand[], wide: boolean, labelGap: number): LabelTracks[] {
  const laneIndex = new Map(lanes.map((l, i) => [l.lane, i]));
  return marks.map((m) => {
    const li = laneIndex.get(m.event.lane) ?? 0;
    const lane = lanes[li]!;
    if (wide) {
      const track = li * ROWS_PER_LANE + m.row;
      const alternates: number[] = [];
      for (let k = 1; k <= DODGE_ROWS; k++) {
        for (const row of [m.row - k, m.row + k]) if (row >= 0 && row < lane.rows) alternates.push(li * ROWS_PER_LANE + row);
      }
      return { track, block: track, clear: [], alternates, labelAt: 0 };
    }
    const clear = lanes.map((_, i) => i).filter((i) => i > li);
    return { track: LABEL_COLUMN_TRACK, block: li, clear, alternates: [], labelAt: lane.start + lane.size + labelGap };
  });
}
