import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { citeClaim } from '../../../data/citations.ts';
import type { CslItem } from '../../../lib/csl.ts';
import { jsonResponse } from '../../../lib/json-response.ts';

/** One claim as CSL-JSON (a list of one item, as reference managers import it). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.claims.map((c) => ({ params: { id: c.id }, props: { item: citeClaim(c) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse([(props as { item: CslItem }).item]);
