import { fileURLToPath } from 'node:url';

/**
 * The browser gets a stand-in for d3-color (src/timeline/enhance/d3-color-lite.ts):
 * the timeline tweens no colours, and the real module would spend 3 KB of its
 * 30 KB JavaScript budget. Server-side code keeps the real one. A Vite plugin,
 * used by the site's astro.config.ts and by the dense chart's fixture site, so
 * both ship the same script.
 */
export const d3ColorLite = {
  name: 'lips-and-teeth:d3-color-lite',
  enforce: 'pre' as const,
  resolveId(id: string, _importer: string | undefined, options?: { ssr?: boolean }) {
    return id === 'd3-color' && !options?.ssr ? fileURLToPath(new URL('../timeline/enhance/d3-color-lite.ts', import.meta.url)) : null;
  },
};
