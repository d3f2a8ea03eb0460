import { z } from 'zod';
import { TOPIC_IDS, TOPICS, vocabularyIds } from './vocabulary.ts';
import { kebabId, text, uniqueList } from './fields.ts';

/**
 * What sort of statement a claim is. A fact says what happened; an
 * interpretation reads it; a prediction says what will happen; a
 * prescription says what should (or must) be done.
 */
export const CLAIM_KINDS = {
  fact: 'Fact',
  interpretation: 'Interpretation',
  prediction: 'Prediction',
  prescription: 'Prescription',
} as const;
export type ClaimKind = keyof typeof CLAIM_KINDS;
export const CLAIM_KIND_IDS = vocabularyIds(CLAIM_KINDS);

/** How a prediction fared against the record. */
export const OUTCOMES = {
  'borne-out': 'Borne out',
  'not-borne-out': 'Not borne out',
  partly: 'Partly borne out',
  open: 'Open: the record does not settle it',
} as const;
export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_IDS = vocabularyIds(OUTCOMES);

/** What the dated record shows about a claim, before and after its piece. */
export const recordSchema = z.strictObject({
  /** One to three short, neutral sentences of what the record shows; every statement rests on the events listed. */
  note: text('record.note'),
  /** For predictions only: how the forecast fared. */
  outcome: z.enum(OUTCOME_IDS, { error: (i) => `unknown outcome "${String(i.input)}"; use one of: ${OUTCOME_IDS.join(', ')}` }).optional(),
  /** Ids of the events the note rests on (at least one; each must exist in content/events/). */
  events: z.array(kebabId).min(1, { error: 'a record note rests on events; list at least one event id, or leave record out' }),
});

/**
 * A claim's metadata, listed in its piece's frontmatter. The quoted span itself
 * lives in the body, marked `:claim[…]{#id}`; the two are joined by `id`.
 */
export const claimMetaSchema = z
  .strictObject({
    /** Stable kebab-case id, unique across the site; the claim's URL and anchor. Never rename without a redirect. */
    id: kebabId,
    /** One neutral sentence saying what the claim asserts, in the site's words, following the text (its hedges kept). */
    paraphrase: text('paraphrase'),
    /** fact, interpretation, prediction or prescription. */
    kind: z.enum(CLAIM_KIND_IDS, {
      error: (i) =>
        i.input === undefined
          ? `kind is missing; add kind: with one of ${CLAIM_KIND_IDS.join(', ')}`
          : `unknown kind "${String(i.input)}"; use one of: ${CLAIM_KIND_IDS.join(', ')}`,
    }),
    /** One to three topics from the controlled vocabulary. */
    topics: uniqueList(
        z.enum(TOPIC_IDS, {
          error: (issue) => `unknown topic "${String(issue.input)}"; use one of: ${Object.keys(TOPICS).join(', ')}`,
        }),
        'topics',
      )
      .min(1, { error: 'a claim needs a topic; give at least one' })
      .max(3, { error: 'too many topics; give at most three' }),
    /** Ids of the events the claim concerns (may be empty). */
    events: uniqueList(kebabId, 'events').default([]),
    /** True for the piece's three to six key claims: the thesis and its main supports. Highlighted by default. */
    key: z.boolean().default(false),
    /** What the record shows; left out where the record says nothing about the claim. */
    record: recordSchema.optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.kind === 'prediction' && !claim.record?.outcome) {
      ctx.addIssue({ code: 'custom', path: ['record'], message: `claim "${claim.id}" is a prediction, so it needs record: { note, outcome, events } with outcome one of ${OUTCOME_IDS.join(', ')}` });
    }
    if (claim.kind !== 'prediction' && claim.record?.outcome) {
      ctx.addIssue({ code: 'custom', path: ['record', 'outcome'], message: `only predictions have an outcome, and claim "${claim.id}" is a ${claim.kind}; remove outcome or change kind` });
    }
  });

export type ClaimMeta = z.output<typeof claimMetaSchema>;
export type ClaimRecord = z.output<typeof recordSchema>;
