import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The reader's first task: read a piece, follow a claim to its page, and come back to the spot. */

interface ClaimRow { id: string; piece: string; quote: string; url: string }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];

test('a claim link leads to the claim page and back to the anchor in the piece', async ({ page }) => {
  const claim = claims.find((c) => c.piece === 'ching-mend-ties' && c.id === 'china-out-in-the-cold') ?? claims[0]!;
  await page.goto(`/articles/${claim.piece}/`);
  const mark = page.locator(`mark#${claim.id}`);
  await expect(mark).toBeVisible();
  await mark.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}/$`));
  await expect(page.getByRole('blockquote').first()).toContainText(claim.quote.slice(0, 40));
  await page.getByRole('link', { name: /Read it in the piece/ }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${claim.piece}/#${claim.id}$`));
  await expect(page.locator(`mark#${claim.id}`)).toBeInViewport();
  // :target is the claim the reader came back to.
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(claim.id);
});

test('every claim has a page with its quote, and an anchor in its piece', async ({ page }) => {
  for (const piece of new Set(claims.map((c) => c.piece))) {
    await page.goto(`/articles/${piece}/`);
    for (const claim of claims.filter((c) => c.piece === piece)) {
      await expect(page.locator(`mark.claim[id="${claim.id}"]`)).toHaveCount(1);
    }
  }
  for (const claim of claims.slice(0, 8)) {
    const response = await page.goto(claim.url);
    expect(response?.status()).toBe(200);
    await expect(page.locator('blockquote#quote')).toContainText(claim.quote);
  }
});
