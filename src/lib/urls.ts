/**
 * Internal URLs, with the deploy base path. Every link on the site goes
 * through `href`, so the site can live at https://example.org/lips-and-teeth/.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "/claims/x/" → "/base/claims/x/". */
export function href(path: string): string {
  return BASE + path.replace(/^\//, '');
}

/**
 * The site's public origin (src/lib/site-address.ts: SITE_URL or a static
 * host's build variables), or undefined when the build has none.
 */
export const SITE: string | undefined = import.meta.env.SITE || undefined;

/**
 * Absolute URL on the public address, for canonical links, previews, feeds
 * and citations. A build with no public address gets the site path instead
 * ("/base/claims/x/"), which a browser resolves against wherever the page is
 * served: never a made-up host. Pages leave out what must be absolute
 * (canonical, og:url, og:image) when SITE is undefined (Head.astro).
 */
export function absolute(path: string): string {
  return SITE ? new URL(href(path), SITE).href : href(path);
}

/**
 * The same page on the origin the reader is actually on. Links the site
 * hands out (copy link, share, cite, passage links) must work on a staging
 * host, a mirror or a local preview, not only on SITE_URL; the base path is
 * baked into every built link, so the canonical URL's path, query and hash
 * are kept and only the origin is swapped. Canonical tags, og:url, feeds and
 * the sitemap keep SITE_URL.
 */
export function servedUrl(canonical: string, origin: string): string {
  if (canonical === '') return '';
  const url = new URL(canonical, origin);
  return `${origin.replace(/\/+$/, '')}${url.pathname}${url.search}${url.hash}`;
}

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  events: () => '/events/',
  event: (id: string) => `/events/${id}/`,
  timeline: () => '/timeline/',
  search: () => '/search/',
  about: () => '/about/',
  compare: () => '/compare/',
  readouts: () => '/readouts/',
  /** One meeting's readouts on the page that compares them all. */
  meetingReadouts: (eventId: string) => `/readouts/#${eventId}`,
  /** What each status means and how one is chosen; `status` anchors one of them. */
  statuses: (status?: string) => (status ? `/statuses/#status-${status}` : '/statuses/'),
  actors: () => '/actors/',
  actor: (id: string) => `/actors/${id}/`,
  places: () => '/places/',
  place: (id: string) => `/places/#place-${id}`,
  eventsByLane: (lane: string) => `/events/lane/${lane}/`,
  eventsByKind: (kind: string) => `/events/kind/${kind}/`,
  /** The record as it stood on a piece's date, built as a page (no script needed). */
  asOfPiece: (slug: string) => `/asof/${slug}/`,
  /** Any page as the record stood on a day (`?asof=`, read by src/client/asof.ts). */
  asOf: (path: string, day: string) => `${path}?asof=${day}`,
  /** One item's citation file: CSL-JSON (`json`) or RIS (`ris`). */
  citation: (kind: 'piece' | 'claim' | 'event', id: string, format: 'json' | 'ris') => `/cite/${kind}/${id}.${format}`,
  /** Every piece, claim and event in one citation file. */
  recordCitations: (format: 'json' | 'ris') => `/cite/record.${format}`,
  /** The record as a Frictionless Data Package: the descriptor and its CSV tables. */
  dataPackage: () => '/data/datapackage.json',
  dataTable: (name: string) => `/data/${name}.csv`,
} as const;
