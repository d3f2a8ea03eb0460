import type { APIRoute } from 'astro';
import { jsonResponse } from '../lib/json-response.ts';
import { getSite } from '../data/site.ts';
import { href, paths } from '../lib/urls.ts';
import { labelOf } from '../timeline/model/label-text.ts';

/** Every event as data: all content fields, plus its page, the claims about it and whether it came after both pieces. */
export const GET: APIRoute = async () => {
  const { events } = await getSite();
  const list = events.map((e) => ({
    id: e.id,
    title: e.title,
    label: labelOf(e),
    start: e.start,
    end: e.end ?? null,
    precision: e.precision,
    disclosed: e.disclosed ?? null,
    kind: e.kind,
    lane: e.lane,
    direction: e.lane === 'china-dprk' ? (e.direction ?? null) : null,
    actors: e.actors,
    place: e.place,
    summary: e.summary,
    sources: e.sources,
    afterPieces: e.afterPieces,
    claims: e.claims,
    url: href(paths.event(e.id)),
  }));
  return jsonResponse(list);
};
