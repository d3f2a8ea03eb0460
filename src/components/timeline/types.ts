import type { TimelineEvent } from '../../lib/timeline/marks.ts';

/** An event as the chart draws it: its layout fields plus what a reader sees. */
export interface ChartEvent extends TimelineEvent {
  url: string;
  /** Accessible name: "Kim Jong Un visits Beijing, 25–28 March 2018". */
  label: string;
  /** One line of detail: lane, kind, place, disclosure. */
  meta: string;
  afterPieces: boolean;
  t0: number;
  t1: number;
}

/** A piece's writing date (or window) marked on the axis. */
export interface ChartPiece {
  label: string;
  from: number;
  to: number;
  window: boolean;
}
