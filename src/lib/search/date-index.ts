/**
 * The small date index (/search/dates.json) that answers a date-only query
 * without the full-text engine: every event with its dates, every claim with
 * the events it concerns, every piece with when it was written and the
 * periods its text speaks of. (The facets' labels are /search/labels.json.)
 * Kept compact (no URLs: they follow from the ids, src/lib/urls.ts), since
 * it is fetched whole. Built by src/data/search/date-index.ts.
 */
import type { IsoDate } from '../calendar.ts';
import type { Mention } from '../date-query/scan.ts';

export interface DateIndexEvent {
  id: string;
  title: string;
  start: IsoDate;
  end?: IsoDate;
  /** The date as readers see it. */
  date: string;
  kind: string;
  actors: string[];
  /** The summary's first sentence, shortened, for the result excerpt. */
  summary: string;
}

export interface DateIndexClaim {
  id: string;
  /** The quote, shortened at a word to ~140 characters. */
  quote: string;
  /** Slug of its piece. */
  piece: string;
  /** Ids of the events it concerns and those its record rests on: it belongs to a date range when one of them does. */
  events: string[];
  topics: string[];
}

export interface DateIndexPiece {
  id: string;
  title: string;
  /** The window it was written in (one day when the date is known). */
  from: IsoDate;
  to: IsoDate;
  /** When it was written, as readers see it. */
  date: string;
  /** The periods its text names, each with the sentence that names it. */
  mentions: Mention[];
  topics: string[];
}

export interface DateIndex {
  events: DateIndexEvent[];
  claims: DateIndexClaim[];
  pieces: DateIndexPiece[];
}

/** First sentence, at most `max` characters, cut at a word. */
export function firstSentence(text: string, max = 200): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return shorten(sentence, max);
}

/** At most `max` characters, cut at a word, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
