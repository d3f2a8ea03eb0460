import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** ?asof=YYYY-MM-DD in a real browser: the record as it stood on a day, and the pieces' days as pages. */
interface EventRow { id: string; title: string; start: string; lane: string; url: string }
const events = JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[];

const chart = (page: Page) => page.getByRole('group', { name: 'The events on a timeline' });
const marks = (page: Page) => chart(page).getByRole('link');
const params = (page: Page) => new URL(page.url()).searchParams;
const banner = (page: Page) => page.locator('.asof-banner');
const list = (page: Page) => page.getByRole('region', { name: 'The same events in date order' });

/** Events begun by 26 March 2018: on that day every one of them shows (Kim's visit as under way), the rest are hidden. */
const begun = events.filter((e) => e.start <= '2018-03-26').length;
const later = events.length - begun;

test('the timeline as of 26 March 2018: Kim in Beijing under way and not public, Singapore hidden, the rest counted', async ({ page }) => {
  await page.goto('/timeline/?asof=2018-03-26');
  await expect(banner(page)).toContainText('The record as it stood on 26 March 2018.');
  await expect(banner(page)).toContainText(`${later} later events hidden`);
  await expect(banner(page)).toContainText('Under way, not yet public: Kim Jong Un visits Beijing (made public on 28 March 2018)');
  await expect(marks(page)).toHaveCount(begun);
  const kim = chart(page).getByRole('link', { name: /Kim Jong Un visits Beijing, 25–28 March 2018/ });
  await expect(kim).toHaveCount(1);
  await expect(kim).toHaveAccessibleName(/under way, made public on 28 March 2018/);
  await expect(kim).toHaveClass(/asof-underway/);
  await expect(chart(page).getByRole('link', { name: /Trump–Kim summit in Singapore/ })).toHaveCount(0);
  await expect(list(page).getByRole('link', { name: 'Trump–Kim summit in Singapore' })).toBeHidden();
  await expect(list(page).locator('li', { hasText: 'Kim Jong Un visits Beijing' }).first()).toContainText('under way, made public on 28 March 2018');
  // The headline counts the whole record; as of a day it speaks of that day, not of meetings still to come.
  await expect(page.locator('h1')).toHaveText('The Kim–Xi contacts as the record stood on 26 March 2018');
  await expect(page.locator('.tl-standfirst')).not.toContainText('other China–North Korea contacts');
});

test('the day survives a zoom and a filter, and one control leaves it', async ({ page }) => {
  await page.goto('/timeline/?asof=2018-03-26');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => params(page).get('from')).toMatch(/^2018-0[34]-\d\d$/);
  expect(params(page).get('asof')).toBe('2018-03-26');
  await page.getByText('Filter', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'United States – North Korea' }).uncheck();
  await expect.poll(() => params(page).get('lanes')).not.toBeNull();
  expect(params(page).get('asof')).toBe('2018-03-26');
  // The filter's own redraw keeps later marks hidden.
  await page.getByRole('checkbox', { name: 'United States – North Korea' }).check();
  await expect(chart(page).getByRole('link', { name: /Trump–Kim summit in Singapore/ })).toHaveCount(0);
  await page.reload();
  await expect(banner(page)).toContainText(`${later} later events hidden`);
  await expect(marks(page)).toHaveCount(begun);

  await page.getByRole('link', { name: 'Show the whole record' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?from=/);
  expect(params(page).get('asof')).toBeNull();
  expect(params(page).get('from')).toMatch(/^2018-/);
  await expect(banner(page)).toHaveCount(0);
  await expect(chart(page).getByRole('link', { name: /Trump–Kim summit in Singapore/ })).toHaveCount(1);
});

test('the chronology, an actor and a claim follow the day; links carry it on', async ({ page }) => {
  await page.goto('/events/?asof=2018-03-26');
  await expect(banner(page)).toContainText(`${later} later events hidden`);
  await expect(page.getByRole('link', { name: /Trump–Kim summit in Singapore/ })).toBeHidden();
  await expect(page.locator('.chrono li', { hasText: 'Kim Jong Un visits Beijing' }).first()).toContainText('under way, made public on 28 March 2018');
  await page.getByRole('link', { name: 'Kim Jong Un visits Beijing' }).first().click();
  await expect(page).toHaveURL(/\/events\/kim-visit-china-1\/\?asof=2018-03-26$/);
  await expect(banner(page)).toContainText('under way but not yet public; it was made public on 28 March 2018');

  // A claim of the later piece, as of the first: only the first of the four visits it concerns had begun.
  await page.goto('/claims/china-remarkably-low-key/?asof=2018-03-26');
  const concerns = page.getByRole('region', { name: 'What the record shows' });
  await expect(concerns.getByRole('link', { name: 'Kim Jong Un visits Beijing', exact: true })).toBeVisible();
  await expect(concerns.getByRole('link', { name: 'Kim Jong Un meets Xi in Dalian' })).toBeHidden();
  await expect(concerns.getByRole('link', { name: "Kim Jong Un's fourth visit to China" })).toBeHidden();
  await expect(page.getByRole('link', { name: 'The record as the author could see it' })).toHaveAttribute('href', /\/timeline\/\?asof=2019-01-10$/);

  await page.goto('/actors/kim-jong-un/?asof=2018-03-26');
  await expect(page.getByRole('link', { name: /Hanoi|Singapore/ }).first()).toBeHidden();
  await expect(banner(page)).toContainText('later events hidden');
});

