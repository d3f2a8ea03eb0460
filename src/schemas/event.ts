import { z } from 'zod';
import { KIND_IDS, KINDS, LANE_IDS, LANES, PRECISIONS } from './vocabulary.ts';
import { isoDate, kebabId, text, webUrl } from './fields.ts';
import { parseIsoDate } from '../lib/calendar.ts';

/** A public reference for an event: who published what, when, where. */
export const referenceSchema = z.strictObject({
  /** Publisher or agency ("Xinhua", "Reuters"). */
  publisher: text('source publisher'),
  /** Title of the article or page, as published. */
  title: text('source title'),
  /** Publication date of the reference. */
  date: isoDate,
  /** Its http(s) address. */
  url: webUrl,
});

/** A claim in one of the pieces that attests the event. */
export const claimSourceSchema = z.strictObject({
  /** Id of the claim. */
  claim: kebabId,
});

export const sourceSchema = z.union([claimSourceSchema, referenceSchema], {
  error: 'this source is neither a claim nor a reference; write either { claim: <claim id> } or { publisher, title, date, url }',
});

/** An event in content/events/<id>.md. */
export const eventSchema = z
  .strictObject({
    /** Stable kebab-case id, equal to the file name; the event's URL. */
    id: kebabId,
    /** What happened, as a headline ("Kim Jong Un visits Beijing"). */
    title: text('title'),
    /** First day (for month/season/year precision: the first day of that period). */
    start: isoDate,
    /** Last day of a multi-day span (for month/season/year precision: the last day of the period). */
    end: isoDate.optional(),
    /** How exactly the date is known. */
    precision: z.enum(PRECISIONS, { error: (i) => `unknown precision "${String(i.input)}"; use one of: ${PRECISIONS.join(', ')}` }),
    /** When it became public, where that differs from start (Kim's trips were announced as they ended). */
    disclosed: isoDate.optional(),
    /** Kind of event. */
    kind: z.enum(KIND_IDS, { error: (i) => `unknown kind "${String(i.input)}"; use one of: ${Object.keys(KINDS).join(', ')}` }),
    /** Timeline lane. */
    lane: z.enum(LANE_IDS, { error: (i) => `unknown lane "${String(i.input)}"; use one of: ${Object.keys(LANES).join(', ')}` }),
    /** Ids from content/actors/. */
    actors: z.array(kebabId).min(1, { error: 'name at least one actor; add an id from content/actors/' }),
    /** Where it happened. */
    place: text('place'),
    /** What happened, neutrally, in the site's words. */
    summary: text('summary'),
    /** At least one claim or public reference. */
    sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, {
      error: 'an event needs at least one source; add a { claim: <claim id> } or a { publisher, title, date, url } reference',
    }),
  })
  .superRefine((event, ctx) => {
    if (event.end && event.end < event.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end (${event.end}) is before start (${event.start}); swap them or fix the date` });
    }
    if (event.disclosed && event.disclosed < event.start) {
      ctx.addIssue({ code: 'custom', path: ['disclosed'], message: 'disclosed is before start, but an event cannot become public before it happens; fix one of the two dates' });
    }
    const start = parseIsoDate(event.start);
    const end = event.end ? parseIsoDate(event.end) : null;
    if (start && event.precision !== 'day' && start.day !== 1) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: `with precision ${event.precision}, start must be the first day of the period (YYYY-MM-01); write ${event.start.slice(0, 8)}01 or use precision day` });
    }
    if (start && event.precision === 'year' && start.month !== 1) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: `with precision year, start must be the first day of the year; write ${event.start.slice(0, 4)}-01-01` });
    }
    if (event.precision !== 'day' && !end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `with precision ${event.precision}, give end as the last day of the period` });
    }
  });

export type EventEntry = z.output<typeof eventSchema>;
export type Reference = z.output<typeof referenceSchema>;
export type Source = z.output<typeof sourceSchema>;
