import { siteAddress, type Env } from '../lib/site-address.ts';

/**
 * What the build says about the site's public address (src/lib/site-address.ts
 * finds it: SITE_URL, else a static host's build variables). Without one,
 * nothing readers see names a made-up host: canonical links, og:url and
 * og:image are left out, the sitemap is not written and robots.txt does not
 * point to one, links and citations are relative to the page, the feed's
 * links are relative to the feed, and the share cards name the site only.
 */
export function siteUrlWarning(env: Env): string | null {
  if (siteAddress(env).site) return null;
  return [
    'No public address: SITE_URL is not set and no static host\'s build variables were found (Netlify, Vercel, Cloudflare Pages, GitHub Actions).',
    '  This build leaves out canonical links, og:url and og:image (link previews) and the sitemap; links, citations and the feed are relative.',
    '  For a deployment, build with the public origin, e.g.: SITE_URL=https://example.org npm run build',
    '  (and BASE_PATH=/folder/ if the site lives in a folder). See docs/deploy.md.',
  ].join('\n');
}

/** The line the build logs when it found an address, naming the variable it came from. */
export function siteUrlSource(env: Env): string | null {
  const { site, base, from } = siteAddress(env);
  return site && from ? `public address ${new URL(base, site).href} (from ${from})` : null;
}
