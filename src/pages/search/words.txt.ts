import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { buildVocabulary } from '../../data/search/vocabulary.ts';

/** The site's vocabulary, for "Did you mean …?" on the search page. */
export const GET: APIRoute = async () =>
  new Response(buildVocabulary(await getSite()), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
