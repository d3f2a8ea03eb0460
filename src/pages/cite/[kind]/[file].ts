import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { citeClaim, citeEvent, citePiece } from '../../../data/citations.ts';
import type { CslItem } from '../../../lib/csl.ts';
import { jsonResponse } from '../../../lib/json-response.ts';
import { risResponse } from '../../../lib/ris-response.ts';
import { toRis } from '../../../lib/ris.ts';

/**
 * One piece, claim or event as a citation file: /cite/<kind>/<id>.json
 * (CSL-JSON, a list of one item, as reference managers import it) and
 * /cite/<kind>/<id>.ris (for EndNote, Zotero, Mendeley and RefWorks).
 */
export const getStaticPaths = (async () => {
  const site = await getSite();
  const items: [string, string, CslItem][] = [
    ...site.articles.map((a): [string, string, CslItem] => ['piece', a.id, citePiece(a)]),
    ...site.claims.map((c): [string, string, CslItem] => ['claim', c.id, citeClaim(c)]),
    ...site.events.map((e): [string, string, CslItem] => ['event', e.id, citeEvent(e)]),
  ];
  return items.flatMap(([kind, id, item]) => (['json', 'ris'] as const).map((format) => ({ params: { kind, file: `${id}.${format}` }, props: { item, format } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { item, format } = props as { item: CslItem; format: 'json' | 'ris' };
  return format === 'ris' ? risResponse(toRis([item])) : jsonResponse([item]);
};
