import type { APIRoute } from 'astro';
import { absolute, paths, SITE } from '../lib/urls.ts';

/**
 * robots.txt, generated so the sitemap's address follows the public address
 * and BASE_PATH. A build with no public address writes no sitemap (its URLs
 * must be absolute), so robots.txt names none.
 */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n${SITE ? `\nSitemap: ${absolute(paths.sitemap())}\n` : ''}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
