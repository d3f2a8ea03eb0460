/**
 * SITE_URL is the public address the build writes into canonical links,
 * og:url and og:image, JSON-LD, the claims feed, the sitemap, robots.txt and
 * the share cards. Without it those all say http://localhost:4321: fine for a
 * local look, wrong for a deployment. The links readers copy (copy link,
 * share, citations, passage links) are built in the browser from the page's
 * own origin, so they work either way.
 */
export const DEFAULT_SITE = 'http://localhost:4321';

/** The one warning a build prints when SITE_URL is not set, or null when it is. */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  if (env['SITE_URL']) return null;
  return [
    `SITE_URL is not set, so this build uses ${DEFAULT_SITE} as the site's public address.`,
    '  Canonical links, og:url and og:image (link previews), JSON-LD, claims.xml, the sitemap, robots.txt',
    '  and the address on the share cards will point at localhost. Links readers copy still use the host they are on.',
    '  For a deployment, build with the public origin, e.g.: SITE_URL=https://example.org npm run build',
    '  (and BASE_PATH=/folder/ if the site lives in a folder). See docs/deploy.md.',
  ].join('\n');
}
