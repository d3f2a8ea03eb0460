import { test, expect, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The check where readers look first: on the home page's key-claim cards and
 * on each /compare/ pair, a claim's status and record line are on screen
 * without a click, at desktop and phone widths, in light and dark.
 */
interface ClaimRow {
  id: string;
  quote: string;
  key: boolean;
  record: { status: string; statusLabel: string; line: string };
}
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];

/** The verdict in a claim's list item or pair column: shown, legible, and saying this claim's status and line. */
async function expectVerdict(container: Locator, claim: ClaimRow, where: string) {
  const verdict = container.locator('.verdict');
  await expect(verdict, `${where}: ${claim.id}`).toBeVisible();
  await expect(verdict.locator('.status')).toHaveText(claim.record.statusLabel);
  await expect(verdict.locator('.record-line')).toHaveText(claim.record.line);
  // Not folded away, clipped or hidden behind a control: it has room and no closed <details> above it.
  const box = (await verdict.locator('.record-line').boundingBox())!;
  expect(box.height, `${where}: ${claim.id} line has height`).toBeGreaterThan(10);
  expect(await verdict.evaluate((el) => el.closest('details:not([open])') === null), `${where}: ${claim.id} not folded`).toBe(true);
  // The status links to the page that says what it means.
  await expect(verdict.locator('.status')).toHaveAttribute('href', new RegExp(`/statuses/#status-${claim.record.status}$`));
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width}×${viewport.height}, ${colorScheme}`, () => {
      test.beforeEach(async ({ page }) => {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
      });

      test('the home page’s key-claim cards show each claim’s status and record line', async ({ page }) => {
        await page.goto('/');
        const items = page.locator('.card .quote-list');
        const count = await items.count();
        expect(count).toBeGreaterThanOrEqual(6);
        for (let i = 0; i < count; i++) {
          const item = items.nth(i);
          const href = (await item.locator('blockquote a').getAttribute('href')) ?? '';
          const claim = claims.find((c) => href.endsWith(`/claims/${c.id}/`))!;
          expect(claim.key).toBe(true);
          await item.scrollIntoViewIfNeeded();
          await expectVerdict(item, claim, 'home');
        }
        // The honest counts, derived from the statuses, are on the page.
        const reach = page.locator('.record-reach').first();
        await expect(reach).toBeVisible();
        const tested = claims.filter((c) => ['matches', 'at-odds', 'partly', 'borne-out', 'not-borne-out', 'open'].includes(c.record.status)).length;
        await expect(reach).toContainText(`Of the ${claims.length} claims, the record can test ${tested}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      });

      test('each /compare/ pair shows both claims’ status and record line, and how far apart the pieces were written', async ({ page }) => {
        await page.goto('/compare/');
        const pairs = page.locator('.pair');
        const count = await pairs.count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const pair = pairs.nth(i);
          await pair.scrollIntoViewIfNeeded();
          await expect(pair.locator('.pair-gap')).toBeVisible();
          await expect(pair.locator('.pair-gap')).toHaveText(/^Written \d+ (to \d+ )?months apart: /);
          const columns = pair.locator('.pair-claims > div');
          await expect(columns).toHaveCount(2);
          for (let j = 0; j < 2; j++) {
            const column = columns.nth(j);
            const href = (await column.locator('blockquote a').getAttribute('href')) ?? '';
            const claim = claims.find((c) => href.endsWith(`/claims/${c.id}/`))!;
            await expectVerdict(column, claim, `compare pair ${i + 1}`);
          }
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      });
    });
  }
}

test('the statuses page explains every status and lists the claims under it', async ({ page }) => {
  await page.goto('/statuses/');
  for (const status of new Set(claims.map((c) => c.record.status))) {
    const entry = page.locator(`#status-${status}`);
    await expect(entry).toBeVisible();
    const under = claims.filter((c) => c.record.status === status);
    await expect(entry.locator('summary')).toHaveText(`${under.length} ${under.length === 1 ? 'claim' : 'claims'}`);
  }
  // A status link lands on its entry.
  await page.goto('/claims/china-out-in-the-cold/');
  await page.locator('.claim-main > .verdict .status').click();
  await expect(page).toHaveURL(/\/statuses\/#status-what-followed$/);
  await expect(page.locator('#status-what-followed')).toBeInViewport();
});

test('a claim found by search shows its status and record line under the quote', async ({ page }) => {
  const claim = claims.find((c) => c.id === 'three-party-talks-deadlocked')!;
  await page.goto('/search/?q=deadlocked');
  const result = page.locator('.search-result', { has: page.locator(`a[href$="/claims/${claim.id}/"]`) }).first();
  await expect(result).toBeVisible();
  await expect(result.locator('.verdict .status')).toHaveText(claim.record.statusLabel);
  await expect(result.locator('.verdict .record-line')).toHaveText(claim.record.line);
  await expect(result.locator('.verdict .status')).toHaveAttribute('href', /\/statuses\/#status-matches$/);
  // An event found by the same words has no verdict.
  await page.goto('/search/?q=three-party+talks');
  const event = page.locator('.search-result', { has: page.locator('a[href$="/events/three-party-talks-beijing/"]') }).first();
  await expect(event).toBeVisible();
  await expect(event.locator('.verdict')).toHaveCount(0);
});
