import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkClaims from './src/markdown/remark-claims.ts';
import remarkMarginNotes from './src/markdown/remark-margin-notes.ts';
import sitemap from '@astrojs/sitemap';
import lipsAndTeeth from './src/integration/index.ts';
import { d3ColorLite } from './src/integration/d3-color-lite.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { markdownLinks, paths } from './src/lib/urls.ts';

/**
 * Deploy anywhere: the public origin comes from SITE_URL, else from the build
 * variables of Netlify, Vercel, Cloudflare Pages or GitHub Actions (Pages),
 * and BASE_PATH (or the GitHub repository's folder) is the folder the site
 * lives in (src/lib/site-address.ts, docs/deploy.md). With no address, site
 * is undefined and nothing names a made-up host.
 */
const { site, base } = siteAddress(process.env);
/** The plugins link claims and events through the site's URL module, for this base path. */
const links = markdownLinks(base);

export default defineConfig({
  ...(site ? { site } : {}),
  // Keep Astro's cache inside the project (not node_modules), so checkouts never share it.
  cacheDir: './.astro/cache',
  base,
  trailingSlash: 'always',
  // Styles inlined into every page, so it paints as soon as its HTML arrives
  // (a linked stylesheet costs a round trip before the first paint: over
  // half a second on a slow phone network). The build allows each <style>
  // block by hash in the CSP (src/integration/inline-styles.ts). Scripts stay
  // files, never inlined: the CSP allows no inline <script>.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { build: { assetsInlineLimit: 0 }, plugins: [d3ColorLite] },
  markdown: {
    // Pieces are verbatim: no smart quotes, no autolinks, nothing rewritten.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkDirective, [remarkClaims, { links }], [remarkMarginNotes, { links }]],
    }),
  },
  // sitemap first: its files must exist before our build-done hook checks the permanent links.
  // A sitemap lists absolute URLs, so a build with no public address writes none.
  // Page parts (markup a page fetches, src/pages/parts/) are not pages: the sitemap leaves them out.
  integrations: [...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${base.replace(/\/$/, '')}${paths.parts()}`) })] : []), lipsAndTeeth()],
});
