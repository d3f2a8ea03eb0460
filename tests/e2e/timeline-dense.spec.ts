import { test, expect as baseExpect, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { events } from '../fixtures/dense-site/src/records.ts';
import { DENSE_ABOVE, LINKS_MAX } from '../../src/timeline/dense/model/thresholds.ts';
import { chartModel } from './chart-model.ts';

/**
 * The dense chart in a real browser, on its own fixture site
 * (tests/fixtures/dense-site/, built by `npm run build:fixture`): the site's
 * timeline drawn from generated records with more marks than the model's
 * DENSE_ABOVE, and more than LINKS_MAX over the whole record, so the dense
 * path runs at the thresholds the site ships. /not-dense/ draws the same
 * records with a chart that never goes dense: the reference its links must
 * land on. The fixture's files are served from its dist/ on an origin of
 * their own, through the browser context's routing (no second server).
 */
const DIST = 'tests/fixtures/dense-site/dist';
const ORIGIN = 'http://dense-fixture.test';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** When the newest of these files, or of the files under these folders, was changed (ms). */
function newest(...paths: string[]): number {
  return Math.max(...paths.flatMap((path) => (statSync(path).isDirectory() ? readdirSync(path, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => join(f.parentPath, f.name)) : [path]).map((file) => statSync(file).mtimeMs)));
}

// Each fixture page carries 2,700 marks, drawn in the wide layout and listed below (about 4 MB of
// HTML), as a dense chart does: on a busy machine a test, and a query over every link, take longer
// than the usual 30 s and 5 s allow.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeAll(() => {
  const page = join(DIST, 'dense/index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing: build the dense fixture first with \`npm run build:fixture\``);
  // A fixture built before the code it draws would test the old code.
  if (newest('src', 'tests/fixtures/dense-site/src', 'tests/fixtures/dense-site/astro.config.ts') > statSync(page).mtimeMs) {
    throw new Error(`${DIST} is older than src/ or the fixture's pages or config: rebuild it with \`npm run build:fixture\``);
  }
});

