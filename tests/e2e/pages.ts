import { readFileSync } from 'node:fs';

/**
 * One representative URL per page type, read from the built site so the list
 * follows the content: the first piece, a claim and an event that exist.
 */
interface ClaimRow { id: string; piece: string; url: string }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];
const claim = claims[0];
if (!claim) throw new Error('dist/claims.json lists no claims; run `npx astro build` first');

/** The first event linked from the events index (events are listed oldest first). */
function firstEventPath(): string {
  const html = readFileSync('dist/events/index.html', 'utf8');
  // Filter links (/events/lane/…/, /events/kind/…/) come first; an event page is one path segment deep.
  const match = /href="[^"]*?(\/events\/(?!lane\/|kind\/)[a-z0-9-]+\/)"/.exec(html);
  if (!match?.[1]) throw new Error('dist/events/index.html links to no event page');
  return match[1];
}

export interface PageType {
  name: string;
  path: string;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '/' },
  { name: 'piece', path: `/articles/${claim.piece}/` },
  { name: 'claims index', path: '/claims/' },
  { name: 'claim', path: `/claims/${claim.id}/` },
  { name: 'events index', path: '/events/' },
  { name: 'event', path: firstEventPath() },
  { name: 'timeline', path: '/timeline/' },
  { name: 'search with results', path: '/search/?q=June+2018' },
  { name: 'about', path: '/about/' },
  { name: 'actors index', path: '/actors/' },
  { name: 'actor', path: '/actors/xi-jinping/' },
  { name: 'places', path: '/places/' },
  { name: 'events by pair', path: '/events/lane/china-dprk/' },
  { name: 'readouts', path: '/readouts/' },
  { name: 'meeting with readouts', path: '/events/kim-visit-china-1/' },
  { name: '404', path: '/no-such-page/' },
  { name: 'timeline as of a day', path: '/timeline/?asof=2018-03-26' },
  { name: 'events as of a day', path: '/events/?asof=2018-03-26' },
  { name: 'event as of a day', path: '/events/kim-visit-china-1/?asof=2018-03-26' },
  { name: 'the record as of a piece, built', path: `/asof/${claim.piece}/` },
];

