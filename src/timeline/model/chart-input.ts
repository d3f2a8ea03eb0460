/**
 * What the chart is drawn from: its events, pieces and story callouts, as the
 * page's layout (src/timeline/draw/timeline-layout.ts) gathers them from its records.
 */
import type { TimelineEvent } from './marks.ts';
import type { Direction } from '../../schemas/vocabulary.ts';
import type { Emphasis } from './emphasis.ts';

/** An event as the chart draws it: its layout fields plus what a reader sees. */
export interface ChartEvent extends TimelineEvent {
  url: string;
  /** Accessible name, the label first: "Kim in Beijing (1st visit): Kim Jong Un visits Beijing, 25–28 March 2018". */
  name: string;
  /** The short label drawn beside the mark ("Kim in Beijing (1st visit)"). */
  text: string;
  /** Who reached out, for China–DPRK contacts. */
  direction: Direction | null;
  /** Label priority (emphasisPriority): 0 China–DPRK contacts, 1 other turning points, 3 unlabelled. */
  priority: number;
  /** How loud the mark is drawn (src/timeline/model/emphasis.ts). */
  emphasis: Emphasis;
  /** The date as a reader reads it ("25–28 March 2018"). */
  when: string;
  /** One line of detail: lane, kind, place, disclosure. */
  meta: string;
  /** The event's one-line summary (first sentence). */
  summary: string;
  afterPieces: boolean;
  t0: number;
  t1: number;
}

/** A piece's writing date (or window) marked on the axis. */
export interface ChartPiece {
  label: string;
  /** A shorter label for crowded views ("Ching"). */
  short: string;
  from: number;
  to: number;
  window: boolean;
}

/** A story callout with the times of the marks it cites. */
export interface ChartCallout {
  id: string;
  title: string;
  /** The events it describes, by id: the marks its leader may point at. */
  events: string[];
  /** Anchors of the first and last cited mark. */
  from: number;
  to: number;
  /** Links between two marks, by event id. */
  links: { event: string; to: string }[];
}
