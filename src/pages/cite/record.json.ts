import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { citeRecord } from '../../data/citations.ts';
import { jsonResponse } from '../../lib/json-response.ts';

/** Every piece, claim and event as CSL-JSON, in one file. */
export const GET: APIRoute = async () => jsonResponse(citeRecord(await getSite()));
