import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkClaims from './src/markdown/remark-claims.ts';
import remarkMarginNotes from './src/markdown/remark-margin-notes.ts';
import sitemap from '@astrojs/sitemap';
import lipsAndTeeth from './src/integration/index.ts';
import { fileURLToPath } from 'node:url';

/**
 * The browser gets a stand-in for d3-color (src/client/timeline/d3-color-lite.ts):
 * the timeline tweens no colours, and the real module would spend 3 KB of its
 * 30 KB JavaScript budget. Server-side code keeps the real one.
 */
const d3ColorLite = {
  name: 'lips-and-teeth:d3-color-lite',
  enforce: 'pre' as const,
  resolveId(id: string, _importer: string | undefined, options?: { ssr?: boolean }) {
    return id === 'd3-color' && !options?.ssr ? fileURLToPath(new URL('./src/client/timeline/d3-color-lite.ts', import.meta.url)) : null;
  },
};

/**
 * Deploy anywhere: SITE_URL is the public origin (used for canonical links,
 * share images and the sitemap), BASE_PATH the folder the site lives in.
 */
const site = process.env['SITE_URL'] || 'http://localhost:4321';
const base = process.env['BASE_PATH'] ?? '/';

export default defineConfig({
  site,
  // Keep Astro's cache inside the project (not node_modules), so checkouts never share it.
  cacheDir: './.astro/cache',
  base,
  trailingSlash: 'always',
  // Stylesheets and scripts always as files, never inlined: the CSP
  // (src/lib/security.ts) allows no inline <script> or <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 }, plugins: [d3ColorLite] },
  markdown: {
    // Pieces are verbatim: no smart quotes, no autolinks, nothing rewritten.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkDirective, [remarkClaims, { base }], [remarkMarginNotes, { base }]],
    }),
  },
  // sitemap first: its files must exist before our build-done hook checks the permanent links.
  integrations: [sitemap(), lipsAndTeeth()],
});
