import { z } from 'astro/zod';
import { kebabId, text } from './fields.ts';
import { RELATION_IDS, RELATIONS } from './vocabulary.ts';

/**
 * One question both pieces answer: a claim from the earlier piece, one from
 * the later, and how they relate. Shown as a row of /compare/, and as
 * "counterparts" on both claims' pages.
 */
export const claimPairSchema = z.strictObject({
  /** The question both claims answer, as a reader would ask it ("Was China left out of the diplomacy?"). */
  question: text('question'),
  /** Id of a claim in the earlier piece (from its frontmatter's claims list). */
  earlier: kebabId,
  /** Id of a claim in the later piece. */
  later: kebabId,
  /** How the later claim stands to the earlier one. */
  relation: z.enum(RELATION_IDS, {
    error: (i) => `unknown relation "${String(i.input)}"; use one of: ${Object.keys(RELATIONS).join(', ')}`,
  }),
  /** One neutral sentence on how the two relate, in the site's words. */
  note: text('note'),
});

/**
 * The two pieces set side by side (content/comparisons/<id>.yaml): the pairs
 * of claims /compare/ shows, in the order it shows them.
 */
export const comparisonSchema = z.strictObject({
  /** Kebab-case id, equal to the file name. */
  id: kebabId,
  /** The pairs, in reading order; each pair of claims at most once. */
  pairs: z.array(claimPairSchema, { error: 'pairs must be a list of { question, earlier, later, relation, note }' }).min(1, {
    error: 'a comparison needs at least one pair; add { question, earlier, later, relation, note }',
  }),
});

export type Comparison = z.output<typeof comparisonSchema>;
