import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { guard } from './guard.ts';

/**
 * On every page type, under the site's own CSP: no violation, no console
 * error, and not one request to any origin but the site's.
 */
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; piece: string; url: string }[];
const first = claims[0]!;
const redirects = JSON.parse(readFileSync('redirects.json', 'utf8')) as Record<string, string>;

const pages: [string, string][] = [
  ['home', '/'],
  ['piece', `/articles/${first.piece}/#${first.id}`],
  ['claims index', '/claims/'],
  ['claim', first.url],
  ['events index', '/events/'],
  ['event', '/events/kim-visit-china-1/'],
  ['timeline', '/timeline/'],
  ['search', '/search/?q=summit'],
  ['about', '/about/'],
];
const moved = Object.keys(redirects)[0];
if (moved) pages.push(['redirect', moved]);

for (const [name, path] of pages) {
  test(`${name}: no CSP violation, no error, nothing from other origins`, async ({ page, baseURL }) => {
    const watch = await guard(page, new URL(baseURL!).origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    // Exercise the page's scripts: focus moves and a scroll run their handlers.
    await page.keyboard.press('Tab');
    await page.mouse.wheel(0, 800);
    await page.waitForLoadState('networkidle');
    expect(await watch.problems()).toEqual([]);
  });
}

test('every HTML page carries the CSP before anything it governs', async ({ page }) => {
  await page.goto('/');
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const content = (await meta.getAttribute('content')) ?? '';
  expect(content).toContain("script-src 'self'");
  expect(content).not.toContain('unsafe-inline');
  // The policy is live: an injected inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
    return (window as unknown as { __ran?: boolean }).__ran === true;
  });
  expect(ran).toBe(false);
});

test('the 404 page is clean too', async ({ page, baseURL }) => {
  const watch = await guard(page, new URL(baseURL!).origin);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // The preview server's 404 status is reported as a console error by the browser; ignore only that.
  expect((await watch.problems()).filter((p) => !/status of 404/.test(p))).toEqual([]);
});
