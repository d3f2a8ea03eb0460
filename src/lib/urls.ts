/**
 * Every URL of the site: the base path, the public origin and the shape of
 * each path (`paths`). Nothing else in src/ builds a site path: pages and
 * components call `href(paths.claim(id))`, browser code fetches `href(…)`,
 * and the Markdown plugins get their link functions from here through
 * astro.config.ts (`siteUrls`). tests/unit/site-paths.test.ts holds that.
 */

/** A base path with its closing slash: "/folder" → "/folder/", "" → "/". */
export function basePath(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** The URL functions for one base path and public origin (astro.config.ts builds its own; the site's are below). */
export function siteUrls(base: string, site: string | undefined) {
  const root = basePath(base);
  /** "/claims/x/" → "/base/claims/x/". */
  const href = (path: string): string => root + path.replace(/^\//, '');
  const absolute = (path: string): string => (site ? new URL(href(path), site).href : href(path));
  return { base: root, href, absolute };
}

/**
 * Whether Vite's build variables are here. Plain Node (the maintenance
 * commands, which reach this module through the build hooks' files) has
 * none: there the base path is the root and there is no public address.
 */
const inVite = typeof (import.meta as { env?: unknown }).env === 'object';

/**
 * The site's public origin (src/lib/site-address.ts: SITE_URL or a static
 * host's build variables), or undefined when the build has none.
 */
export const SITE: string | undefined = (inVite ? import.meta.env.SITE : undefined) || undefined;

const here = siteUrls(inVite ? import.meta.env.BASE_URL : '/', SITE);

/** The base path the site is built for, with its closing slash ("/" or "/lips-and-teeth/"). */
export const BASE = here.base;

/**
 * Internal URLs, with the deploy base path. Every link on the site goes
 * through `href`, so the site can live at https://example.org/lips-and-teeth/.
 */
export const href = here.href;

/**
 * Absolute URL on the public address, for canonical links, previews, feeds
 * and citations. A build with no public address gets the site path instead
 * ("/base/claims/x/"), which a browser resolves against wherever the page is
 * served: never a made-up host. Pages leave out what must be absolute
 * (canonical, og:url, og:image) when SITE is undefined (Head.astro).
 */
export const absolute = here.absolute;

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

/** The id of a place's section on the places page. */
export const placeAnchor = (id: string) => `place-${id}`;

export const paths = {
  home: () => '/',
  article: (slug: string) => `/articles/${slug}/`,
  claims: () => '/claims/',
  claim: (id: string) => `/claims/${id}/`,
  events: () => '/events/',
  event: (id: string) => `/events/${id}/`,
  timeline: () => '/timeline/',
  /** The timeline opened on a span of months and/or one event: the view in the address (docs/urls.md). */
  timelineView: (view: { from?: string; to?: string; event?: string }) =>
    `/timeline/?${[...(view.from ? [`from=${view.from}`] : []), ...(view.to ? [`to=${view.to}`] : []), ...(view.event ? [`event=${encodeURIComponent(view.event)}`] : [])].join('&')}`,
  search: () => '/search/',
  /** The search page with a query filled in, spaces as "+" the way a form sends them. */
  searchFor: (q: string) => `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}`,
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
  place: (id: string) => `/places/#${placeAnchor(id)}`,
  eventsByLane: (lane: string) => `/events/lane/${lane}/`,
  eventsByKind: (kind: string) => `/events/kind/${kind}/`,
  /** The record as it stood on a piece's date, built as a page (no script needed). */
  asOfPiece: (slug: string) => `/asof/${slug}/`,
  /**
   * The phone's layout of a page's timeline chart: a page part (no <head>),
   * fetched by the page's script on narrow screens (src/pages/parts/).
   */
  chartPart: (page: string) => `/parts${page}narrow/`,
  /** Where every page part lives: parts are not pages (no sitemap, no search). */
  parts: () => '/parts/',
  /** Any page as the record stood on a day (`?asof=`, read by src/client/asof.ts). */
  asOf: (path: string, day: string) => `${path}?asof=${day}`,
  /** One item's citation file: CSL-JSON (`json`) or RIS (`ris`). */
  citation: (kind: 'piece' | 'claim' | 'event', id: string, format: 'json' | 'ris') => `/cite/${kind}/${id}.${format}`,
  /** Every piece, claim and event in one citation file. */
  recordCitations: (format: 'json' | 'ris') => `/cite/record.${format}`,
  /** The record as a Frictionless Data Package: the descriptor and its CSV tables. */
  dataPackage: () => '/data/datapackage.json',
  dataTable: (name: string) => `/data/${name}.csv`,
  /** The record's data files and feeds. */
  claimsJson: () => '/claims.json',
  claimsFeed: () => '/claims.xml',
  eventsJson: () => '/events.json',
  eventsCalendar: () => '/events.ics',
  sitemap: () => '/sitemap-index.xml',
  /** Files served as they are from public/. */
  favicon: () => '/favicon.svg',
  noScriptStyles: () => '/no-js.css',
  /** A piece's passage at one claim (the claim's mark is its anchor). */
  inPiece: (slug: string, claimId: string) => `/articles/${slug}/#${claimId}`,
  /** The claim page's "What the record shows" section. */
  claimRecord: (id: string) => `/claims/${id}/#record`,
  /** The claims list at one topic. */
  claimsTopic: (topic: string) => `/claims/#topic-${topic}`,
  /** One question on the comparison page. */
  compareQuestion: (anchor: string) => `/compare/#${anchor}`,
  /** A file the search page reads (search/dates.json, the text index …). */
  searchFile: (name: string) => `/search/${name}`,
  /** Pagefind's bundle folder. */
  searchBundle: () => '/pagefind/',
  /** The share cards' text, written by the page build for the build hook (removed from dist/ once read). */
  cardManifest: () => '/og/manifest.json',
  /** A share image: one per claim, event and piece, one for the home page (src/integration/og/). */
  shareImage: (kind: CardKind, id = '') => (kind === 'home' ? '/og/home.png' : `/og/${SHARE_FOLDERS[kind]}/${id}.png`),
} as const;

/**
 * The links the Markdown plugins draw (src/markdown/), for one base path:
 * astro.config.ts hands these functions to the plugins, which never build a
 * path themselves.
 */
export function markdownLinks(base: string) {
  const { href: at } = siteUrls(base, undefined);
  return {
    claim: (id: string) => at(paths.claim(id)),
    claimRecord: (id: string) => at(paths.claimRecord(id)),
    event: (id: string) => at(paths.event(id)),
  };
}
export type MarkdownLinks = ReturnType<typeof markdownLinks>;

/** What a share card is for. */
export type CardKind = 'home' | 'piece' | 'claim' | 'event';

const SHARE_FOLDERS: Record<Exclude<CardKind, 'home'>, string> = { piece: 'articles', claim: 'claims', event: 'events' };

/** The content pages a redirect may name, read back from a site path: { kind, id }, or null for any other path. */
export function contentPageOf(path: string): { kind: 'claim' | 'event' | 'piece' | 'actor'; id: string } | null {
  const [, folder, id] = /^\/(claims|events|articles|actors)\/([^/]+)\/$/.exec(path) ?? [];
  if (folder === undefined || id === undefined) return null;
  // /events/lane/…/ and /events/kind/…/ are list pages, not events.
  if (folder === 'events' && /^\/events\/(lane|kind)\//.test(path)) return null;
  return { kind: ({ claims: 'claim', events: 'event', articles: 'piece', actors: 'actor' } as const)[folder as 'claims'], id };
}
