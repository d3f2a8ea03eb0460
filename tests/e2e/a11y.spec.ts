import { test, expect, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';
import { COLOUR_RULES, violations, wcagAxe } from './axe.ts';

/**
 * WCAG 2.2 A and AA, as axe checks them (./axe.ts), on every page type: every rule in
 * the light colour scheme; then, with the page loaded again in the dark
 * scheme, only what the scheme changes, the colours (text contrast, and links
 * told from text by contrast), since structure, names and roles are the same
 * markup in both. (Loaded again, not switched in place: Chromium keeps the old
 * scheme's computed colours for the parts of a page that `content-visibility:
 * auto` has not drawn yet, which axe would read.) Pages are checked after the
 * network settles, so what scripts add (timeline drawing, search results) is
 * checked too.
 */
// One axe run costs a few CPU seconds on the longest pages; with a worker per
// core on a busy two-core machine a page's two runs can take 20–40 s of wall
// time. A time limit here would test the machine, not the page.
test.describe.configure({ timeout: 120_000 });

/** The body's lightness (0 black … 1 white), to know which scheme the page is drawn in. */
async function bodyLightness(page: Page): Promise<number> {
  const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)!.map(Number) as [number, number, number];
  return (Math.max(r, g, b) + Math.min(r, g, b)) / 510;
}

for (const { name, path } of PAGE_TYPES) {
  test(`${name} (${path}) has no WCAG A/AA violations, nor colour ones in the dark scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(path, { waitUntil: 'networkidle' });
    await expect(page.getByRole('main')).toBeVisible();
    // The page really is drawn in each scheme, so axe measures that scheme's colours.
    expect(await bodyLightness(page)).toBeGreaterThan(0.75);
    const light = await violations(wcagAxe(page));
    expect(light, `light scheme:\n${light.join('\n')}`).toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.reload({ waitUntil: 'networkidle' });
    expect(await bodyLightness(page)).toBeLessThan(0.25);
    const dark = await violations(wcagAxe(page, COLOUR_RULES));
    expect(dark, `dark scheme:\n${dark.join('\n')}`).toEqual([]);
  });
}

/**
 * What opens on top of a page is checked open: the share-and-cite dialog a
 * claim's button opens on a piece, and the timeline's details beside a mark.
 * Every rule in light, the colour rules in dark, as above.
 */
const OPENED: { name: string; path: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'a claim’s share and cite dialog',
    path: '/articles/ching-mend-ties/',
    async open(page) {
      await page.locator('button.claim-share').first().focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog', { name: 'Share or cite this claim' })).toBeVisible();
    },
  },
  {
    name: 'the timeline’s details beside a mark',
    path: '/timeline/',
    async open(page) {
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      await page.locator('svg.tl-wide a.tl-mark').first().focus();
      await expect(page.locator('.tl-popover-title')).toBeVisible();
    },
  },
];

for (const { name, path, open } of OPENED) {
  test(`${name} (${path}), open, has no WCAG A/AA violations, nor colour ones in the dark scheme`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto(path, { waitUntil: 'networkidle' });
      await open(page);
      const found = await violations(wcagAxe(page, colorScheme === 'light' ? undefined : COLOUR_RULES));
      expect(found, `${colorScheme} scheme:\n${found.join('\n')}`).toEqual([]);
    }
  });
}

/**
 * Pages whose phone layout is a different drawing, not only a narrower one:
 * the timeline's phone chart (fetched at that width), a piece with its share
 * buttons beside the claims, and the home page's chart. Every rule, at 375 px
 * (target size, WCAG 2.5.8, is measured on the phone's own layout).
 */
test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  for (const path of ['/', '/articles/china-doing-for-north-korea/', '/timeline/']) {
    test(`${path} at 375 px has no WCAG A/AA violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.goto(path, { waitUntil: 'networkidle' });
      if (path === '/timeline/') await expect(page.locator('svg.tl-narrow a.tl-mark').first()).toBeVisible();
      const found = await violations(wcagAxe(page));
      expect(found, found.join('\n')).toEqual([]);
    });
  }
});
