import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { guard } from './guard.ts';
import { parseHeaders, parseRedirects } from '../../src/integration/nginx.ts';

/**
 * The built site as production serves it: nginx with the build's
 * dist/_nginx.conf (project "nginx"). What dist/_headers and dist/_redirects
 * say must be what nginx answers: security headers on pages, errors and
 * redirects; long caching on hashed bundles; every redirect a real 301; the
 * site's own 404 page with a 404 status.
 */
const headerRules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
const everywhere = headerRules.find((r) => r.pattern === '/*')?.headers ?? [];
const bundles = headerRules.find((r) => r.pattern === '/_astro/*')?.headers ?? [];
const redirects = parseRedirects(readFileSync('dist/_redirects', 'utf8'));
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; url: string }[];

function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  expect(everywhere.length, 'dist/_headers has headers for /*').toBeGreaterThan(3);
  for (const [name, value] of everywhere) expect(headers[name.toLowerCase()], `${where}: ${name}`).toBe(value);
}

test('a page: 200, HTML, every security header from _headers', async ({ page }) => {
  const response = await page.goto(claims[0]!.url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-type']).toMatch(/^text\/html/);
  expectSecurityHeaders(headers, claims[0]!.url);
  await expect(page.locator('blockquote#quote')).toBeVisible();
  // The header CSP is live: frame-ancestors, which only a header can carry, is there.
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('the home page renders cleanly under the header CSP', async ({ page, baseURL }) => {
  const watch = await guard(page, new URL(baseURL!).origin);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(await watch.problems()).toEqual([]);
});

test('hashed bundles are cached for a year, and keep the security headers', async ({ page, request }) => {
  await page.goto('/');
  const asset = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href).find((h) => h.includes('/_astro/')));
  expect(asset, 'the home page links a stylesheet from /_astro/').toBeTruthy();
  const response = await request.get(asset!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/css/);
  const cache = bundles.find(([name]) => name === 'Cache-Control')?.[1];
  expect(cache).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['cache-control']).toBe(cache);
  expectSecurityHeaders(response.headers(), asset!);
  // Pages are not cached as if immutable.
  expect((await request.get('/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('every redirect in _redirects is a real 301 to its target, with the security headers', async ({ request, baseURL }) => {
  expect(redirects.length, 'dist/_redirects lists at least one redirect').toBeGreaterThan(0);
  for (const { from, to, status } of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(status);
    expect(new URL(response.headers()['location'] ?? '', baseURL).pathname, from).toBe(to);
    expectSecurityHeaders(response.headers(), from);
    const followed = await request.get(from);
    expect(followed.status(), `${from} → ${to}`).toBe(200);
  }
});

test('a missing page gets the site’s 404 page with status 404 and the headers', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  expectSecurityHeaders(response!.headers(), '/no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute('href', /\/_astro\//);
  expect(await page.title()).toMatch(/Lips and Teeth/);
});

test('host configuration files are not served', async ({ request }) => {
  for (const file of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await request.get(file)).status(), file).toBe(404);
});

test('text is sent gzipped, as the size budgets assume: search data, scripts, styles, the feed', async ({ request, page }) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  const style = await page.locator('link[rel="stylesheet"][href^="/_astro/"]').first().getAttribute('href');
  for (const path of ['/search/text.json', '/search/dates.json', '/events.json', '/claims.xml', script!, style!]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-encoding'], `${path} is compressed`).toBe('gzip');
    expect(response.headers()['vary'] ?? '', `${path} varies by encoding`).toMatch(/Accept-Encoding/i);
  }
});
