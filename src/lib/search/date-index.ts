/**
 * The small date index that answers a date-only query without the full-text
 * engine: every event with its dates, every claim with the events it
 * concerns, every piece with when it was written and the periods its text
 * speaks of. (The facets' labels are /search/labels.json.) Written whole as
 * /search/dates.json (for search as of a day) and by period, each period's
 * facts apart from its text (date-periods.ts, date-wire.ts). No URLs (they
 * follow from the ids, src/lib/urls.ts) and no formatted dates (the client
 * writes them from start, end and precision with the pages' own functions:
 * eventDate and pieceDate below). Built by src/data/search/date-index.ts.
 */
import { formatRange, type IsoDate } from '../../calendar/calendar.ts';
import { writtenLabel } from '../attribution.ts';
import type { Mention } from '../date-query/scan.ts';

/** How exactly an event's date is known, when coarser than a day (left out for a day, the common case). */
export type CoarsePrecision = 'month' | 'season' | 'year';

export interface DateIndexEvent {
  id: string;
  title: string;
  start: IsoDate;
  end?: IsoDate;
  /** Only when the date is known to the month, season or year; absent means to the day. */
  precision?: CoarsePrecision;
  kind: string;
  actors: string[];
  /** The summary's first sentence, shortened, for the result excerpt. */
  summary: string;
  /** The day it became public, when later than its start (public-date.ts), for `?asof=`. */
  disclosed?: IsoDate;
  /** The day it was announced, when before its start, for `?asof=`. */
  announced?: IsoDate;
}

export interface DateIndexClaim {
  id: string;
  /** The quote, shortened at a word to ~140 characters. */
  quote: string;
  /** Ids of the events it concerns and those its record rests on: it belongs to a date range when one of them does. */
  events: string[];
  topics: string[];
  /** The piece it is from: with `?asof=`, a claim shows only once its piece was written. */
  piece: string;
}

export interface DateIndexPiece {
  id: string;
  title: string;
  /** The window it was written in (one day when the date is known). */
  from: IsoDate;
  to: IsoDate;
  /** The periods its text names, each with the sentence that names it. */
  mentions: Mention[];
  topics: string[];
}

export interface DateIndex {
  events: DateIndexEvent[];
  claims: DateIndexClaim[];
  pieces: DateIndexPiece[];
}

/**
 * The same items without what is only shown (titles, summaries, quotes, the
 * sentences that name a period) or read only by search as of a day (which
 * answers from the whole index): all a range needs to choose, order and count
 * its results. A period file carries these (date-wire.ts); the text of the
 * results on screen comes after, from the period's text file.
 */
export type EventFacts = Omit<DateIndexEvent, 'title' | 'summary' | 'disclosed' | 'announced'>;
export type ClaimFacts = Omit<DateIndexClaim, 'quote' | 'piece'>;
export type MentionSpan = Pick<Mention, 'from' | 'to'>;
export type PieceFacts = Omit<DateIndexPiece, 'title' | 'mentions'> & { mentions: MentionSpan[] };

/** Anything a date answer can be worked out from: the whole index, or period files' facts merged. */
export interface DateItems<E extends EventFacts = EventFacts, C extends ClaimFacts = ClaimFacts, P extends PieceFacts = PieceFacts> {
  events: E[];
  claims: C[];
  pieces: P[];
}

/** What a result shows, by id: an event's title and summary, a claim's quote, a piece's title and the words of each of its mentions. */
export interface DateTexts {
  events: Map<string, Pick<DateIndexEvent, 'title' | 'summary'>>;
  claims: Map<string, string>;
  pieces: Map<string, { title: string; mentions: Pick<Mention, 'phrase' | 'sentence'>[] }>;
}

/** An index's own text, by id, as DateTexts: the whole index carries its text inline. */
export function textsOf(index: DateIndex): DateTexts {
  return {
    events: new Map(index.events.map((e) => [e.id, { title: e.title, summary: e.summary }])),
    claims: new Map(index.claims.map((c) => [c.id, c.quote])),
    pieces: new Map(index.pieces.map((p) => [p.id, { title: p.title, mentions: p.mentions.map(({ phrase, sentence }) => ({ phrase, sentence })) }])),
  };
}

/** The event's date as its page shows it: "19–20 June 2018", "Spring 2003". */
export function eventDate(event: Pick<DateIndexEvent, 'start' | 'end' | 'precision'>): string {
  return formatRange(event.start, event.end, event.precision);
}

/** When the piece was written, as its page shows it: "20 March 2018", "between 10 January and 26 February 2019". */
export function pieceDate(piece: Pick<DateIndexPiece, 'from' | 'to'>): string {
  return writtenLabel(piece.from, piece.to);
}

/** First sentence, at most `max` characters, cut at a word. */
export function firstSentence(text: string, max = 200): string {
  const sentence = /^.*?[.!?](?=\s)/.exec(text)?.[0] ?? text;
  return shorten(sentence, max);
}

/** At most `max` characters, cut at a word, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}