test('the chronology as of 26 March 2018: its filters count only what was public, and a date control moves the day', async ({ page }) => {
  await page.goto('/events/?asof=2018-03-26');
  const filters = page.getByRole('navigation', { name: 'Filter events' });
  const count = (name: string) => filters.locator('a', { hasText: name }).locator('[data-facet-count]');
  // Every event begun by then but Kim's visit was public (tests/unit/chronology-asof.test.ts); it was under way and secret, so no visit is counted yet.
  await expect(count('All')).toHaveText(String(begun - 1));
  await expect(count('China – North Korea')).toHaveText('10');
  await expect(count('Visit')).toHaveText('0');
  await expect(page.locator('.chrono li', { hasText: 'Kim Jong Un visits Beijing' }).first()).toContainText('under way, made public on 28 March 2018');
  await expect(page.getByRole('link', { name: /Trump–Kim summit in Singapore/ })).toBeHidden();
  await expect(banner(page)).toContainText(`${later} later events hidden`);
  // The intro counts what was public; the later ones are named once, in the banner.
  await expect(page.locator('main > p.prose').first()).toContainText(`${begun - 1} events public by 26 March 2018, and 1 under way but not yet public, oldest first`);
  await expect(page.locator('main').getByText(/later events? hidden/)).toHaveCount(1);

  // The date control holds the day, with the record's range; a new day is one GET away.
  const day = page.getByLabel('The record as of');
  await expect(day).toHaveValue('2018-03-26');
  expect(await day.getAttribute('min')).toBe(events.map((e) => e.start).sort()[0]);
  await day.fill('2018-03-28');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/events\/\?asof=2018-03-28$/);
  await expect(count('All')).toHaveText(String(events.filter((e) => e.start <= '2018-03-28').length));
  await expect(count('Visit')).toHaveText('1');
  await expect(page.locator('.chrono li', { hasText: 'Kim Jong Un visits Beijing' }).first()).not.toContainText('under way');

  // A filtered page counts every filter's events as of the day, not only its own.
  await page.goto('/events/kind/visit/?asof=2018-03-26');
  await expect(count('All')).toHaveText(String(begun - 1));
  await expect(page.getByText(`0 of the ${begun - 1} events public by 26 March 2018, and 1 under way but not yet public`)).toBeVisible();
  await expect(count('Visit')).toHaveText('0');

  // The way out: the whole record, every count back.
  await page.goto('/events/?asof=2018-03-26');
  await page.getByRole('link', { name: 'Show the whole record' }).click();
  await expect(page).toHaveURL(/\/events\/$/);
  await expect(count('All')).toHaveText(String(events.length));
  await expect(banner(page)).toHaveCount(0);
});

test('an event as of 26 March 2018: Kim’s first visit under way, its sources later, no later neighbour', async ({ page }) => {
  await page.goto('/events/kim-visit-china-1/?asof=2018-03-26');
  await expect(banner(page)).toContainText('under way but not yet public; it was made public on 28 March 2018');
  await expect(banner(page)).toContainText('1 later event hidden');
  // The strip of dots near the top: no dot of a later event shows, the caption counts them, and the visit's own mark is hollow.
  const strip = page.locator('.tl-strip');
  const dots = strip.locator('circle.tl-strip-dot');
  const laterDots = await dots.evaluateAll((cs) => cs.filter((c) => (c.getAttribute('data-asof-start') ?? '') > '2018-03-26').length);
  expect(laterDots).toBeGreaterThan(0);
  const visible = await dots.evaluateAll((cs) => cs.filter((c) => getComputedStyle(c).display !== 'none').map((c) => c.getAttribute('data-asof-start') ?? ''));
  expect(visible.length).toBe((await dots.count()) - laterDots);
  expect(visible.every((d) => d <= '2018-03-26')).toBe(true);
  await expect(strip.locator('figcaption')).toContainText(`as the record stood on 26 March 2018 (${laterDots} later ${laterDots === 1 ? 'event' : 'events'} hidden from the strip)`);
  await expect(strip.locator('.tl-mark')).toHaveClass(/asof-underway/);
  // Every source dates from the visit's disclosure or after, so each says so, and one line counts them.
  const sources = page.getByRole('region', { name: 'Sources' });
  const items = sources.getByRole('listitem');
  const n = await items.count();
  expect(n).toBeGreaterThanOrEqual(2);
  await expect(sources.locator('.asof-sources-line')).toHaveText(`All ${n} sources were published after 26 March 2018.`);
  for (let i = 0; i < n; i++) await expect(items.nth(i)).toContainText('(published after 26 March 2018)');
  // Neighbours: the one before is offered, the one after (begun later) is not; Singapore is nowhere.
  const neighbours = page.getByRole('navigation', { name: 'Neighbouring events' });
  await expect(neighbours.getByText(/^Before:/)).toBeVisible();
  await expect(neighbours.getByText(/^After:/)).toBeHidden();
  await expect(page.getByRole('link', { name: /Singapore/ })).toHaveCount(0);
  // The banner's date control keeps the page and moves the day.
  const day = banner(page).getByLabel('Another day');
  await expect(day).toHaveValue('2018-03-26');
  // 3 April 2018: the next event (Ri Yong Ho in Beijing) has begun, so it is offered.
  await day.fill('2018-04-03');
  await banner(page).getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/\/events\/kim-visit-china-1\/\?asof=2018-04-03$/);
  await expect(banner(page)).not.toContainText('under way');
  await expect(neighbours.getByText(/^After:/)).toBeVisible();
  // Without the day, nothing of this.
  await page.getByRole('link', { name: 'Show the whole record' }).click();
  await expect(page).toHaveURL(/\/events\/kim-visit-china-1\/$/);
  await expect(page.locator('.asof-note')).toHaveCount(0);
});

