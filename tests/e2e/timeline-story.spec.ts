import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DROPPED_ON_PHONE } from './phone-labels.ts';

/**
 * The timeline tells its story at a glance: labels that never collide, every
 * China–DPRK contact of the default view labelled (on a phone, all but the
 * few left out rather than misplaced), callouts, details at the
 * mark, a wheel that scrolls the page, and views in the address to the day.
 */
interface EventRow { id: string; title: string; start: string; lane: string; direction: string | null; label: string; url: string }
const events = JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[];
const contacts = events.filter((e) => e.direction !== null && e.start >= '2017-10-01' && e.start <= '2019-06-30');
const params = (page: Page) => new URL(page.url()).searchParams;

/** Boxes of the drawn labels and callout titles in the chart on screen. */
async function labelBoxes(page: Page) {
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const shown = (el: Element) => !el.closest('[display="none"]') && getComputedStyle(el).display !== 'none';
    return [...svg.querySelectorAll('text.tl-label, .tl-callout text')].filter(shown).map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.closest('a')?.getAttribute('data-id') ?? `callout:${el.textContent}`, x: r.x, y: r.y, w: r.width, h: r.height };
    });
  });
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width}×${viewport.height}, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('labels never intersect, every China–DPRK contact is labelled, and the chart starts above the fold', async ({ page }) => {
        await page.goto('/timeline/');
        await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
        const boxes = await labelBoxes(page);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!;
            const b = boxes[j]!;
            const overlap = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
            expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
          }
        }
        const labelled = new Set(boxes.map((b) => b.id));
        expect(contacts.length).toBeGreaterThan(15);
        // On the phone, all but the few the chart leaves out rather than misplace (phone-labels.ts).
        const narrow = viewport.width < 720;
        for (const c of contacts) expect(labelled.has(c.id), `${c.id} has a visible label`).toBe(!(narrow && DROPPED_ON_PHONE.includes(c.id)));
        const top = await page.locator('svg.tl-svg >> visible=true').evaluate((el) => el.getBoundingClientRect().top);
        expect(top).toBeLessThan(viewport.height - 100);
      });

      test('every mark’s hit area is at least 24×24 px', async ({ page }) => {
        await page.goto('/timeline/');
        const sizes = await page.locator('svg.tl-svg >> visible=true').evaluate((svg) =>
          [...svg.querySelectorAll('a.tl-mark .tl-hit')].map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => Math.min(r.width, r.height)),
        );
        expect(sizes.length).toBeGreaterThan(20);
        for (const s of sizes) expect(s).toBeGreaterThanOrEqual(23.9);
      });
    });
  }
}

test('a plain wheel scrolls the page and shows the hint; Ctrl + wheel zooms', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/timeline/');
  await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
  const box = (await page.locator('svg.tl-wide').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
  await expect(page.locator('.tl-hint')).toBeVisible();
  expect(params(page).get('from')).toBeNull();
  await page.evaluate(() => scrollTo(0, 0));
  await page.mouse.move(box.x + box.width / 2, box.y + 120);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(() => params(page).get('from')).not.toBeNull();
  // At the zoom limit (the whole record), Ctrl + wheel is still the chart's: the page neither scrolls nor zooms.
  await page.getByRole('button', { name: 'Whole record' }).click();
  await expect.poll(() => params(page).get('from')).toBe('2003-01');
  // Over the chart wherever the takeaway and key above it have put it.
  await page.locator('svg.tl-wide').scrollIntoViewIfNeeded();
  const there = (await page.locator('svg.tl-wide').boundingBox())!;
  const scrolled = await page.evaluate(() => scrollY);
  await page.mouse.move(there.x + there.width / 2, there.y + 60);
  // Listen before the wheel turns, so the event cannot come first; in the capture phase, so the chart's own
  // handler (which stops the event once it has used it) cannot hide it, and read after the chart has had it.
  await page.evaluate(() => document.addEventListener('wheel', (e) => setTimeout(() => document.documentElement.setAttribute('data-wheel-prevented', String(e.defaultPrevented))), { once: true, capture: true }));
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect(page.locator('html')).toHaveAttribute('data-wheel-prevented', 'true');
  expect(await page.evaluate(() => scrollY)).toBe(scrolled);
});

