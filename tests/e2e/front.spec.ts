import { test, expect, type Page } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

/**
 * The front door on a phone and without scripts: no page scrolls sideways,
 * the header stays short, the home page's story arc and the map are drawn in
 * the HTML and link their events, and every actor has a page of events.
 */
const widths = [320, 375] as const;

async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits };
  });
}

// One load per page type, measured at each phone width in turn: the narrowest first, as loaded,
// then the page resized (what its scripts drew at load stays; the layout follows the width).
for (const { name, path } of PAGE_TYPES) {
  test(`${name} (${path}) does not scroll sideways at ${widths.join(' or ')} px`, async ({ page }) => {
    await page.setViewportSize({ width: widths[0], height: 740 });
    await page.goto(path, { waitUntil: 'networkidle' });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 740 });
      const o = await overflow(page);
      expect(o.innerWidth).toBe(width);
      expect(o.scrollWidth, `${width} px: wider than the screen; elements past the edge: ${o.culprits.join(', ')}`).toBeLessThanOrEqual(o.innerWidth);
    }
  });
}

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 740 } });
    test('the header’s link to the current page is in view, and every link can be scrolled to', async ({ page }) => {
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const [name, path] of [['Claims', '/claims/'], ['Timeline', '/timeline/'], ['People', '/actors/'], ['Search', '/search/'], ['About', '/about/']] as const) {
        await page.goto(path);
        const current = nav.locator('[aria-current="page"]');
        await expect(current).toHaveText(name);
        const box = (await current.boundingBox())!;
        expect(box.x, `${name}: its link starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${name}: its link ends on screen`).toBeLessThanOrEqual(width);
        // The strip still reaches both ends: the first and last links scroll into view.
        for (const end of [nav.getByRole('link').first(), nav.getByRole('link').last()]) {
          await end.scrollIntoViewIfNeeded();
          const b = (await end.boundingBox())!;
          expect(b.x >= 0 && b.x + b.width <= width, `${name}: ${await end.textContent()} can be scrolled to`).toBe(true);
        }
      }
    });
    test('the header is at most 100 px tall and its links are at least 24 px high', async ({ page }) => {
      await page.goto('/');
      const header = await page.locator('.site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(100);
      for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
        expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(24);
      }
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the home page draws the story arc, linking the events and both pieces', async ({ page }) => {
    await page.goto('/');
    const arc = page.locator('.story-arc svg.arc-wide');
    await expect(arc).toBeVisible();
    const hrefs = await arc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /\/events\/kim-visit-china-[1-4]\/$/.test(h))).toHaveLength(4);
    expect(hrefs.filter((h) => /\/articles\/[a-z0-9-]+\/$/.test(h))).toHaveLength(2);
    const response = await page.request.get(hrefs.find((h) => h.includes('/events/'))!);
    expect(response.status()).toBe(200);
  });
  test('the map draws every place and links each to its events', async ({ page }) => {
    await page.goto('/places/');
    await expect(page.locator('.place-map svg')).toHaveCount(2);
    for (const name of ['Beijing', 'Pyongyang', 'Panmunjom', 'Dalian', 'Singapore', 'Hanoi', 'Moscow', 'New York']) {
      const pin = page.locator('.place-map a', { hasText: name });
      await expect(pin).toHaveCount(1);
      const target = (await pin.getAttribute('href'))!.split('#')[1]!;
      const events = page.locator(`#${target} ol a`);
      expect(await events.count()).toBeGreaterThan(0);
    }
    await page.locator('#place-beijing ol a').first().click();
    await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
  });
  test('the chronology filters by pair without scripts', async ({ page }) => {
    await page.goto('/events/');
    const all = await page.locator('ol.chrono > li').count();
    await page.getByRole('navigation', { name: 'Filter events' }).getByRole('link', { name: /China – North Korea/ }).click();
    await expect(page).toHaveURL(/\/events\/lane\/china-dprk\/$/);
    const some = await page.locator('ol.chrono > li').count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
  });
});

test('an actor page keeps a claim\'s labels apart, on screen and in its text', async ({ page }) => {
  await page.goto('/actors/kim-jong-un/');
  const items = page.locator('#actor-claims ~ ul li, section[aria-labelledby="actor-claims"] li');
  const notes = await items.locator('p.note').allTextContents();
  expect(notes.length).toBeGreaterThan(0);
  // Read aloud or copied, the labels are "Key claim · Interpretation: …", never "Key claim Interpretation …".
  for (const text of notes) expect(text).toMatch(/^(Key claim · )?(Fact|Interpretation|Prediction|Prescription): \S/);
  expect(notes.some((t) => t.startsWith('Key claim · '))).toBe(true);
  // On screen, the two pills stand apart, on a line above the paraphrase.
  const keyed = items.filter({ has: page.locator('.claim-key-label') }).first();
  const key = (await keyed.locator('.claim-key-label').boundingBox())!;
  const kind = (await keyed.locator('.claim-kind').boundingBox())!;
  expect(kind.x).toBeGreaterThan(key.x + key.width + 2);
  const labels = (await keyed.locator('.claim-labels').boundingBox())!;
  const note = (await keyed.locator('p.note').boundingBox())!;
  expect(note.height).toBeGreaterThan(labels.height + 4);
  expect(await keyed.locator('.claim-key-label').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
});