test('an announced event is public as an announcement: Xi to Pyongyang as of 18 June 2019', async ({ page }) => {
  await page.goto('/events/?asof=2019-06-18');
  const xi = page.locator('.chrono li', { hasText: "Xi Jinping's state visit to North Korea" }).first();
  await expect(xi).toBeVisible();
  await expect(xi).toContainText('(announced on 17 June 2019, to take place on 20–21 June 2019)');
  await page.goto('/events/xi-visit-pyongyang/?asof=2018-03-26');
  await expect(banner(page)).toContainText('had not yet begun, nor been announced');
  await page.goto('/events/xi-visit-pyongyang/?asof=2019-06-18');
  await expect(banner(page)).toContainText('On that day this event had been announced on 17 June 2019, to take place on 20–21 June 2019.');
});

test('the piece links to the record as its author could see it', async ({ page }) => {
  await page.goto('/articles/ching-mend-ties/');
  await page.getByRole('link', { name: 'The record as the author could see it' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?asof=2018-03-26$/);
  await expect(banner(page)).toContainText('The record as it stood on 26 March 2018.');

  // A piece known only to a window: as of its start, its end one step away.
  await page.goto('/articles/china-doing-for-north-korea/');
  const box = page.locator('.asof-link');
  await expect(box.getByRole('link', { name: 'The record as the author could see it' })).toHaveAttribute('href', /\/timeline\/\?asof=2019-01-10$/);
  await expect(box.getByRole('link', { name: 'as of 26 February 2019' })).toHaveAttribute('href', /\/timeline\/\?asof=2019-02-26$/);
});

test('search knows the day: "March 2018" answers from the record as it stood on 26 March', async ({ page }) => {
  await page.goto('/search/?q=March+2018&asof=2018-03-26');
  const status = page.locator('[data-search-status]');
  await expect(status).toContainText('As the record stood on 26 March 2018', { timeout: 20_000 });
  await expect(status).toContainText('later events hidden');
  const results = page.locator('main');
  await expect(results.getByRole('link', { name: 'Kim Jong Un visits Beijing' })).toBeVisible();
  await expect(results).toContainText('under way, made public on 28 March 2018');
  // Without the day, the same query shows what came later in March too.
  await page.goto('/search/?q=Beijing');
  await expect(page.locator('[data-search-status]')).toContainText(/\d+ results for “Beijing”/, { timeout: 20_000 });
  const all = await page.locator('[data-search-status]').textContent();
  await page.goto('/search/?q=Beijing&asof=2018-03-26');
  // Every candidate is loaded to leave out the later ones, as for a date range (engine.ts): slower on a busy machine.
  await expect(page.locator('[data-search-status]')).toContainText('As the record stood on 26 March 2018', { timeout: 20_000 });
  expect(await page.locator('[data-search-status]').textContent()).not.toBe(all);
  await expect(page.locator('main').getByRole('link', { name: /Singapore|Hanoi|fourth/ })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [slug, day, underway] of [
    ['ching-mend-ties', '26 March 2018', 'Kim Jong Un visits Beijing'],
    ['china-doing-for-north-korea', '10 January 2019', null],
  ] as const) {
    test(`the record as of ${day} is a page of its own`, async ({ page }) => {
      const response = await page.goto(`/asof/${slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`The record as it stood on ${day}`);
      await expect(page.locator('svg.tl-svg').first()).toBeVisible();
      await expect(page.getByText(/\d+ later events? hidden/).first()).toBeVisible();
      await expect(page.getByText('needs JavaScript', { exact: false })).toBeVisible();
      if (underway) await expect(page.getByText(`Under way, not yet public: ${underway}`)).toBeVisible();
      await expect(page.locator('main').getByRole('link', { name: /Hanoi/ })).toHaveCount(0);
    });
  }
});