test('a day range opens exactly, and zooming writes days', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/timeline/?from=2018-04-24&to=2018-09-07');
  await expect(page.locator('.tl-range')).toHaveText('Showing 24 April – 7 September 2018');
  await page.getByRole('button', { name: 'Earlier' }).click();
  await expect.poll(() => params(page).get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const from = params(page).get('from')!;
  const to = params(page).get('to')!;
  await page.goto(`/timeline/?from=${from}&to=${to}`);
  await expect.poll(() => params(page).get('from')).toBe(from);
  await page.getByRole('button', { name: '2017–2019' }).click();
  await expect.poll(() => params(page).get('from')).toBe('2017-10');
  expect(params(page).get('to')).toBe('2019-06');
});

/**
 * The caption above the chart names the range in view, and ranges differ in
 * length ("7–21 May 2018", "30 September 2018 – 30 September 2019"): the
 * chart must not jump down or up when a zoom ends and the caption changes.
 */
for (const width of [320, 375, 900, 1280]) {
  test(`the chart stays put when the caption names a longer or shorter range, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const top = async (query: string, caption: string) => {
      await page.goto(`/timeline/${query}`);
      await expect(page.locator('.tl-range')).toHaveText(caption);
      return (await page.locator('.tl-figure').boundingBox())!.y;
    };
    const tops = [
      await top('', 'Showing 1 October 2017 – 30 June 2019'),
      await top('?from=2018-09-30&to=2019-09-30', 'Showing 30 September 2018 – 30 September 2019'),
      await top('?from=2018-05-07&to=2018-05-21', 'Showing 7–21 May 2018'),
    ];
    // A caption taking a line more or less would move it by a line (about 27 px); sub-pixel rounding is not a move.
    expect(Math.max(...tops) - Math.min(...tops), `the chart's top: ${tops.join(', ')}`).toBeLessThan(1);
  });
}

test('?event= centres and focuses that event, and the event page links to it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/events/six-party-talks/');
  await page.getByRole('link', { name: 'See it on the timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?event=six-party-talks$/);
  await expect(page.locator(':focus')).toHaveAttribute('data-id', 'six-party-talks');
  await expect(page.locator('.tl-popover')).toBeVisible();
  await expect(page.locator('.tl-popover-title')).toHaveText('Six-party talks');
});

test('the popover opens at the mark on hover and on focus', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/timeline/');
  const mark = page.locator('svg.tl-wide a[data-id="kim-visit-china-1"]');
  await mark.locator('.tl-hit').hover();
  const popover = page.locator('.tl-popover');
  await expect(popover).toBeVisible();
  await expect(page.locator('.tl-popover-title')).toHaveText('Kim Jong Un visits Beijing');
  await expect(page.locator('.tl-popover-link')).toHaveAttribute('href', '/events/kim-visit-china-1/');
  const [m, p] = [(await mark.locator('.tl-hit').boundingBox())!, (await popover.boundingBox())!];
  expect(Math.abs(p.y - (m.y + m.height))).toBeLessThan(12);
  await page.locator('svg.tl-wide a[data-id="singapore-summit"]').focus();
  await expect(page.locator('.tl-popover-title')).toHaveText(/Singapore/);
});

test.describe('on touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });
  test('the first tap opens the popover, its link opens the event', async ({ page }) => {
    await page.goto('/timeline/');
    const hit = page.locator('svg.tl-narrow a[data-id="kim-visit-china-2"] .tl-hit');
    await hit.scrollIntoViewIfNeeded();
    await hit.tap();
    await expect(page).toHaveURL(/\/timeline\/$/);
    await expect(page.locator('.tl-popover')).toBeVisible();
    await page.locator('.tl-popover-link').tap();
    await expect(page).toHaveURL(/\/events\/kim-visit-china-2\/$/);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('labels and story callouts are drawn', async ({ page }) => {
    await page.goto('/timeline/');
    // Who reached out is drawn in the mark (a chevron), never as a text prefix.
    await expect(page.locator('svg.tl-wide a[data-id="kim-visit-china-1"] text.tl-label')).toHaveText('Kim in Beijing (1st visit)');
    await expect(page.locator('svg.tl-wide a[data-id="kim-visit-china-1"] path.tl-dir-mark')).toHaveCount(1);
    await expect(page.locator('svg.tl-wide .tl-callout text', { hasText: 'Four visits in ten months' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Notes on the chart' })).toBeVisible();
  });
});
