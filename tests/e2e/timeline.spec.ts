import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The timeline in a real browser: static first paint, then zoom, filters, URL and keyboard. */
interface EventRow { id: string; title: string; start: string; end?: string; lane: string; url: string }
const events = JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[];
/** The whole record runs in whole years to the year of its last day. */
const lastYear = events.map((e) => (e.end ?? e.start).slice(0, 4)).sort().at(-1)!;

const chart = (page: Page) => page.getByRole('group', { name: 'The events on a timeline' });
const marks = (page: Page) => chart(page).getByRole('link');
const params = (page: Page) => new URL(page.url()).searchParams;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the SVG and the ordered list are there', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('svg.tl-wide')).toBeVisible();
    // The chart fits a wide screen: no note about scrolling it sideways.
    await expect(page.locator('.tl-scroll-note')).toBeHidden();
    await expect(marks(page)).toHaveCount(events.length);
    const list = page.getByRole('region', { name: 'The same events in date order' });
    await expect(list.locator('li time')).toHaveCount(events.length + 2); // + the two pieces' writing dates
    // Controls that need the script stay hidden.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeHidden();
  });
});

test('each event is one focusable link named by its label (as drawn), title and date', async ({ page }) => {
  await page.goto('/timeline/');
  await expect(marks(page)).toHaveCount(events.length);
  const visit = chart(page).getByRole('link', { name: 'Kim in Beijing (1st visit): Kim Jong Un visits Beijing, 25–28 March 2018' });
  await expect(visit).toHaveAttribute('href', '/events/kim-visit-china-1/');
  await visit.focus();
  await expect(visit).toBeFocused();
  await expect(page.locator('.tl-popover-title')).toHaveText('Kim Jong Un visits Beijing');
  await expect(page.locator('.tl-popover-when')).toContainText('25–28 March 2018');
});

test('arrow keys move through events in time order, Enter opens one', async ({ page }) => {
  await page.goto('/timeline/');
  const first = chart(page).getByRole('link', { name: /: Three-party talks in Beijing/ });
  await first.focus();
  for (const event of events.slice(1, 6)) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('href', event.url);
  }
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('href', events[4]!.url);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${events[4]!.url}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(events[4]!.title);
});

test('zoom buttons change the range in the URL', async ({ page }) => {
  await page.goto('/timeline/');
  // Twice as close around the middle of October 2017 – June 2019 (mid-August 2018):
  // not whole months any more, so the address says days.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => params(page).get('from')).toMatch(/^2018-0[34]-\d\d$/);
  expect(params(page).get('to')).toMatch(/^2019-01-\d\d$/);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => params(page).get('from')).toBe('2017-10');
  expect(params(page).get('to')).toBe('2019-06');
  await page.getByRole('button', { name: 'Whole record' }).click();
  await expect.poll(() => params(page).get('from')).toBe('2003-01');
  expect(params(page).get('to')).toBe(`${lastYear}-12`);
  await expect(page.locator('.tl-range')).toHaveText(`Showing 1 January 2003 – 31 December ${lastYear}`);
});

test('a range in the URL is restored', async ({ page }) => {
  await page.goto('/timeline/?from=2018-03&to=2018-07');
  await expect(page.locator('.tl-range')).toHaveText('Showing 1 March – 31 July 2018');
  const wide = page.locator('svg.tl-wide');
  const box = (await wide.boundingBox())!;
  // Singapore (12 June) is in view; the Hanoi summit (February 2019) is not.
  const inView = async (name: RegExp) => {
    const b = (await chart(page).getByRole('link', { name }).locator('.tl-symbol').boundingBox())!;
    return b.x >= box.x && b.x + b.width <= box.x + box.width;
  };
  expect(await inView(/: Trump–Kim summit in Singapore/)).toBe(true);
  expect(await inView(/: Trump–Kim summit in Hanoi/)).toBe(false);
  expect(params(page).get('from')).toBe('2018-03');
});

test('hostile range parameters are ignored, never inserted', async ({ page }) => {
  await page.goto('/timeline/?from=%3Cimg%20src%3Dx%20id%3Dpwn%3E&to=2018-07');
  await expect(page.locator('.tl-range')).toHaveText('Showing 1 October 2017 – 30 June 2019');
  await expect(page.locator('#pwn')).toHaveCount(0);
});

test('filters hide a lane, in the chart and the list', async ({ page }) => {
  await page.goto('/timeline/');
  const china = events.filter((e) => e.lane === 'china-dprk').length;
  await page.getByText('Filter', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'China – North Korea' }).uncheck();
  await expect(marks(page)).toHaveCount(events.length - china);
  await expect(chart(page).getByRole('link', { name: /: Kim Jong Un visits Beijing/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'The same events in date order' }).getByRole('link', { name: 'Kim Jong Un visits Beijing' })).toBeHidden();
  await page.getByRole('checkbox', { name: 'China – North Korea' }).check();
  await expect(marks(page)).toHaveCount(events.length);
});

