import { z } from 'zod';
import { TOPIC_IDS, TOPICS } from './vocabulary.ts';
import { kebabId, text, uniqueList } from './fields.ts';

/**
 * A claim's metadata, listed in its piece's frontmatter. The quoted span itself
 * lives in the body, marked `:claim[…]{#id}`; the two are joined by `id`.
 */
export const claimMetaSchema = z.strictObject({
  /** Stable kebab-case id, unique across the site; the claim's URL and anchor. Never rename without a redirect. */
  id: kebabId,
  /** One neutral sentence saying what the claim asserts, in the site's words. */
  paraphrase: text('paraphrase'),
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
  /** True for the few claims that carry the piece's thesis; shown on the home page. */
  key: z.boolean().default(false),
});

export type ClaimMeta = z.output<typeof claimMetaSchema>;
