import { DAY_MS, dayStart, isoDay } from '../calendar/calendar.ts';

/**
 * When an event became public, and how: the rule, in one place.
 *
 * - `announced` (given by hand): it was announced before it happened (a
 *   summit, a state visit). Public from that day.
 * - `disclosed` (given by hand): it was kept quiet while under way and made
 *   public later (Kim's trips, announced as they ended). Public from that day.
 * - neither: it was reported the day it began. Public from its start.
 *
 * The sources check the rule. A report dated on or after the start says the
 * event was public by then, so the public day may not fall after the earliest
 * of them; one day's grace allows for a report dated in a time zone behind
 * Beijing and Pyongyang (a Xinhua release in the early hours is the evening
 * before in Washington). Reports dated before the start tell of preparations
 * or announcements, never of the event itself, so they check only `announced`,
 * which may not fall after the earliest report at all.
 *
 * "Under way but not yet public" (start ≤ day < disclosed) is the horizon's
 * notion (horizon.ts); `publicOf` feeds it the day this rule derives.
 */

export type PublicMode = 'announced' | 'same-day' | 'disclosed-later';

/** The dates of an event this rule reads. */
export interface PublicDated {
  start: string;
  announced?: string | undefined;
  disclosed?: string | undefined;
  sources: readonly { date: string }[];
}

export interface PublicDate {
  mode: PublicMode;
  /** The first day the public knew of the event. */
  date: string;
  /** The earliest source dated on or after the start: the latest the rule allows. */
  earliestReport: string | undefined;
}

/** How and when the public learned of an event. */
export function publicDate(event: PublicDated): PublicDate {
  const earliestReport = event.sources
    .map((s) => s.date)
    .filter((d) => d >= event.start)
    .sort()[0];
  if (event.announced) return { mode: 'announced', date: event.announced, earliestReport };
  if (event.disclosed && event.disclosed > event.start) return { mode: 'disclosed-later', date: event.disclosed, earliestReport };
  return { mode: 'same-day', date: event.start, earliestReport };
}

/**
 * The day from which an event counts as public while under way: the horizon's
 * `disclosed`. An announced event is public from its start at the latest.
 */
export function publicOf(event: PublicDated): string {
  const { mode, date } = publicDate(event);
  return mode === 'disclosed-later' ? date : event.start;
}

/** Why an event's dates contradict its sources, field by field, with the fix; empty when they agree. */
export function publicDateProblems(event: PublicDated): { field: 'announced' | 'disclosed'; message: string }[] {
  const problems: { field: 'announced' | 'disclosed'; message: string }[] = [];
  const earliest = event.sources.map((s) => s.date).sort()[0];
  if (event.announced) {
    if (event.disclosed) {
      problems.push({ field: 'disclosed', message: `an event announced beforehand (announced: ${event.announced}) cannot also be disclosed later; keep announced and remove disclosed, or the reverse` });
    }
    if (event.announced >= event.start) {
      problems.push({ field: 'announced', message: `announced (${event.announced}) is not before start (${event.start}); an event reported the day it began needs no announced field: remove it` });
    }
    if (earliest && event.announced > earliest) {
      problems.push({ field: 'announced', message: `announced (${event.announced}) is after the earliest source (${earliest}), which already tells of it; set announced to ${earliest} or earlier` });
    }
    return problems;
  }
  const { mode, date, earliestReport } = publicDate(event);
  if (mode === 'disclosed-later' && earliestReport && date > isoDay(dayStart(earliestReport) + DAY_MS)) {
    problems.push({ field: 'disclosed', message: `disclosed (${date}) is after the earliest report of the event (${earliestReport}), so it was public by then; set disclosed to ${earliestReport} (or remove it if that is the start)` });
  }
  return problems;
}

/** One sentence: how the public learned of it, for an event's page. */
export function publicModeText(p: PublicDate, formatDay: (iso: string) => string): string {
  if (p.mode === 'announced') return `Announced beforehand, by ${formatDay(p.date)}.`;
  if (p.mode === 'disclosed-later') return `Kept quiet while under way; made public on ${formatDay(p.date)}.`;
  return `Reported as it happened, from ${formatDay(p.date)}.`;
}
