import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { citeRecord } from '../../data/citations.ts';
import { risResponse } from '../../lib/ris-response.ts';
import { toRis } from '../../lib/ris.ts';

/** Every piece, claim and event as RIS, in one file. */
export const GET: APIRoute = async () => risResponse(toRis(citeRecord(await getSite())));
