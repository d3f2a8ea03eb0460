import { z } from 'astro/zod';
import { LINE_MAX, STATUS_IDS, STATUSES_BY_KIND, TOPIC_IDS, TOPICS, vocabularyIds, type Status } from './vocabulary.ts';
import { isoDate, kebabId, text, uniqueList } from './fields.ts';

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

/** What the dated record shows about a claim: its status, one line, and the events both rest on. */
export const recordSchema = z.strictObject({
  /** The status from the controlled vocabulary; which ones a claim may take depends on its kind (STATUSES_BY_KIND). */
  status: z.enum(STATUS_IDS, {
    error: (i) =>
      i.input === undefined
        ? `record.status is missing; add status: with one of ${STATUS_IDS.join(', ')} (see docs/claims.md)`
        : `unknown record.status "${String(i.input)}"; use one of: ${STATUS_IDS.join(', ')}`,
  }),
  /** One neutral sentence of what the record shows, shown with the status wherever the claim is shown. */
  line: text('record.line').refine((value) => value.length <= LINE_MAX, {
    error: (i) => `record.line is ${String(i.input).length} characters; keep it to one sentence of at most ${LINE_MAX}`,
  }),
  /** One to three short, neutral sentences of what the record shows; every statement rests on the events listed. */
  note: text('record.note').optional(),
  /** Ids of the events the status rests on (at least one; each must exist in content/events/). */
  events: z.array(kebabId, { error: 'record.events is missing; list the ids of the events the status rests on' }).min(1, {
    error: 'a status rests on events; list at least one event id in record.events',
  }),
  /** Predictions only: what would count as borne out. */
  test: text('record.test').optional(),
  /** Predictions only: the day by which the forecast is held to have come true or not. */
  by: isoDate.optional(),
  /** Required when the status is open: the day the claim will be looked at again. */
  review: isoDate.optional(),
  /** Required for beyond-record: why the record cannot bear on the claim. */
  why: text('record.why').optional(),
});

/** The rules that tie a record to its claim's kind, as plain messages naming the claim; empty when it is sound. */
export function recordProblems(id: string, kind: ClaimKind, record: z.output<typeof recordSchema>): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  const allowed: readonly Status[] = STATUSES_BY_KIND[kind];
  if (!allowed.includes(record.status)) {
    const a = /^[aeiou]/.test(kind) ? 'an' : 'a';
    problems.push({ path: ['record', 'status'], message: `claim "${id}" is ${a} ${kind}, and ${a} ${kind} cannot be "${record.status}"; use one of: ${allowed.join(', ')}` });
  }
  if (kind === 'prediction') {
    if (!record.test) problems.push({ path: ['record', 'test'], message: `claim "${id}" is a prediction, so its record needs test: what would count as borne out` });
    if (!record.by) problems.push({ path: ['record', 'by'], message: `claim "${id}" is a prediction, so its record needs by: the day (YYYY-MM-DD) it is held to` });
  } else {
    if (record.test) problems.push({ path: ['record', 'test'], message: `only predictions have a test, and claim "${id}" is not one; remove test` });
    if (record.by) problems.push({ path: ['record', 'by'], message: `only predictions have by, and claim "${id}" is not one; remove by` });
  }
  if (record.status === 'open' && !record.review) {
    problems.push({ path: ['record', 'review'], message: `claim "${id}" is open, so its record needs review: the day (YYYY-MM-DD) it will be looked at again` });
  }
  if (record.status !== 'open' && record.review) {
    problems.push({ path: ['record', 'review'], message: `claim "${id}" is ${record.status}, not open; remove review` });
  }
  if (record.status === 'beyond-record' && !record.why) {
    problems.push({ path: ['record', 'why'], message: `claim "${id}" is beyond-record, so its record needs why: why the record cannot bear on it` });
  }
  return problems;
}

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
    /** What the record shows: a status, one line, and the events they rest on. Every claim has one. */
    record: recordSchema.optional(),
  })
  .superRefine((claim, ctx) => {
    if (!claim.record) return;
    for (const problem of recordProblems(claim.id, claim.kind, claim.record)) ctx.addIssue({ code: 'custom', ...problem });
  })
  // Optional above only so that a missing record is reported with the claim's id.
  .transform((claim, ctx) => {
    const { record } = claim;
    if (record) return { ...claim, record };
    ctx.addIssue({ code: 'custom', path: ['record'], message: `claim "${claim.id}" has no record; add record: { status, line, events } saying what the dated record shows (see docs/claims.md)` });
    return z.NEVER;
  });

export type ClaimRecord = z.output<typeof recordSchema>;
