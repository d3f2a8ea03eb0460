import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader } from './loader/content-loader.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { actorSchema } from './schemas/actor.ts';
import { annotationSchema } from './schemas/annotation.ts';
import { placeSchema } from './schemas/place.ts';
import { comparisonSchema } from './schemas/comparison.ts';
import { readoutsSchema } from './schemas/readout.ts';

/**
 * Content lives in content/ at the repository root. One loader reads and
 * checks all of it once (src/loader/) and fills each collection with the
 * checked entries; the schemas here are the same ones the check applied and
 * give pages their types.
 */

/** A claim as marked in a piece's body: its id, the quoted span and its paragraph as a reader sees them. */
const markedClaimSchema = z.object({
  /** The claim's id, as in the frontmatter's claims list. */
  id: z.string(),
  /** The quoted span. */
  quote: z.string(),
  /** The whole paragraph around it. */
  paragraph: z.string(),
  /** Line of the directive in the body. */
  line: z.number(),
});

export const collections = {
  articles: defineCollection({
    loader: contentLoader('articles'),
    schema: articleSchema.extend({
      /** The claims marked in the body, read once by the content check, in reading order. */
      marked: z.array(markedClaimSchema),
    }),
  }),
  events: defineCollection({ loader: contentLoader('events'), schema: eventSchema }),
  actors: defineCollection({ loader: contentLoader('actors'), schema: actorSchema }),
  annotations: defineCollection({ loader: contentLoader('annotations'), schema: annotationSchema }),
  places: defineCollection({ loader: contentLoader('places'), schema: placeSchema }),
  comparisons: defineCollection({ loader: contentLoader('comparisons'), schema: comparisonSchema }),
  readouts: defineCollection({ loader: contentLoader('readouts'), schema: readoutsSchema }),
};
