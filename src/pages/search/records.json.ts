import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { getMeetingReadouts } from '../../data/readouts.ts';
import { buildSearchRecords } from '../../data/search/records.ts';

/**
 * The search records (src/data/search/records.ts), left for the build's last
 * step (src/integration/pagefind.ts), which gives them to both engines and
 * removes this file from the output.
 */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const { byEvent } = await getMeetingReadouts();
  return new Response(JSON.stringify(buildSearchRecords(site, byEvent)), { headers: { 'Content-Type': 'application/json' } });
};
