import type { APIRoute } from 'astro';
import { jsonResponse } from '../../../lib/json-response.ts';
import { getSite } from '../../../data/site.ts';
import { buildDatePeriods } from '../../../data/search/date-index.ts';

/** The periods the date index is split into (src/lib/search/date-periods.ts): a date query fetches this, then the periods it needs. */
export const GET: APIRoute = async () => jsonResponse(buildDatePeriods(await getSite()).manifest, false);
