import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { citePiece } from '../../../data/citations.ts';
import type { CslItem } from '../../../lib/csl.ts';
import { jsonResponse } from '../../../lib/json-response.ts';

/** One piece as CSL-JSON (a list of one item, as reference managers import it). */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.articles.map((a) => ({ params: { id: a.id }, props: { item: citePiece(a) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse([(props as { item: CslItem }).item]);
