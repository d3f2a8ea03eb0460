import { test, expect, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * One chart layout per page: the HTML carries the wide layout; a phone
 * fetches its own (a page part) into a box of its size, and moves it like the
 * wide one; a wide screen never fetches it; if the fetch fails, the wide
 * layout shows, scrolled sideways in its frame.
 */
interface EventRow { id: string }
const events = JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[];
const PART = '/parts/timeline/narrow/';
const PHONE = { width: 375, height: 740 };

const partRequests = (page: Page) => {
  const seen: Request[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === PART) seen.push(r);
  });
  return seen;
};
const narrowChart = (page: Page) => page.locator('svg.tl-svg.tl-narrow');

test.describe('on a phone', () => {
  test.use({ viewport: PHONE });

  test('the phone layout is fetched once, lands in the box kept for it without moving what follows, and works', async ({ page }) => {
    const requests = partRequests(page);
    // Hold the part until the page around its box has been measured.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(`**${PART}`, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/timeline/');
    await expect(page.locator('timeline-chart')).toHaveClass(/is-enhanced/);
    // Where the text after the chart stands, measured from the top of the chart's section.
    const below = () => page.evaluate(() => {
      const section = document.querySelector('section.tl')!.getBoundingClientRect().top;
      return ['.tl-legend', '#tl-help', '.tl-notes'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top - section));
    });
    const before = await below();
    await expect(page.locator('svg.tl-slot')).toBeVisible();
    release();
    await expect(narrowChart(page)).toBeVisible();
    await expect(page.locator('svg.tl-slot')).toHaveCount(0);
    await expect(page.locator('svg.tl-wide')).toBeHidden();
    expect(await below(), 'nothing after the chart moved when it landed').toEqual(before);
    // The note about scrolling sideways is for the wide chart alone.
    await expect(page.locator('.tl-scroll-note')).toBeHidden();
    expect(requests.length).toBe(1);
    const marks = narrowChart(page).getByRole('link');
    await expect(marks).toHaveCount(events.length);
    // It moves: a zoom button changes its axis, and a mark opens its details.
    const axis = () => narrowChart(page).locator('.tl-axis').textContent();
    const start = await axis();
    await page.getByRole('button', { name: 'Whole record' }).click();
    await expect.poll(axis).not.toBe(start);
    await page.getByRole('button', { name: '2017–2019' }).click();
    const visit = narrowChart(page).locator('a[data-id="kim-visit-china-1"]');
    await visit.focus();
    await expect(page.locator('.tl-popover-title')).toHaveText('Kim Jong Un visits Beijing');
  });

  test('?asof= marks the fetched layout too', async ({ page }) => {
    await page.goto('/timeline/?asof=2018-03-26');
    await expect(narrowChart(page).locator('a[data-id="kim-visit-china-1"]')).toHaveClass(/asof-underway/);
    await expect(narrowChart(page).locator('a[data-id="singapore-summit"]')).toHaveClass(/asof-later/);
  });

  test('if the phone layout cannot be had, the wide one shows, scrolled in its frame, the page never sideways', async ({ page }) => {
    await page.route(`**${PART}`, (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto('/timeline/');
    await expect(page.locator('timeline-chart')).toHaveClass(/is-wide-only/);
    await expect(page.locator('svg.tl-wide')).toBeVisible();
    const widths = await page.evaluate(() => {
      const f = document.querySelector('.tl-frame')!;
      return { frame: f.scrollWidth > f.clientWidth, page: document.documentElement.scrollWidth <= document.documentElement.clientWidth };
    });
    expect(widths).toEqual({ frame: true, page: true });
    await expect(page.getByText('The chart is wider than this screen: scroll it sideways')).toBeVisible();
  });
});

test('a wide screen never fetches the phone layout', async ({ page }) => {
  const requests = partRequests(page);
  await page.goto('/timeline/', { waitUntil: 'networkidle' });
  await expect(page.locator('svg.tl-wide')).toBeVisible();
  await expect(page.locator('timeline-chart')).toHaveClass(/is-enhanced/);
  expect(requests).toHaveLength(0);
  // Narrowing the window fetches it then.
  await page.setViewportSize(PHONE);
  await expect(narrowChart(page)).toBeVisible();
  expect(requests).toHaveLength(1);
});
