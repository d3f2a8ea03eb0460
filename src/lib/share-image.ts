import type { ArcPlace } from './arc.ts';
import type { CardKind } from './urls.ts';

/**
 * The share images: what a card says (`Card`, built by src/data/cards.ts and
 * drawn by src/integration/og/), their size, and the site's address at the
 * foot of a card. Where each image lives is a URL shape (`paths.shareImage`
 * in src/lib/urls.ts).
 */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * The site's address for the foot of a card, as a reader would type it:
 * "lips-and-teeth.example", "example.org/lips-and-teeth". A build with no
 * public address (src/lib/site-address.ts) names the site only, never a
 * made-up host.
 */
export const SITE_NAME = 'Lips and Teeth';

export function siteAddress(site: string | undefined, base = '/'): string {
  if (!site) return SITE_NAME;
  const url = new URL(site);
  const path = base.replace(/^\/?/, '/').replace(/\/+$/, '');
  return `${url.host}${path}`;
}

/**
 * What each share card says, as plain data. The cache key is a hash of this
 * (plus the template and fonts), so a card is re-rendered exactly when what
 * it shows changes. A card carries its context: a claim says who wrote it,
 * where and when (and, when the quote alone is short, the sentence before
 * it); an event says when, where and what happened, and where it sits on
 * 2017–2019. A claim's card also carries the check: its status and the
 * record's one line. A card prints the site's address only when the build
 * knows it (SITE_URL set, and not a local address); otherwise it names the
 * site alone.
 */
export interface Card {
  /** Site-relative path of the PNG ("/og/claims/x.png"). */
  path: string;
  kind: CardKind;
  /** Small line above: "Claim", "Event · China – North Korea". */
  eyebrow: string;
  /** The sentence leading into a short quote (empty when none is needed or there is none). */
  lead: string;
  /** The quote or title, whole: the template fits it by type size. */
  headline: string;
  /** Whether the headline is a quotation (set in quotes and serif). */
  quote: boolean;
  /** Attribution ("Author · Outlet · date") or "date · place". */
  byline: string;
  /** A second, quieter line: the piece's title, the event's one-line summary. */
  detail: string;
  /** Events: where the event sits on the 2017–2019 arc. */
  arc: ArcPlace | null;
  /** Claims: what the record shows, the status's label and the record line. */
  verdict: { status: string; label: string; line: string } | null;
  /** The site's address, as a reader would type it; null when the build does not know it. */
  site: string | null;
}

export interface CardOptions {
  /** The site's public URL (src/lib/site-address.ts), or undefined when the build has none. */
  site: string | undefined;
  /** The base path the site lives under. */
  base: string;
  /** False when the build found no public address, so `site` is only a local default. */
  known?: boolean;
}

/** The address to print, or null: never one the build only assumed, never a local one. */
export function cardAddress(options: CardOptions): string | null {
  if (options.known === false || options.site === undefined) return null;
  const host = new URL(options.site).hostname;
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost')) return null;
  return siteAddress(options.site, options.base);
}


/**
 * What the page build hands the build hook (src/pages/og/manifest.json.ts →
 * src/integration/og/manifest.ts): every card's text, and the ids of the
 * content pages a redirect may point to. The hook draws the cards and checks
 * redirects.json from it, so it never reads content itself; the file is
 * removed from dist/ once read.
 */
export interface CardManifest {
  cards: Card[];
  ids: Record<'claim' | 'event' | 'piece' | 'actor', string[]>;
}
