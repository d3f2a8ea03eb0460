import { z } from 'astro/zod';
import { DIRECTION_IDS, DIRECTIONS, KIND_IDS, KINDS, LABEL_MAX, LANE_IDS, LANES, PRECISIONS } from './vocabulary.ts';
import { isoDate, kebabId, text, uniqueList, webUrl } from './fields.ts';
import { periodProblems } from './periods.ts';

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
  /**
   * True for a primary source: the state agencies' or ministries' own releases
   * (Xinhua, KCNA, the PRC Foreign Ministry), UN documents and press releases.
   */
  primary: z.boolean({ error: 'primary must be true or false (or left out)' }).optional(),
  /**
   * True for a source that is background to the event rather than a report
   * of it (an earlier treaty text, a profile from years before). Without it,
   * a source dated more than SOURCE_LEAD_DAYS (src/validate/sources.ts)
   * before the event is taken for a wrong date or a wrong source.
   */
  background: z.boolean({ error: 'background must be true or false (or left out)' }).optional(),
});

/**
 * Sources are external evidence only. A claim in one of the pieces is never a
 * source: claims point at events through their own `events` list, and event
 * pages show them apart, under "claims about it".
 */
const claimEntry = z.looseObject({ claim: z.unknown() });
export const sourceSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    if (claimEntry.safeParse(value).success) {
      ctx.addIssue({
        code: 'custom',
        message: 'a claim of the pieces is not a source; remove this entry (the claim already links the event through its own events list) and cite a public reference { publisher, title, date, url }',
      });
    }
  })
  .pipe(referenceSchema);

/** An event in content/events/<id>.md. */
export const eventSchema = z
  .strictObject({
    /** Stable kebab-case id, equal to the file name; the event's URL. */
    id: kebabId,
    /** What happened, as a headline ("Kim Jong Un visits Beijing"). */
    title: text('title'),
    /**
     * Short label drawn beside the mark on the timeline, at most 28 characters
     * ("Kim in Beijing (1st visit)"). Derived from the title when absent.
     */
    label: text('label').pipe(z.string().max(LABEL_MAX, { error: `label is longer than ${LABEL_MAX} characters; shorten it (it is drawn beside the mark)` })).optional(),
    /** First day (for month/season/year precision: the first day of that period). */
    start: isoDate,
    /** Last day of a multi-day span (for month/season/year precision: the last day of the period). */
    end: isoDate.optional(),
    /** How exactly the date is known. */
    precision: z.enum(PRECISIONS, { error: (i) => `unknown precision "${String(i.input)}"; use one of: ${PRECISIONS.join(', ')}` }),
    /** When it became public, where that differs from start (Kim's trips were announced as they ended). */
    disclosed: isoDate.optional(),
    /**
     * The day it was announced, for an event made public before it happened (a
     * summit or state visit announced in advance): the date of the earliest
     * source that announces it. Leave out for events reported the day they began
     * (the default) or disclosed later (`disclosed`). The rule is in
     * src/lib/public-date.ts and docs/content.md ("When an event became public").
     */
    announced: isoDate.optional(),
    /** Kind of event. */
    kind: z.enum(KIND_IDS, { error: (i) => `unknown kind "${String(i.input)}"; use one of: ${Object.keys(KINDS).join(', ')}` }),
    /** Timeline lane. */
    lane: z.enum(LANE_IDS, { error: (i) => `unknown lane "${String(i.input)}"; use one of: ${Object.keys(LANES).join(', ')}` }),
    /**
     * For China–North Korea contacts: who reached out (who travelled to whom,
     * who wrote to whom). Only for the china-dprk lane.
     */
    direction: z.enum(DIRECTION_IDS, { error: (i) => `unknown direction "${String(i.input)}"; use one of: ${Object.keys(DIRECTIONS).join(', ')}` }).optional(),
    /** Id of a place in content/places/ (where it happened, for the map). */
    placeId: kebabId.optional(),
    /** Ids from content/actors/. */
    actors: uniqueList(kebabId, 'actors').min(1, { error: 'name at least one actor; add an id from content/actors/' }),
    /** Where it happened. */
    place: text('place'),
    /** What happened, neutrally, in the site's words. */
    summary: text('summary'),
    /** Public references (never claims of the pieces): two independent ones where two exist, one primary where one exists. */
    sources: z.array(sourceSchema, { error: 'sources must be a list' }).min(1, {
      error: 'an event needs at least one source; add a { publisher, title, date, url } reference',
    }),
    /** Why the event rests on a single source, when it does (no second independent report exists). */
    singleSourceReason: text('singleSourceReason').optional(),
    /** Why this record has a date outside the span the site covers (RECORD_SPAN in fields.ts); without it such a date is taken for a typo. */
    datesOutsideSpan: text('datesOutsideSpan').optional(),
    /** A correction made to this entry after publication: when, and what changed. */
    corrected: z
      .strictObject({
        /** Day the correction was made. */
        date: isoDate,
        /** What was wrong and what it says now. */
        note: text('corrected.note'),
      })
      .optional(),
  })
  .superRefine((event, ctx) => {
    if (event.direction && event.lane !== 'china-dprk') {
      ctx.addIssue({ code: 'custom', path: ['direction'], message: `direction is only for China–North Korea contacts (lane china-dprk), but this event's lane is ${event.lane}; remove direction` });
    }
    if (event.end && event.end < event.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end (${event.end}) is before start (${event.start}); swap them or fix the date` });
    }
    if (event.disclosed && event.disclosed < event.start) {
      ctx.addIssue({ code: 'custom', path: ['disclosed'], message: 'disclosed is before start, but an event cannot become public before it happens; fix one of the two dates' });
    }
    for (const problem of periodProblems(event.start, event.end, event.precision)) {
      ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
    }
    if (event.precision !== 'day' && !event.end) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `with precision ${event.precision}, give end as the last day of the period` });
    }
  });

export type EventEntry = z.output<typeof eventSchema>;
