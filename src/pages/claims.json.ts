import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/json-response.ts';
import { getSite } from '../data/site.ts';
import { getComparison } from '../data/compare-site.ts';
import { href, paths } from '../lib/urls.ts';
import { STATUSES } from '../schemas/vocabulary.ts';

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
    // Every claim has a status and a record line; test and by are null for all but predictions,
    // review for all but open ones, why for all but those beyond the record.
    record: {
      status: c.record.status,
      statusLabel: STATUSES[c.record.status],
      line: c.record.line,
      note: c.record.note ?? null,
      events: c.record.events,
      test: c.record.test ?? null,
      by: c.record.by ?? null,
      review: c.record.review ?? null,
      why: c.record.why ?? null,
    },
    counterparts: counterpartsOf(c.id).map((p) => ({ id: p.id, relation: p.relation })),
    url: href(paths.claim(c.id)),
  }));
  return jsonResponse(list);
};
