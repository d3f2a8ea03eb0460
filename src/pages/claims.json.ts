import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/json-response.ts';
import { getSite } from '../data/site.ts';
import { href, paths } from '../lib/urls.ts';

/** Every claim as data: for readers who cite, and for the link checks. */
export const GET: APIRoute = async () => {
  const { claims } = await getSite();
  const list = claims.map((c) => ({
    id: c.id,
    piece: c.piece,
    quote: c.quote,
    paraphrase: c.paraphrase,
    topics: c.topics,
    events: c.events,
    url: href(paths.claim(c.id)),
  }));
  return jsonResponse(list);
};
