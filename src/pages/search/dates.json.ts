import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { getSite } from '../../data/site.ts';
import { buildDateIndex } from '../../data/search/date-index.ts';

/** The date index the search page answers date-only queries from, without Pagefind. */
export const GET: APIRoute = async () => jsonResponse(buildDateIndex(await getSite()), false);