test('filters are kept in the URL: a shared link opens with the same lanes and kinds', async ({ page }) => {
  await page.goto('/timeline/?from=2018-01&to=2018-12');
  const china = events.filter((e) => e.lane === 'china-dprk').length;
  await page.getByText('Filter', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'China – North Korea' }).uncheck();
  await expect.poll(() => params(page).get('lanes')).toBe('inter-korean,us-dprk,multilateral');
  expect(params(page).get('from')).toBe('2018-01');
  const shared = page.url();

  const fresh = await page.context().newPage();
  await fresh.goto(shared);
  await fresh.getByText('Filter', { exact: true }).click();
  await expect(fresh.getByRole('checkbox', { name: 'China – North Korea' })).not.toBeChecked();
  await expect(marks(fresh)).toHaveCount(events.length - china);
  await expect(fresh.locator('.tl-range')).toHaveText('Showing 1 January – 31 December 2018');
  // Ticking it again takes the parameter out.
  await fresh.getByRole('checkbox', { name: 'China – North Korea' }).check();
  await expect.poll(() => new URL(fresh.url()).searchParams.has('lanes')).toBe(false);
  await expect(marks(fresh)).toHaveCount(events.length);
});

test('unknown or hostile filter values are ignored', async ({ page }) => {
  await page.goto('/timeline/?lanes=%3Cimg%20src%3Dx%20id%3Dpwn%3E&kinds=mars');
  await expect(marks(page)).toHaveCount(events.length);
  await expect(page.locator('#pwn')).toHaveCount(0);
  for (const box of await page.getByRole('checkbox').all()) await expect(box).toBeChecked();
});

test('narrow screens get the vertical layout', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto('/timeline/');
  await expect(page.locator('svg.tl-narrow')).toBeVisible();
  await expect(page.locator('svg.tl-wide')).toBeHidden();
  await expect(marks(page)).toHaveCount(events.length);
  const svg = (await page.locator('svg.tl-narrow').boundingBox())!;
  expect(svg.height).toBeGreaterThan(svg.width * 2);
  // Time runs downwards: a later event sits lower.
  const y = async (name: RegExp) => (await chart(page).getByRole('link', { name }).locator('.tl-symbol').boundingBox())!.y;
  expect(await y(/: Trump–Kim summit in Singapore/)).toBeGreaterThan(await y(/: First Moon–Kim summit/));
  await chart(page).getByRole('link', { name: /: Trump–Kim summit in Singapore/ }).focus();
  await page.keyboard.press('ArrowDown');
  // The arrow moves to the next event in time, whatever its lane.
  const ordered = [...events].sort((a, b) => a.start.localeCompare(b.start));
  const next = ordered[ordered.findIndex((e) => e.title.startsWith('Trump–Kim summit in Singapore')) + 1]!;
  await expect(page.locator(':focus')).toHaveAttribute('href', `/events/${next.id}/`);
});

test('"written here" labels never overprint: they shorten when zoomed out, never vanish, and come back whole', async ({ page }) => {
  await page.goto('/timeline/');
  const labels = page.locator('svg.tl-wide .tl-written-label');
  await expect(labels).toHaveCount(2);
  await expect(labels.nth(0)).toBeVisible();
  await expect(labels.nth(1)).toBeVisible();
  const boxes = async () => {
    const out: { x: number; width: number }[] = [];
    for (const label of await labels.all()) if (await label.isVisible()) out.push((await label.boundingBox())!);
    return out.sort((a, b) => a.x - b.x);
  };
  const open = await boxes();
  expect(open[0]!.x + open[0]!.width).toBeLessThan(open[1]!.x);
  // The whole record squeezes the ten months between the pieces into about 50 px.
  await page.getByRole('button', { name: 'Whole record' }).click();
  await expect.poll(() => params(page).get('from')).toBe('2003-01');
  await expect(labels.nth(0)).toHaveText('Ching');
  await expect(labels.nth(1)).toHaveText('Unsigned');
  // Shortened, both fit: both are read, neither overprints.
  await expect.poll(async () => (await boxes()).length).toBe(2);
  const shortened = await boxes();
  expect(shortened[0]!.x + shortened[0]!.width).toBeLessThan(shortened[1]!.x);
  await page.getByRole('button', { name: '2017–2019' }).click();
  await expect(labels.nth(0)).toHaveText('Ching: written here');
  await expect.poll(async () => (await boxes()).length).toBe(2);
  // Forty years squeeze the pieces' ten months into about 25 px: the later label slides to start after the first.
  await page.goto('/timeline/?from=1990-01&to=2030-12');
  await expect(labels.nth(0)).toHaveText('Ching');
  await expect(labels.nth(1)).toHaveText('Unsigned');
  await expect.poll(async () => (await boxes()).length).toBe(2);
  const crowded = await boxes();
  expect(crowded[0]!.x + crowded[0]!.width).toBeLessThan(crowded[1]!.x);
});
