/**
 * What the timeline section draws, laid out from the records it is given:
 * the events as the chart draws them, the pieces' days, the story notes whose
 * events are all drawn, the chart's model with both layouts
 * (src/timeline/model/chart-model.ts) and the takeaway that heads the page.
 * It reads nothing itself: the site's page gathers its records in
 * timeline-data.ts, and the dense chart's fixture site
 * (tests/fixtures/dense-site/) passes generated ones through this same code.
 */
import type { SiteEvent, ArticleEntry } from '../../data/site.ts';
import type { Annotation } from '../../schemas/annotation.ts';
import { isLeaderMeeting } from '../model/story-arc.ts';
import { href, paths } from '../../lib/urls.ts';
import { dayEnd, dayStart, formatDay, formatRange } from '../../calendar/calendar.ts';
import { writtenBy, writtenFrom } from '../../lib/attribution.ts';
import { markTimes } from '../model/marks.ts';
import { labelOf } from '../model/label-text.ts';
import { emphasisOf, emphasisPriority } from '../model/emphasis.ts';
import { takeaway } from '../model/takeaway.ts';
import { firstSentence } from '../model/summary.ts';
import { DEFAULT_VIEW } from '../model/config.ts';
import { timeModel } from '../model/time-model.ts';
import { chartModel, type ChartModelInput } from '../model/chart-model.ts';
import { DENSE_ABOVE, LINKS_MAX } from '../dense/model/thresholds.ts';
import { warp } from '../model/axis-break.ts';
import { rangeParams } from '../model/url-range.ts';
import { KINDS, LANES, KIND_IDS } from '../../schemas/vocabulary.ts';
import type { ChartCallout, ChartEvent, ChartPiece } from './props.ts';

/** A piece as the timeline reads it: its slug, title, author and when it was written. */
export interface TimelinePieceEntry {
  id: string;
  data: Pick<ArticleEntry['data'], 'title' | 'author' | 'published'>;
}

export interface TimelineRecords {
  /** The events to draw, in date order. */
  events: SiteEvent[];
  /** The pieces, in the order they were written. */
  articles: readonly TimelinePieceEntry[];
  /** The story notes (a note is drawn only when all its events are). */
  annotations: readonly Annotation[];
  /** The country of a place, by its id: a Kim–Xi meeting is one held in China or North Korea. */
  countryOf: (placeId: string | undefined) => string | undefined;
  /** The record as of this day: pieces written later are left out. */
  asOf?: string | undefined;
  /**
   * When the chart is dense: the model's thresholds (src/timeline/dense/model/thresholds.ts)
   * unless given. Only a reference chart that must never go dense gives its own.
   */
  density?: ChartModelInput['density'] | undefined;
}

export function timelineLayout(records: TimelineRecords) {
  const { events } = records;
  const chartEvents: ChartEvent[] = events.map((e) => {
    const when = formatRange(e.start, e.end, e.precision);
    const times = markTimes(e);
    const meta = [
      `${LANES[e.lane]} · ${KINDS[e.kind]}`,
      e.place,
      e.precision !== 'day' ? `date known only to the ${e.precision}` : '',
      e.disclosed && e.disclosed !== e.start ? `made public ${formatDay(e.disclosed)}` : '',
      e.afterPieces ? 'after both pieces were written' : '',
    ].filter(Boolean).join(' · ');
    const emphasis = emphasisOf({ ...e, leaderMeeting: isLeaderMeeting(e, records.countryOf(e.placeId)) });
    const text = labelOf(e);
    return {
      id: e.id, title: e.title, start: e.start, end: e.end, precision: e.precision, disclosed: e.disclosed, kind: e.kind, lane: e.lane,
      // The accessible name starts with the visible label, so a reader can say what they see (WCAG 2.5.3).
      url: href(paths.event(e.id)), name: `${text}: ${e.title}, ${when}`, text, direction: e.direction ?? null, priority: emphasisPriority(emphasis, e.lane), emphasis,
      when, meta, summary: firstSentence(e.summary), afterPieces: e.afterPieces, t0: times.t0, t1: times.t1,
    };
  });
  const pieces: (ChartPiece & { title: string; slug: string; from_: string; to_: string })[] = records.articles.filter((a) => !records.asOf || writtenFrom(a.data.published) <= records.asOf).map((a) => {
    const from_ = writtenFrom(a.data.published);
    const to_ = writtenBy(a.data.published);
    const who = a.data.author ? a.data.author.split(' ').at(-1) ?? a.data.author : 'Unsigned piece';
    const window = from_ !== to_;
    return { title: a.data.title, slug: a.id, from_, to_, from: dayStart(from_), to: dayEnd(to_), window, label: window ? `${who}: written in this window` : `${who}: written here`, short: a.data.author ? who : 'Unsigned' };
  });
  const time = timeModel(chartEvents, pieces);
  const w = (t: number) => warp(time.breaks, t);
  /** The pieces' days in chart time, as the charts place them. */
  const chartPieces = pieces.map((p) => ({ ...p, from: w(p.from), to: w(p.to) }));
  const anchors = new Map(chartEvents.map((e) => [e.id, w(markTimes(e).anchor)]));
  // A story note needs all its events drawn (a subset, as of a day, may lack some).
  const notes = records.annotations.filter((a) => a.events.every((id) => anchors.has(id)));
  const callouts: ChartCallout[] = notes.map((a) => {
    const times = a.events.map((id) => anchors.get(id)).filter((t): t is number => t !== undefined);
    return { id: a.id, title: a.title, events: a.events, from: Math.min(...times), to: Math.max(...times), links: (a.links ?? []).map((l) => ({ event: l.event, to: l.to })) };
  });
  const density = records.density ?? { denseAbove: DENSE_ABOVE, linksMax: LINKS_MAX };
  const chart = chartModel({ time, events: chartEvents, pieces: chartPieces, callouts, breaks: time.breaks, bounds: time.views.all, density });
  /** The takeaway: the Kim–Xi meetings (drawn large) counted against the other China–North Korea contacts. */
  const meetings = chartEvents.filter((e) => e.emphasis === 'lead' && e.kind === 'visit');
  const otherContacts = chartEvents.filter((e) => e.lane === 'china-dprk' && e.direction && !meetings.includes(e)).length;
  return {
    events,
    pieces,
    notes,
    chart,
    initial: rangeParams(DEFAULT_VIEW[0], DEFAULT_VIEW[1]),
    takeaway: takeaway(meetings, DEFAULT_VIEW[1], otherContacts),
    kindsUsed: KIND_IDS.filter((k) => events.some((e) => e.kind === k)),
  };
}

/** Everything the timeline section writes out (src/timeline/draw/TimelineSection.astro). */
export type TimelineDrawing = ReturnType<typeof timelineLayout>;
