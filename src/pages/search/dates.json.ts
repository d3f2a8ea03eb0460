import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { getSite } from '../../data/site.ts';
import { href } from '../../lib/urls.ts';
import { buildDateIndex } from '../../lib/search/date-index.ts';

/** The date index the search page answers date-only queries from, without Pagefind. */
export const GET: APIRoute = async () => {
  const index = buildDateIndex(await getSite(), href);
  return jsonResponse(index, false);
};
