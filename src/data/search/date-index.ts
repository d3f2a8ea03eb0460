/**
 * Builds the date index (/search/dates.json, types in src/lib/search/date-index.ts)
 * from the site's data: events, claims with their events, pieces with the
 * dated mentions of their own text (src/lib/date-query/scan.ts).
 */
import type { Site } from '../site.ts';
import { writtenBy, writtenFrom } from '../../lib/attribution.ts';
import { datedMentions } from '../../lib/date-query/scan.ts';
import { pieceText } from '../../markdown/piece-text.ts';
import { publicOf } from '../../lib/public-date.ts';
import { KINDS, TOPICS } from '../../schemas/vocabulary.ts';
import { RESULT_TYPES, type Labels } from '../../lib/search/facets.ts';
import { firstSentence, shorten, type DateIndex } from '../../lib/search/date-index.ts';
import { choosePeriods, splitDateIndex, type DateManifest, type PeriodFile } from '../../lib/search/date-periods.ts';

/** The events a claim concerns, then those its record rests on, each once. */
export function claimEvents(claim: { events: readonly string[]; record?: { events: readonly string[] } }): string[] {
  return [...new Set([...claim.events, ...(claim.record?.events ?? [])])];
}

export function buildDateIndex(site: Site): DateIndex {
  return {
    events: site.events.map((e) => ({
      id: e.id,
      title: e.title,
      start: e.start,
      ...(e.end ? { end: e.end } : {}),
      // The client formats the date (eventDate); a day, the common case, goes unsaid.
      ...(e.precision !== 'day' ? { precision: e.precision } : {}),
      kind: e.kind,
      actors: e.actors,
      summary: firstSentence(e.summary, 140),
      ...(e.announced ? { announced: e.announced } : publicOf(e) > e.start ? { disclosed: publicOf(e) } : {}),
    })),
    // A claim is dated by its events: those it concerns and those its record rests on.
    claims: site.claims.map((c) => ({ id: c.id, quote: shorten(c.quote, 140), events: claimEvents(c), topics: c.topics, piece: c.piece })),
    pieces: site.articles.map((a) => ({
      id: a.id,
      title: a.data.title,
      from: writtenFrom(a.data.published),
      to: writtenBy(a.data.published),
      mentions: datedMentions(pieceText(a.body ?? '')),
      topics: [...new Set(a.data.claims.flatMap((c) => c.topics))],
    })),
  };
}

/** Reader-facing names of the facets' ids (/search/labels.json): fetched by every search, so kept apart from the dates. */
export function buildLabels(site: Site): Labels {
  return {
    type: { ...RESULT_TYPES },
    actor: Object.fromEntries([...site.actorById.values()].map((a) => [a.id, a.name])),
    kind: { ...KINDS },
    topic: { ...TOPICS },
    piece: Object.fromEntries(site.articles.map((a) => [a.id, a.data.title])),
  };
}

interface DatePeriods {
  manifest: DateManifest;
  files: Map<string, PeriodFile>;
}
const periodsOfSite = new WeakMap<Site, DatePeriods>();

/** The date index split by period (src/lib/search/date-periods.ts): the manifest and each period's file; once per build (the search page, the manifest and the files all use it). */
export function buildDatePeriods(site: Site): DatePeriods {
  let found = periodsOfSite.get(site);
  if (!found) {
    const index = buildDateIndex(site);
    const periods = choosePeriods(index);
    found = { manifest: { v: 1, periods }, files: splitDateIndex(index, periods) };
    periodsOfSite.set(site, found);
  }
  return found;
}
