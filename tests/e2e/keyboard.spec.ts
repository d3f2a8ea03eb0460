import { test, expect } from '@playwright/test';
import { focused, tabTo } from './keyboard.ts';

/**
 * The three reader tasks, with the keyboard alone: no clicks, no page.goto
 * after the first page. Each step is a Tab, an Enter or typing.
 */

test('read a piece and follow a claim, then come back to it', async ({ page }) => {
  await page.goto('/');
  const piece = await tabTo(page, (f) => /\/articles\/[a-z0-9-]+\/$/.test(f.href ?? ''), 'link to a piece');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(piece.href!);

  const claimLink = await tabTo(page, (f) => f.inClaim !== null && /\/claims\/[a-z0-9-]+\/$/.test(f.href ?? ''), 'claim link inside the text');
  const id = claimLink.inClaim!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/claims/${id}/$`));
  await expect(page.locator('blockquote').first()).toBeVisible();

  await tabTo(page, (f) => (f.href ?? '').endsWith(`#${id}`), 'link back to the claim in the piece');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/articles/[a-z0-9-]+/#${id}$`));
  await expect(page.locator(`mark.claim[id="${id}"]`)).toBeInViewport();
});

test('find an event by date from the events list', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, (f) => /\/events\/$/.test(f.href ?? ''), 'Events link in the header');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/events\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Events/);

  // Jump to the year, then walk on to the first event of June 2018.
  await tabTo(page, (f) => /^#\D*2018$/.test(new URL(f.href ?? 'x:/').hash), '2018 year link');
  await page.keyboard.press('Enter');
  const event = await tabTo(page, (f) => /\/events\/[a-z0-9-]+\/$/.test(f.href ?? '') && /June 2018/.test(f.context), 'event dated June 2018', 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(event.href!);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.name);
  await expect(page.locator('main time').first()).toContainText(/June 2018/);
});

test('find an event by date from the search page', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox');
  await expect(box.first(), 'the search page has a search box').toBeVisible();
  await tabTo(page, (f) => f.tag === 'input', 'search box', 60);
  await expect(box.first()).toBeFocused();
  await page.keyboard.type('June 2018');
  await page.keyboard.press('Enter');
  const results = page.getByRole('region', { name: /search results/i });
  await expect(results.getByRole('link').first()).toBeVisible();
  const result = await tabTo(page, (f) => /\/events\/[a-z0-9-]+\/$/.test(f.href ?? ''), 'event in the search results', 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(result.href!);
  await expect(page.locator('main time').first()).toContainText(/June 2018/);
});

test('share a claim link: the permalink or copy control is reachable and carries the claim URL', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/claims/');
  const claim = await tabTo(page, (f) => /\/claims\/[a-z0-9-]+\/$/.test(f.href ?? ''), 'claim link');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(claim.href!);
  const url = new URL(claim.href!);

  const control = await tabTo(
    page,
    (f) => (f.tag === 'button' && /copy/i.test(f.name)) || (f.href !== null && new URL(f.href).pathname === url.pathname && !new URL(f.href).hash),
    'permalink or copy-link control',
    80,
  );
  if (control.tag === 'button') {
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(url.pathname);
  } else {
    // The plain permalink: what a reader copies with the context menu or drags into a message.
    expect(new URL(control.href!).pathname).toBe(url.pathname);
  }
  expect(await focused(page)).not.toBeNull();
});
