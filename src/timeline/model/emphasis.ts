import type { Direction, Kind, Lane } from '../../schemas/vocabulary.ts';
import { labelWidth } from './label-text.ts';

/**
 * How loud a mark is, decided by rules on the data, never per mark:
 * - lead: the Kim–Xi meetings (`leaderMeeting`: a visit with both leaders,
 *   held in the host's country; isLeaderMeeting in story-arc.ts, as the home
 *   page's arc draws them) and the envoy Kim did not receive (an envoy Xi sent
 *   to Pyongyang with no Kim among the actors): drawn large, labelled in bold;
 * - regular: every other China–DPRK contact (an event with a direction), and
 *   the other lanes' turning points (summits, speeches such as the New Year
 *   address, sanctions resolutions, and their one-off events such as the
 *   Olympics): drawn and labelled in a regular weight;
 * - minor: the rest (statements, elections, congresses): drawn small and left
 *   unlabelled; the popover and the list name them.
 */
export type Emphasis = 'lead' | 'regular' | 'minor';

export interface EmphasisInput {
  lane: Lane;
  kind: Kind;
  direction?: Direction | null | undefined;
  actors: readonly string[];
  /** A Kim–Xi meeting (isLeaderMeeting). */
  leaderMeeting: boolean;
}

const KIM = 'kim-jong-un';
const XI = 'xi-jinping';
const TURNING_POINTS: ReadonlySet<Kind> = new Set<Kind>(['summit', 'speech', 'sanctions', 'other']);

export function emphasisOf(e: EmphasisInput): Emphasis {
  const contact = e.lane === 'china-dprk';
  const kim = e.actors.includes(KIM);
  if (contact && e.leaderMeeting) return 'lead';
  if (contact && e.kind === 'envoy' && e.direction === 'china-to-dprk' && e.actors.includes(XI) && !kim) return 'lead';
  if (contact && e.direction) return 'regular';
  if (!contact && TURNING_POINTS.has(e.kind)) return 'regular';
  return 'minor';
}

/**
 * Label priority (lower first; UNLABELLED and above are never labelled): the
 * China–DPRK contacts, lead or regular, together (so the phone's column keeps
 * them in time order), then the other lanes' turning points.
 */
export const UNLABELLED = 3;
export function emphasisPriority(emphasis: Emphasis, lane: Lane): number {
  if (emphasis === 'minor') return UNLABELLED;
  return lane === 'china-dprk' ? 0 : 1;
}

/**
 * The labels a reader must find, which claim their places in the phone's
 * column before any other (their priority there is KEPT), the rest filling in
 * around them (chart-labels.ts): the lead marks' (the Kim–Xi meetings, the
 * envoy not received) and the summits'.
 */
export const KEPT = -1;
export function keptLabel(emphasis: Emphasis, kind: Kind): boolean {
  return emphasis === 'lead' || (emphasis !== 'minor' && kind === 'summit');
}

/** How much larger a lead mark's glyph is drawn than the others (timeline.css: `.em-lead .tl-symbol`). */
export const LEAD_SCALE = 1.3;

/** Label font size (px) and weight per emphasis, for the width estimate and the drawing. */
export const LABEL_STYLE: Record<Emphasis, { font: number; bold: boolean }> = {
  lead: { font: 13, bold: true },
  regular: { font: 12, bold: false },
  minor: { font: 11, bold: false },
};

/** A label's drawn width (px), estimated from its characters at its emphasis's size (bold runs about 8% wider). */
export function labelExtent(text: string, emphasis: Emphasis): number {
  const style = LABEL_STYLE[emphasis];
  return labelWidth(text, style.bold ? style.font * 1.08 : style.font);
}
