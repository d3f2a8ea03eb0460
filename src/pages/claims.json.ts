import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/json-response.ts';
import { getSite } from '../data/site.ts';
import { getComparison } from '../data/compare-site.ts';
import { href, paths } from '../lib/urls.ts';

/** Every claim as data: for readers who cite, and for the link checks. */
export const GET: APIRoute = async () => {
  const { claims } = await getSite();
  const { counterpartsOf } = await getComparison();
  const list = claims.map((c) => ({
    id: c.id,
    piece: c.piece,
    quote: c.quote,
    paraphrase: c.paraphrase,
    kind: c.kind,
    key: c.key,
    topics: c.topics,
    events: c.events,
    // outcome is null for all but predictions; record is null where the record says nothing.
    record: c.record ? { note: c.record.note, outcome: c.record.outcome ?? null, events: c.record.events } : null,
    counterparts: counterpartsOf(c.id).map((p) => ({ id: p.id, relation: p.relation })),
    url: href(paths.claim(c.id)),
  }));
  return jsonResponse(list);
};
