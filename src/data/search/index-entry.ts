/**
 * What the search index knows about each piece, claim and event page: its
 * title, type, date and filter values, the meta and filters of its search
 * record (src/data/search/records.ts); pure, so it can be tested.
 */
import type { Claim, SiteEvent } from '../site.ts';
import type { Article } from '../../schemas/article.ts';
import { formatRange, type IsoDate } from '../../calendar/calendar.ts';
import { publishedLabel, writtenBy, writtenFrom } from '../../lib/attribution.ts';
import { monthsOf, yearsOf } from '../../lib/date-query/overlap.ts';
import type { Filters, ResultType } from '../../lib/search/facets.ts';
import type { Status } from '../../schemas/vocabulary.ts';

export interface IndexEntry {
  type: ResultType;
  title: string;
  /** First and last day the item may be dated to; the sort key is `start`. */
  start: IsoDate;
  end: IsoDate;
  /** The date as readers see it ("19–20 June 2018", "between 10 January and 26 February 2019"). */
  dateLabel: string;
  filters: Filters;
  /** Claims: what the record shows, so a search result can say it under the quote. */
  verdict?: { status: Status; line: string };
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

function dated(start: IsoDate, end: IsoDate): Filters {
  return { year: yearsOf(start, end), month: monthsOf(start, end) };
}

export function eventEntry(event: SiteEvent, claimById: Map<string, Claim>): IndexEntry {
  const end = event.end ?? event.start;
  const claims = event.claims.flatMap((id) => claimById.get(id) ?? []);
  return {
    type: 'event',
    title: event.title,
    start: event.start,
    end,
    dateLabel: formatRange(event.start, event.end, event.precision),
    filters: {
      type: ['event'],
      ...dated(event.start, end),
      actor: event.actors,
      kind: [event.kind],
      topic: unique(claims.flatMap((c) => c.topics)),
      piece: unique(claims.map((c) => c.piece)),
    },
  };
}

/** A claim is dated by its piece; its actors and kinds are those of the events it concerns. */
export function claimEntry(claim: Claim, eventById: Map<string, SiteEvent>): IndexEntry {
  const published = claim.article.data.published;
  const start = writtenFrom(published);
  const end = writtenBy(published);
  const events = claim.events.flatMap((id) => eventById.get(id) ?? []);
  return {
    type: 'claim',
    title: `“${claim.quote}”`,
    start,
    end,
    dateLabel: publishedLabel(published),
    filters: {
      type: ['claim'],
      ...dated(start, end),
      actor: unique(events.flatMap((e) => e.actors)),
      kind: unique(events.map((e) => e.kind)),
      topic: claim.topics,
      piece: [claim.piece],
    },
    verdict: { status: claim.record.status, line: claim.record.line },
  };
}

export function pieceEntry(slug: string, article: Article): IndexEntry {
  const start = writtenFrom(article.published);
  const end = writtenBy(article.published);
  return {
    type: 'piece',
    title: article.title,
    start,
    end,
    dateLabel: publishedLabel(article.published),
    filters: {
      type: ['piece'],
      ...dated(start, end),
      topic: unique(article.claims.flatMap((c) => c.topics)),
      piece: [slug],
    },
  };
}