test.beforeEach(async ({ context }) => {
  await context.route(`${ORIGIN}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    const file = join(DIST, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(`${DIST}/`) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not in the fixture' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
});

const chart = (page: Page) => page.getByRole('group', { name: 'The events on a timeline' });
const marks = (page: Page) => chart(page).getByRole('link');
const params = (page: Page) => new URL(page.url()).searchParams;
const linkTo = (page: Page, title: string) => chart(page).getByRole('link', { name: new RegExp(`: ${title},`) });
const symbolBox = async (page: Page, title: string) => (await linkTo(page, title).locator('.tl-symbol').boundingBox())!;


test('the fixture is dense at the thresholds the site ships, not lowered ones', async ({ page }) => {
  await page.goto(`${ORIGIN}/dense/`);
  const drawn = await chartModel(page);
  expect(drawn.denseAbove).toBe(DENSE_ABOVE);
  expect(drawn.linksMax).toBe(LINKS_MAX);
  expect(drawn.marks).toHaveLength(events.length);
  expect(events.length).toBeGreaterThan(DENSE_ABOVE);
  expect(events.length).toBeGreaterThan(LINKS_MAX);
});

test('a zoom in progress is drawn as a few paths, and the links come back where a chart that never went dense puts them', async ({ page, context }) => {
  // An event in the middle of the view after one zoom in (August 2018), and one long before the default view.
  const inView = events.find((e) => e.start >= '2018-08-15' && !e.end)!.title;
  const before = events[0]!.title;
  await page.goto(`${ORIGIN}/dense/`);
  // Dense: marks outside the view (2010) are out of the page until they come in.
  await expect(linkTo(page, inView)).toBeVisible();
  await expect(linkTo(page, before)).toHaveCount(0);
  // Record what is shown while the chart moves.
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { log: string[] }).log = log;
    const svg = document.querySelector('svg.tl-wide')!;
    new MutationObserver(() => {
      const overview = svg.querySelector('.tl-overview');
      const symbols = [...svg.querySelectorAll('.tl-overview .tl-symbol')].map((p) => p.getAttribute('d') ?? '').join('').split('M').length - 1;
      // The "written here" markers: drawn as paths (folded) under the overview, as their own groups otherwise.
      const written = svg.querySelector('.tl-written')!;
      const folded = written.classList.contains('is-folded') ? [...written.querySelectorAll(':scope > path')].map((p) => p.getAttribute('d') ?? '').join('').split('M').length - 1 : 0;
      const groups = [...written.querySelectorAll('.tl-written-mark')].filter((g) => getComputedStyle(g).display !== 'none').length;
      log.push(`marks:${svg.querySelector('.tl-marks')!.getAttribute('display') ?? 'shown'} overview:${overview ? (overview.getAttribute('display') ?? 'shown') : 'none'} symbols:${symbols} written-paths:${folded} written-groups:${groups}`);
    }).observe(svg, { subtree: true, attributes: true, attributeFilter: ['display'] });
  });
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => params(page).get('from')).toMatch(/^\d{4}-\d\d-\d\d$/);
  await expect(linkTo(page, inView)).toBeVisible();
  const log = await page.evaluate(() => (window as unknown as { log: string[] }).log);
  const during = log.find((line) => line.startsWith('marks:none overview:shown'));
  expect(during, log.join('\n')).toBeDefined();
  expect(Number(/symbols:(\d+)/.exec(during!)![1])).toBeGreaterThan(10);
  // Both pieces' markers are drawn by the overview, and their groups are out of the picture.
  expect(during).toMatch(/written-paths:2 written-groups:0$/);
  expect(log.at(-1)).toMatch(/^marks:shown overview:none .* written-paths:0 written-groups:2$/);
  // The links land exactly where a chart that never went dense puts them, after the same zoom.
  const here = await symbolBox(page, inView);
  const plain = await context.newPage();
  await plain.goto(`${ORIGIN}/not-dense/`);
  await expect(marks(plain)).toHaveCount(events.length);
  await plain.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => params(plain).get('from')).toBe(params(page).get('from'));
  expect(params(plain).get('to')).toBe(params(page).get('to'));
  expect(await marks(page).count()).toBeLessThan(events.length);
  const there = await symbolBox(plain, inView);
  expect(Math.abs(here.x - there.x)).toBeLessThan(1);
  expect(Math.abs(here.y - there.y)).toBeLessThan(1);
  // So do the "written here" markers.
  const writtenBoxes = (p: Page) => p.locator('svg.tl-wide .tl-written-mark rect').evaluateAll((rects) => rects.map((r) => r.getBoundingClientRect().toJSON() as DOMRect));
  const [denseWritten, plainWritten] = [await writtenBoxes(page), await writtenBoxes(plain)];
  expect(denseWritten).toHaveLength(2);
  denseWritten.forEach((box, i) => {
    expect(Math.abs(box.x - plainWritten[i]!.x)).toBeLessThan(1);
    expect(Math.abs(box.width - plainWritten[i]!.width)).toBeLessThan(1);
  });
  // Marks put back after leaving the page keep the list's order (reading and tab order).
  const zoomedIn = await marks(page).count();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => marks(page).count()).toBeGreaterThan(zoomedIn);
  const order = (p: Page) => p.locator('svg.tl-wide a.tl-mark').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const [denseOrder, plainOrder] = [await order(page), await order(plain)];
  expect(denseOrder).toEqual(plainOrder.filter((href) => denseOrder.includes(href)));
});

test('with too many marks in view to pick one, the chart says so, and zooming in brings the links back', async ({ page }) => {
  await page.goto(`${ORIGIN}/dense/`);
  await expect(marks(page)).not.toHaveCount(0);
  // The whole record holds more marks than LINKS_MAX.
  await page.getByRole('button', { name: 'Whole record' }).click();
  await expect(page.locator('.tl-range')).toContainText(/events in view: zoom in to pick one, or use the list below$/);
  await expect(marks(page)).toHaveCount(0);
  await expect(page.locator('svg.tl-wide .tl-overview .tl-symbol').first()).toBeAttached();
  // The list below still has every event.
  await expect(page.getByRole('region', { name: 'The same events in date order' }).getByRole('link')).toHaveCount(events.length + 2); // + the two pieces
  // Filters change how many are in view: one lane leaves few enough to pick.
  expect(events.filter((e) => e.lane === 'us-dprk').length).toBeLessThanOrEqual(LINKS_MAX);
  await page.getByText('Filter', { exact: true }).click();
  for (const name of ['China – North Korea', 'North – South Korea', 'Multilateral']) await page.getByRole('checkbox', { name }).uncheck();
  await expect(page.locator('.tl-range')).not.toContainText('events in view');
  await expect(marks(page)).not.toHaveCount(0);
  for (const name of ['China – North Korea', 'North – South Korea', 'Multilateral']) await page.getByRole('checkbox', { name }).check();
  await expect(page.locator('.tl-range')).toContainText('events in view');
  await expect(marks(page)).toHaveCount(0);
  // Zoom in until few enough are in view: after each step, either the caption still counts too many,
  // or the links come back once the move has ended and rested.
  for (let i = 0; i < 6 && (await marks(page).count()) === 0; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => /events in view/.test((await page.locator('.tl-range').textContent()) ?? '') || (await marks(page).count()) > 0).toBe(true);
  }
  const shown = await marks(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThanOrEqual(LINKS_MAX);
  await expect(page.locator('.tl-range')).not.toContainText('events in view');
  await expect(page.locator('svg.tl-wide .tl-overview')).toBeHidden();
});

test('on a phone the dense chart fetches its own layout, which goes dense too', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${ORIGIN}/dense/`);
  const narrow = page.locator('svg.tl-svg.tl-narrow');
  await expect(narrow).toBeVisible();
  await expect(page.locator('svg.tl-wide')).toBeHidden();
  // Dense: most of its links are hidden or out of the document until they come into view, and the whole record is drawn as paths.
  const shown = await narrow.getByRole('link').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(events.length);
  await page.getByRole('button', { name: 'Whole record' }).click();
  await expect(page.locator('.tl-range')).toContainText(/events in view: zoom in to pick one, or use the list below$/);
  await expect(narrow.locator('.tl-overview .tl-symbol').first()).toBeAttached();
});
