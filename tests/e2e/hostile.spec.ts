import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { guard } from './guard.ts';

/**
 * Hostile input through every way a URL reaches the pages' scripts: the
 * search query and type, the timeline's from/to, and hash fragments. None may
 * run (no dialog, no marker set, no element injected), none may break the
 * page (no uncaught error, no console error, the page still reads).
 * Every payload tries to set window.__pwned or add an element with data-pwned.
 */
const PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x data-pwned onerror=\"window.__pwned=1\">",
  '<img src=x data-pwned onerror=alert(1)>',
  '<svg data-pwned onload=alert(1)>',
  '<iframe data-pwned src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  '</script><script>window.__pwned=1</script>',
  '<a data-pwned href="javascript:alert(1)">x</a>',
  '"><svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${alert(1)}',
  '<details data-pwned open ontoggle=alert(1)>',
  '\u2028\u2029<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  "');window.__pwned=1;//",
  '<style>*{display:none}</style><b data-pwned>x</b>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '2018-13-45',
  '9999-99-99T99:99',
  '-1e309',
  '__proto__',
  'a'.repeat(5000),
  "' OR '1'='1",
  '\u0000\u202e<b data-pwned>',
];

const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; piece: string; url: string }[];
const first = claims[0]!;

async function expectUnharmed(page: Page, problems: () => Promise<string[]>, what: string, origin: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).origin, what).toBe(origin);
  const harm = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
    injected: document.querySelectorAll('[data-pwned], iframe, object, embed, base, body meta[http-equiv]').length,
    inlineScripts: [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').length,
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

test('there are at least 20 payloads', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
});

for (const [name, url] of routes) {
  test(`${name}: no payload runs or breaks the page`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const watch = await guard(page, new URL(baseURL!).origin);
    for (const payload of PAYLOADS) {
      // A fresh load each time, as from a shared link (a hash-only change would not reload).
      await page.goto('about:blank');
      const response = await page.goto(url(payload));
      expect(response?.status(), payload).toBe(200);
      await expectUnharmed(page, () => watch.problems(), `${name} ← ${payload.slice(0, 60)}`, new URL(baseURL!).origin);
    }
  });
}

test('a raw, unencoded hash is harmless too', async ({ page, baseURL }) => {
  const watch = await guard(page, new URL(baseURL!).origin);
  for (const payload of PAYLOADS.slice(0, 10)) {
    await page.goto(`/articles/${first.piece}/`);
    // Change only the fragment, as a reader's click or a crafted link would.
    await page.evaluate((hash) => { location.hash = hash; }, payload);
    await expectUnharmed(page, () => watch.problems(), `hashchange ← ${payload}`, new URL(baseURL!).origin);
  }
});
