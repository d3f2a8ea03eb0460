/**
 * The small date index (/search/dates.json) that answers a date-only query
 * without the full-text engine: every event with its dates, kind, lane,
 * actors and topics, plus the labels the facets show for ids.
 */
import type { Site } from '../../data/site.ts';
import { formatRange, type IsoDate } from '../calendar.ts';
import type { Precision } from '../../schemas/vocabulary.ts';
import { KINDS, TOPICS } from '../../schemas/vocabulary.ts';
import { RESULT_TYPES, type Labels } from './facets.ts';

export interface DateIndexEvent {
  id: string;
  title: string;
  start: IsoDate;
  end?: IsoDate;
  precision: Precision;
  /** The date as readers see it. */
  date: string;
  url: string;
  kind: string;
  lane: string;
  actors: string[];
  topics: string[];
  /** The summary's first sentence, for the result excerpt. */
  summary: string;
}

export interface DateIndex {
  events: DateIndexEvent[];
  labels: Labels;
}

/** First sentence, at most ~200 characters, cut at a word. */
export function firstSentence(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= 200) return sentence;
  return `${sentence.slice(0, 200).replace(/\s+\S*$/, '')}…`;
}

export function buildDateIndex(site: Site, url: (path: string) => string): DateIndex {
  const events = site.events.map((e): DateIndexEvent => {
    const topics = new Set(e.claims.flatMap((id) => site.claimById.get(id)?.topics ?? []));
    return {
      id: e.id,
      title: e.title,
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
      precision: e.precision,
      date: formatRange(e.start, e.end, e.precision),
      url: url(`/events/${e.id}/`),
      kind: e.kind,
      lane: e.lane,
      actors: e.actors,
      topics: [...topics],
      summary: firstSentence(e.summary),
    };
  });
  return {
    events,
    labels: {
      type: { ...RESULT_TYPES },
      actor: Object.fromEntries([...site.actorById.values()].map((a) => [a.id, a.name])),
      kind: { ...KINDS },
      topic: { ...TOPICS },
      piece: Object.fromEntries(site.articles.map((a) => [a.id, a.data.title])),
    },
  };
}
