import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { actorSchema } from './schemas/actor.ts';
import { placeSchema } from './schemas/place.ts';

/**
 * Content lives in content/ at the repository root, one file per entry, flat.
 * The build's content check (src/integration/index.ts) has already validated every
 * file with these same schemas and reported problems with file and line; the
 * schemas here give pages their types.
 */
export const collections = {
  articles: defineCollection({
    loader: glob({ base: './content/articles', pattern: '*.md' }),
    schema: articleSchema,
  }),
  events: defineCollection({
    loader: glob({ base: './content/events', pattern: '*.md' }),
    schema: eventSchema,
  }),
  actors: defineCollection({
    loader: glob({ base: './content/actors', pattern: '*.yaml' }),
    schema: actorSchema,
  }),
  places: defineCollection({
    loader: glob({ base: './content/places', pattern: '*.yaml' }),
    schema: placeSchema,
  }),
};
