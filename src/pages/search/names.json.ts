import type { APIRoute } from 'astro';
import { jsonResponse } from '../../lib/json-response.ts';
import { getSite } from '../../data/site.ts';
import { buildNames } from '../../data/search/names.ts';

/** Every person with every written form of their name, so search finds 김정은, 习近平 or "Kim Chong Un". */
export const GET: APIRoute = async () => jsonResponse(buildNames(await getSite()), false);
