import type { Store } from './store.ts';
import type { Topic } from '../schemas/vocabulary.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Annotation } from '../schemas/annotation.ts';
import type { EventEntry } from '../schemas/event.ts';
import type { ClaimKind, ClaimRecord } from '../schemas/claim.ts';
import { writtenBy, writtenFrom } from '../lib/attribution.ts';
import { recordEnd, withRecordEnd } from '../lib/record-end.ts';

/**
 * The join, as a pure function of the store's entries (src/data/site.ts runs
 * it once per build; tests and the benchmark run it on the checked content): pieces with their claims (the quote
 * and paragraph read from the Markdown, the rest from frontmatter), events in
 * date order, actors, and the links between claims and events in both ways.
 */

export type ArticleEntry = Store['articles'][number];

export interface Claim {
  id: string;
  /** Slug of the piece it is in. */
  piece: string;
  quote: string;
  paragraph: string;
  paraphrase: string;
  topics: Topic[];
  events: string[];
  kind: ClaimKind;
  key: boolean;
  /** What the record shows: status, line, note and the events they rest on. */
  record: ClaimRecord;
  article: ArticleEntry;
}

export interface SiteEvent extends EventEntry {
  /** Claims that concern this event (from the claims' own `events`). */
  claims: string[];
  /** True when it happened after both pieces were written. */
  afterPieces: boolean;
  /** True when it happened after at least one piece was written. */
  afterSomePiece: boolean;
  /** The file's own note below the frontmatter (caveats about the record), as plain-text paragraphs. */
  notes: string[];
}

export interface Site {
  articles: ArticleEntry[];
  claims: Claim[];
  claimById: Map<string, Claim>;
  events: SiteEvent[];
  eventById: Map<string, SiteEvent>;
  actorById: Map<string, Actor>;
  /** Every actor as one list: the people rules (src/lib/people/cast.ts) remember each actor's names per list, so pages sharing it share that work. */
  everyone: Actor[];
  /** The timeline's story notes (content/annotations/). */
  annotations: Annotation[];
  /** The last day any event reaches: where the record ends (src/lib/record-end.ts). */
  recordEnd: string;
  /** What a form for the record as of a day offers: the record's first and last days, and each piece's day (oldest first). */
  asOfChoices: AsOfChoices;
}

export interface AsOfChoices {
  first: string;
  last: string;
  pieces: { id: string; day: string }[];
}

export function joinSite(store: Store): Site {
  const articles = [...store.articles].sort((a, b) =>
    writtenFrom(a.data.published).localeCompare(writtenFrom(b.data.published)),
  );
  const claims: Claim[] = [];
  for (const article of articles) {
    // The spans were read from the Markdown once, by the content check.
    const marked = new Map(article.data.marked.map((c) => [c.id, c]));
    for (const meta of article.data.claims) {
      const span = marked.get(meta.id);
      if (!span) continue; // the content check has already reported it
      claims.push({ ...meta, piece: article.id, quote: span.quote, paragraph: span.paragraph, article });
    }
  }
  const claimById = new Map(claims.map((c) => [c.id, c]));

  const lastWritten = articles.map((a) => writtenBy(a.data.published)).sort().at(-1) ?? '';
  const firstWritten = articles.map((a) => writtenBy(a.data.published)).sort()[0] ?? '';
  const claimsByEvent = new Map<string, string[]>();
  for (const claim of claims) {
    for (const event of claim.events) claimsByEvent.set(event, [...(claimsByEvent.get(event) ?? []), claim.id]);
  }
  const events = store.events
    .map((entry): SiteEvent => {
      const data = entry.data;
      return {
        ...data,
        claims: claimsByEvent.get(data.id) ?? [],
        afterPieces: data.start > lastWritten,
        afterSomePiece: data.start > firstWritten,
        notes: (entry.body ?? '').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
      };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id));
  const actors = store.actors;
  // Notes that speak of where the record ends say so with a token, filled here from the events themselves.
  const end = recordEnd(events);
  for (const claim of claims) {
    const { note, line } = claim.record;
    claim.record = { ...claim.record, line: withRecordEnd(line, end), ...(note ? { note: withRecordEnd(note, end) } : {}) };
  }

  return {
    articles,
    claims,
    claimById,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    actorById: new Map(actors.map((a) => [a.data.id, a.data])),
    everyone: actors.map((a) => a.data),
    annotations: store.annotations.map((a) => a.data),
    recordEnd: end,
    asOfChoices: {
      first: events.reduce((min, e) => (e.start < min ? e.start : min), end),
      last: end,
      pieces: articles.map((a) => ({ id: a.id, day: writtenFrom(a.data.published) })),
    },
  };
}
