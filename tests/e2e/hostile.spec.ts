import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { guard } from './guard.ts';
import { BROWSER_PAYLOADS, PAYLOADS as ALL_PAYLOADS } from '../payloads.ts';

/**
 * Hostile input through every way a URL reaches the pages' scripts: the
 * search query and type, the timeline's from/to, and hash fragments. None may
 * run (no dialog, no marker set, no element injected), none may break the
 * page (no uncaught error, no console error, the page still reads).
 * Every payload tries to set window.__pwned or add an element with data-pwned.
 */
// The full list goes through the pure parsers in tests/unit/hostile-parsers.test.ts;
// the browser gets one payload of each kind in every place a page reads one.
const PAYLOADS = BROWSER_PAYLOADS;

const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; piece: string; url: string }[];
const first = claims[0]!;

async function expectUnharmed(page: Page, problems: () => Promise<string[]>, what: string, origin: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).origin, what).toBe(origin);
  const harm = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    injected: document.querySelectorAll('[data-pwned], iframe, object, embed, base, body meta[http-equiv]').length,
    // Data blocks (JSON-LD, the timeline's JSON model) are never run; any other inline script is.
    inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json' && s.type !== 'application/json').length,
  }));
  expect(harm, what).toEqual({ pwned: false, injected: 0, inlineScripts: 0 });
  expect(await problems(), what).toEqual([]);
  // Still the site's page, still readable.
  await expect(page.getByRole('heading', { level: 1 }), what).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Main' }), what).toBeVisible();
}

const e = encodeURIComponent;

const routes: [string, (payload: string) => string][] = [
  ['search query', (p) => `/search/?q=${e(p)}`],
  ['search type', (p) => `/search/?q=summit&type=${e(p)}`],
  ['timeline from', (p) => `/timeline/?from=${e(p)}&to=2019-12-31`],
  ['timeline to', (p) => `/timeline/?from=2017-01-01&to=${e(p)}`],
  ['timeline hash', (p) => `/timeline/#${e(p)}`],
  ['piece hash', (p) => `/articles/${first.piece}/#${e(p)}`],
  ['claim hash', (p) => `${first.url}#${e(p)}`],
  ['events hash', (p) => `/events/#${e(p)}`],
  ['search hash', (p) => `/search/?q=${e(p)}#${e(p)}`],
];

test('there are at least 20 payloads, and every browser payload is one of them', () => {
  expect(ALL_PAYLOADS.length).toBeGreaterThanOrEqual(20);
  for (const payload of BROWSER_PAYLOADS) expect(ALL_PAYLOADS).toContain(payload);
});

for (const [name, url] of routes) {
  test(`${name}: no payload runs or breaks the page`, async ({ context, baseURL }) => {
    test.setTimeout(90_000);
    const origin = new URL(baseURL!).origin;
    // Each payload in a page of its own, loaded fresh as from a shared link (a
    // hash-only change would not reload); the pages load side by side, since
    // most of a load is waiting for the network to settle.
    await Promise.all(PAYLOADS.map(async (payload) => {
      const page = await context.newPage();
      const watch = await guard(page, origin);
      const response = await page.goto(url(payload));
      expect(response?.status(), payload).toBe(200);
      await expectUnharmed(page, () => watch.problems(), `${name} ← ${payload.slice(0, 60)}`, origin);
      await page.close();
    }));
  });
}

test('a raw, unencoded hash is harmless too', async ({ page, baseURL }) => {
  const watch = await guard(page, new URL(baseURL!).origin);
  for (const payload of PAYLOADS) {
    await page.goto(`/articles/${first.piece}/`);
    // Change only the fragment, as a reader's click or a crafted link would.
    await page.evaluate((hash) => { location.hash = hash; }, payload);
    await expectUnharmed(page, () => watch.problems(), `hashchange ← ${payload}`, new URL(baseURL!).origin);
  }
});
