/**
 * The search records (src/lib/search/record.ts): one per piece, claim and
 * event page, built from the site's data — the same words each page shows in
 * its searchable part, in the page's order. Both engines are given this one
 * list: the small text index and Pagefind (src/integration/pagefind.ts), so
 * no engine reads the built HTML and neither reads the other's files.
 *
 * What a page shows but a record leaves out is what the page marks as not
 * its text (`data-pagefind-ignore`, and NOT_TEXT in src/lib/search/record.ts):
 * navigation, definition-list labels, eyebrows, buttons, editors' notes,
 * lists of other claims, the share and citation controls.
 * tests/dist/search-records.test.ts holds each record to its page, word for word.
 */
import type { Claim, Site, SiteEvent } from '../site.ts';
import type { ArticleEntry } from '../site.ts';
import type { Meeting } from '../readouts.ts';
import { authorLabel, outletLabel, publishedLabel } from '../../lib/attribution.ts';
import { formatDay, formatRange } from '../../calendar/calendar.ts';
import { publicDate, publicModeText } from '../../lib/public-date.ts';
import { sourceTally } from '../../lib/source-tally.ts';
import { paths } from '../../lib/urls.ts';
import type { SearchRecord } from '../../lib/search/record.ts';
import { READOUT_MARKS, READOUT_SIDE_IDS, READOUT_SIDES, READOUT_TOPIC_IDS, READOUT_TOPICS, STATUSES, TOPICS } from '../../schemas/vocabulary.ts';
import type { Article } from '../../schemas/article.ts';
import { pieceText } from '../../markdown/piece-text.ts';
import { locateNotes } from '../../lib/margin-notes.ts';
import { claimEntry, eventEntry, pieceEntry, type IndexEntry } from './index-entry.ts';

/** Blocks of text, each ended as a sentence (as Pagefind ends a block element), joined by spaces. */
function blocks(...parts: (string | false | null | undefined)[]): string {
  return parts
    .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .map((p) => (/[.!?:;…”’"')]$/.test(p) ? p : `${p}.`))
    .join(' ');
}

function record(url: string, entry: IndexEntry, content: string): SearchRecord {
  return {
    url,
    content,
    meta: {
      title: entry.title,
      type: entry.type,
      date: entry.dateLabel,
      start: entry.start,
      end: entry.end,
      ...(entry.verdict ? { status: entry.verdict.status, line: entry.verdict.line } : {}),
    },
    filters: { ...entry.filters },
  };
}

/** Who wrote a piece, where and when, as its provenance list shows it (labels and notes aside). */
function provenance(article: Article): string[] {
  return [authorLabel(article), article.outlet ?? outletLabel(article), publishedLabel(article.published)];
}

/** One meeting's readouts grid: each side with its publisher, then each topic's marks, then where they part. */
function readoutText(meeting: Meeting): string[] {
  const { readouts } = meeting;
  return [
    'What each side said of the talks',
    'Beijing and Pyongyang each published an official account of this meeting. Here they are side by side, topic by topic; all the Kim–Xi meetings’ readouts are compared on one page.',
    ['Topic', ...READOUT_SIDE_IDS.map((side) => `${READOUT_SIDES[side]} ${readouts[side].publisher}`)].join(' '),
    ...READOUT_TOPIC_IDS.map((topic) => `${READOUT_TOPICS[topic]}: ${READOUT_SIDE_IDS.map((side) => READOUT_MARKS[readouts[side].topics[topic]?.mark ?? 'absent']).join('; ')}`),
    readouts.difference ? `Where the two accounts part: ${readouts.difference}` : '',
  ];
}

export function eventRecord(event: SiteEvent, site: Site, meeting: Meeting | undefined): SearchRecord {
  const when = formatRange(event.start, event.end, event.precision);
  const actors = event.actors.flatMap((id) => site.actorById.get(id)?.name ?? []);
  return record(paths.event(event.id), eventEntry(event, site.claimById), blocks(
    event.title,
    `${when} · ${event.place}`,
    event.summary,
    'About the sources',
    `${sourceTally(event.sources)}: listed below`,
    event.singleSourceReason && `One source only: ${event.singleSourceReason}`,
    event.corrected && `Corrected ${formatDay(event.corrected.date)}: ${event.corrected.note}`,
    actors.join('; '),
    `${when}${event.disclosed ? ` — made public ${formatDay(event.disclosed)}` : ''}`,
    publicModeText(publicDate(event), formatDay),
    ...(meeting ? readoutText(meeting) : []),
    'Sources',
    ...event.sources.map((s) => `${s.publisher}, ${s.title}, ${formatDay(s.date)}`),
  ));
}

export function claimRecord(claim: Claim, site: Site): SearchRecord {
  const article = claim.article.data;
  const { record: shown } = claim;
  const eventLine = (id: string) => {
    const e = site.eventById.get(id);
    return e ? `${formatRange(e.start, e.end, e.precision)} ${e.title}` : undefined;
  };
  const alsoNamed = claim.events.filter((id) => !shown.events.includes(id));
  return record(paths.claim(claim.id), claimEntry(claim, site.eventById), blocks(
    `“${claim.quote}”`,
    `${authorLabel(article)}, ${outletLabel(article)}, ${publishedLabel(article.published)} · in ${article.title}`,
    'What the record shows',
    // A forecast's test, its day and its outcome (their labels are not text).
    shown.test,
    shown.by && formatDay(shown.by),
    shown.test && `${STATUSES[shown.status]}${shown.review ? ` · to be reviewed on ${formatDay(shown.review)}` : ''}`,
    shown.note,
    shown.why && `Why the record cannot settle it: ${shown.why}`,
    ...shown.events.map(eventLine),
    ...alsoNamed.map(eventLine),
    'In its piece',
    claim.paragraph,
    ...provenance(article),
    claim.topics.map((t) => TOPICS[t]).join(' · '),
  ));
}

/** A piece's paragraphs, each after the margin notes beside it ("“phrase” note. Record: event, event."). */
function withMarginNotes(article: Article, paragraphs: string[], eventById: Site['eventById']): string[] {
  const { located } = locateNotes(paragraphs, article.margin);
  return paragraphs.flatMap((paragraph, i) => [
    ...located.filter((l) => l.paragraph === i).map(({ note }) => {
      const labels = note.events.flatMap((id) => { const e = eventById.get(id); return e ? [e.label ?? e.title] : []; });
      return `“${note.phrase}” ${note.note} Record: ${labels.join(', ')}.`;
    }),
    paragraph,
  ]);
}

export function pieceRecord(entry: ArticleEntry, site: Site): SearchRecord {
  const article = entry.data;
  return record(paths.article(entry.id), pieceEntry(entry.id, article), blocks(
    article.title,
    article.dek,
    ...provenance(article),
    'How we know where and when it ran',
    ...withMarginNotes(article, pieceText(entry.body ?? '').split('\n'), site.eventById),
  ));
}

/** Every page search finds: the pieces, their claims, the events. */
export function buildSearchRecords(site: Site, meetings: ReadonlyMap<string, Meeting>): SearchRecord[] {
  return [
    ...site.articles.map((a) => pieceRecord(a, site)),
    ...site.claims.map((c) => claimRecord(c, site)),
    ...site.events.map((e) => eventRecord(e, site, meetings.get(e.id))),
  ];
}
