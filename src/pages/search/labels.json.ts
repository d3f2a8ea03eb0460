import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { getSite } from '../../data/site.ts';
import { buildLabels } from '../../data/search/date-index.ts';

/** The facets' labels for ids (actors, kinds, topics, pieces, types). */
export const GET: APIRoute = async () => jsonResponse(buildLabels(await getSite()), false);
