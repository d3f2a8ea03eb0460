import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Every page type renders and reads with JavaScript off. */
test.use({ javaScriptEnabled: false });

const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; piece: string; url: string }[];
const first = claims[0]!;

const pages: [string, string][] = [
  ['home', '/'],
  ['piece', `/articles/${first.piece}/`],
  ['claims index', '/claims/'],
  ['claim', first.url],
  ['about', '/about/'],
  ['events index', '/events/'],
  ['event', '/events/kim-visit-china-1/'],
  ['timeline', '/timeline/'],
  ['search', '/search/'],
  ['actors index', '/actors/'],
  ['actor', '/actors/kim-jong-un/'],
  ['places', '/places/'],
  ['events by kind', '/events/kind/visit/'],
  ['readouts', '/readouts/'],
];

for (const [name, path] of pages) {
  test(`${name} works without JavaScript`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    expect(await page.locator('main').innerText()).not.toHaveLength(0);
  });
}

test('the 404 page helps', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'All claims' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Search' }).first()).toBeVisible();
});

test('a piece offers no sharing help that needs scripts, and keeps its § links', async ({ page }) => {
  await page.goto(`/articles/${first.piece}/`);
  await expect(page.getByText('for its share button')).toBeHidden();
  await expect(page.locator(`mark#${first.id} a.claim-ref`)).toHaveAttribute('href', new URL(first.url, 'http://x').pathname);
});
