import type { APIRoute } from 'astro';
import { absolute } from '../lib/urls.ts';

/** robots.txt, generated so the sitemap's address follows SITE_URL and BASE_PATH. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
