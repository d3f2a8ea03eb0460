import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { citeClaim } from '../../../data/citations.ts';
import type { CslItem } from '../../../lib/csl.ts';
import { risResponse } from '../../../lib/ris-response.ts';
import { toRis } from '../../../lib/ris.ts';

/** One claim as RIS, for EndNote, Zotero, Mendeley and RefWorks. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.claims.map((c) => ({ params: { id: c.id }, props: { item: citeClaim(c) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => risResponse(toRis([(props as { item: CslItem }).item]));
