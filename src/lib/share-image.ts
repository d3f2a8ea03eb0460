/**
 * Where each share image lives, site-relative. The build writes one PNG per
 * claim, event and piece plus one for the home page (src/integration/og/); pages
 * point their og:image at the same paths, from this one function.
 */
export type CardKind = 'home' | 'piece' | 'claim' | 'event';

const FOLDERS: Record<Exclude<CardKind, 'home'>, string> = { piece: 'articles', claim: 'claims', event: 'events' };

export function shareImagePath(kind: CardKind, id = ''): string {
  return kind === 'home' ? '/og/home.png' : `/og/${FOLDERS[kind]}/${id}.png`;
}

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
