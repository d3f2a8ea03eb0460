import { z } from 'astro/zod';
import { claimMetaSchema } from './claim.ts';
import { isoDate, kebabId, text, webUrl } from './fields.ts';

/**
 * When a piece was published, and how we know. A date is only as good as its
 * basis, so the basis is part of the data and is always shown to readers.
 */
export const publishedSchema = z
  .strictObject({
    /** stated: the text gives it; url: the outlet's URL carries it; inferred: a window from internal evidence. */
    basis: z.enum(['stated', 'url', 'inferred'], { error: 'published.basis is not known; use one of: stated, url, inferred' }),
    /** The publication day, when known exactly (basis stated or url). */
    date: isoDate.optional(),
    /** First possible day of writing, for an inferred window. */
    earliest: isoDate.optional(),
    /** Last possible day of writing, for an inferred window. */
    latest: isoDate.optional(),
    /** The evidence, in a sentence or two. */
    note: text('published.note'),
  })
  .superRefine((value, ctx) => {
    if (value.basis === 'inferred') {
      if (!value.earliest || !value.latest) {
        ctx.addIssue({ code: 'custom', message: 'an inferred date needs both earliest and latest; add them as YYYY-MM-DD' });
      } else if (value.latest < value.earliest) {
        ctx.addIssue({ code: 'custom', path: ['latest'], message: 'latest is before earliest; swap them' });
      }
    } else if (!value.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: `a ${value.basis} date needs published.date; add it as YYYY-MM-DD` });
    }
  });

/** A line of the source text that is not part of the piece, and why it was taken out. */
export const removedSchema = z.strictObject({
  /** The exact line as it appears in the source. */
  text: text('removed.text'),
  /** Why it is not part of the piece (page stamp, photo caption, contact line…). */
  reason: text('removed.reason'),
});

/**
 * A note in the piece's margin about a dated thing the text mentions. It is
 * anchored by quoting an exact phrase of the text, found at build time; the
 * text itself is never touched.
 */
export const marginNoteSchema = z.strictObject({
  /** An exact phrase of the piece's text, as a reader sees it, found once in one paragraph. */
  phrase: text('margin.phrase'),
  /** One or two short, neutral sentences of what the record shows. */
  note: text('margin.note'),
  /** Ids of the events the note rests on, linked from it. */
  events: z.array(kebabId).min(1, { error: 'a margin note rests on events; list at least one event id' }),
});

/** Fewest and most key claims a published piece has (checked over the content by the unit tests). */
export const KEY_CLAIMS = { min: 3, max: 6 } as const;

/** Frontmatter of a piece in content/articles/. */
export const articleSchema = z.strictObject({
  /** The piece's own headline, verbatim. */
  title: text('title'),
  /** File name of the piece's source text in content/sources/ ("000_bee51944c3d72afe.txt"); the body must match it, less the removed lines. */
  sourceText: z.string({ error: 'sourceText is missing; name the source text kept in content/sources/, e.g. sourceText: 000_bee51944c3d72afe.txt' }).regex(/^[\w.-]+\.txt$/, { error: 'sourceText must be a file name in content/sources/ ending .txt; write just the name, e.g. 000_bee51944c3d72afe.txt' }),
  /** The piece's own standfirst, verbatim, or null when it has none. */
  dek: text('dek').nullable(),
  /** The byline, or null when the text carries none (never guessed). */
  author: text('author').nullable(),
  /** The author's bio line as published, or null. */
  authorBio: text('authorBio').nullable(),
  /** Where it was published, or null when unknown. */
  outlet: text('outlet').nullable(),
  /** The published URL, or null when unknown. */
  sourceUrl: webUrl.nullable(),
  /**
   * How the outlet and the address are known, in a sentence, shown beside them
   * ("The outlet's own page carries the title, dek and opening paragraphs").
   * Required whenever an outlet is named.
   */
  sourceBasis: text('sourceBasis').nullable().default(null),
  /** Publication date and its basis. */
  published: publishedSchema,
  /** The argument in one neutral sentence, in the site's words. */
  thesis: text('thesis'),
  /** Why this piece has a date outside the span the site covers (RECORD_SPAN in fields.ts). */
  datesOutsideSpan: text('datesOutsideSpan').optional(),
  /** Lines of the source text left out as scraping debris or moved into fields. */
  removed: z.array(removedSchema).default([]),
  /** Metadata for each claim marked in the body, in reading order; three to six of them key (checked with the content). */
  claims: z.array(claimMetaSchema).min(1, { error: 'a piece needs at least one claim; mark one in the text and list it here' }),
  /** Margin notes on the dated things the text mentions, in reading order. */
  margin: z.array(marginNoteSchema).default([]),
});

export type Article = z.output<typeof articleSchema>;
export type Published = z.output<typeof publishedSchema>;
