import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { citeEvent } from '../../../data/citations.ts';
import type { CslItem } from '../../../lib/csl.ts';
import { risResponse } from '../../../lib/ris-response.ts';
import { toRis } from '../../../lib/ris.ts';

/** One event as RIS, for EndNote, Zotero, Mendeley and RefWorks. */
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.events.map((e) => ({ params: { id: e.id }, props: { item: citeEvent(e) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => risResponse(toRis([(props as { item: CslItem }).item]));
