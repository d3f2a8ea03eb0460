import { expect, test } from '@playwright/test';

/** Search's "Who" facet names people and links each to their page. */
test('a person in the Who facet links to their page, which lists their events', async ({ page }) => {
  await page.goto('/search/?q=Beijing');
  const who = page.locator('fieldset.search-facet', { has: page.locator('legend', { hasText: 'Who' }) });
  const link = who.getByRole('link', { name: 'Kim Jong Un: who they were' });
  await expect(link).toBeVisible();
  const box = await link.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(24);
  expect(box!.width).toBeGreaterThanOrEqual(24);
  await link.click();
  await expect(page).toHaveURL(/\/actors\/kim-jong-un\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kim Jong Un');
});
