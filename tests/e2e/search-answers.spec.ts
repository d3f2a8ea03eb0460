import { test, expect as baseExpect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Search that forgives and answers, in a real browser on the built site:
 * misspellings, spellings of one name, date answers in three groups, facets
 * on word queries, the phone layout, typing, the zero-result page, and facet
 * values named like Object.prototype's properties.
 */

const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(90_000);

interface EventFront { id: string; title: string; start: string | Date; end?: string | Date }
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const events = readdirSync('content/events').filter((f) => f.endsWith('.md')).map((f) => {
  const front = parse(readFileSync(`content/events/${f}`, 'utf8').split(/^---$/m)[1]!, { schema: 'core' }) as EventFront;
  return { id: front.id, title: front.title, start: iso(front.start), end: iso(front.end ?? front.start) };
});
interface ClaimRow { id: string; quote: string; url: string; events: string[]; record?: { events: string[] } | null }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const status = (page: Page) => page.getByRole('status');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Words, a date, or both' });
const paths = (page: Page) => results(page).getByRole('listitem').getByRole('link')
  .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test('a misspelt word ("sanctons") shows the results of the closest word, with the claim and event about sanctions', async ({ page }) => {
  await page.goto('/search/?q=sanctions');
  await expect(status(page)).toContainText('for “sanctions”');
  const right = await paths(page);
  expect(right).toContain('/claims/china-must-enforce-un-sanctions/');

  await page.goto('/search/?q=sanctons');
  await expect(status(page)).toContainText(/(No results|Only \d+ results?) for “sanctons”/);
  await expect(status(page)).toContainText('for “sanctions”');
  await expect(page.locator('.search-suggestion').getByRole('link', { name: 'sanctions', exact: true })).toHaveAttribute('href', '/search/?q=sanctions');
  expect(await paths(page)).toEqual(right);
  await expect(results(page).getByRole('link', { name: /Chinese/ }).first()).toBeVisible();
});

test('every spelling of Kim Jong Un gives the same results', async ({ page }) => {
  const seen: { status: string; paths: string[] }[] = [];
  for (const q of ['Kim Jong Un', 'Kim Jong-un', 'Kim Jongun']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(status(page)).toContainText(/\d+ results? for/);
    seen.push({ status: (await status(page).textContent())!.replace(/“.*”/, ''), paths: await paths(page) });
  }
  expect(seen[0]!.paths.length).toBeGreaterThan(0);
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[2]).toEqual(seen[0]);
});

test('a date query lists the events, then the claims about them, then the pieces that speak of it', async ({ page }) => {
  await page.goto('/search/?q=spring+2003');
  const headings = results(page).getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([/^Events in Spring 2003 \(\d+\)$/, /^Claims about these events \(\d+\)$/, /^Pieces written in Spring 2003 or speaking of it \(1\)$/]);
  const spring = events.filter((e) => e.start <= '2003-05-31' && e.end >= '2003-03-01').map((e) => e.id);
  const expectedClaims = claims.filter((c) => [...c.events, ...(c.record?.events ?? [])].some((id) => spring.includes(id))).map((c) => c.url);
  const groups = results(page).locator('.search-group');
  const linksOf = (i: number) => groups.nth(i).getByRole('listitem').getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(await linksOf(0)).toEqual(events.filter((e) => spring.includes(e.id)).sort((a, b) => a.start.localeCompare(b.start)).map((e) => `/events/${e.id}/`));
  expect((await linksOf(1)).sort()).toEqual(expectedClaims.sort());
  expect(await linksOf(2)).toEqual(['/articles/ching-mend-ties/']);
  // Ching's own first words name the period.
  await expect(groups.nth(2).locator('mark')).toHaveText('spring 2003');
});

test('a date query lists the claims whose record rests on an event in the range, even when they concern others', async ({ page }) => {
  await page.goto('/search/?q=June+2018');
  const headings = results(page).getByRole('heading', { level: 2 });
  await expect(headings.first()).toHaveText(/^Events in June 2018 \(\d+\)$/);
  await expect(headings.nth(1)).toHaveText(/^Claims about these events \(\d+\)$/);
  const june = events.filter((e) => e.start <= '2018-06-30' && e.end >= '2018-06-01').map((e) => e.id);
  const datedBy = (c: ClaimRow) => [...c.events, ...(c.record?.events ?? [])];
  const expected = claims.filter((c) => datedBy(c).some((id) => june.includes(id))).map((c) => c.url).sort();
  // At least one claim is here only through its record (the content has one: Singapore, 12 June 2018).
  const onlyByRecord = claims.filter((c) => !c.events.some((id) => june.includes(id)) && (c.record?.events ?? []).some((id) => june.includes(id)));
  expect(onlyByRecord.length).toBeGreaterThan(0);
  const claimGroup = results(page).locator('.search-group').nth(1);
  const claimLinks = claimGroup.getByRole('listitem').getByRole('link');
  // A page of ten at first; the rest on asking.
  await expect(claimLinks).toHaveCount(Math.min(expected.length, 10));
  if (expected.length > 10) await claimGroup.getByRole('button', { name: 'Show more claims' }).click();
  await expect(claimLinks).toHaveCount(expected.length);
  await expect(claimGroup.getByRole('button', { name: 'Show more claims' })).toBeHidden();
  expect((await claimLinks.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort()).toEqual(expected);
  // Sorting is for word results; a date answer is in date order by group, and offers no sort menu.
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeHidden();
});

test('a year lists its first ten events with their words, fetching the text of the results on screen, and shows the rest on asking', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/search/?q=2018');
  const inYear = events.filter((e) => e.start <= '2018-12-31' && e.end >= '2018-01-01')
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
  expect(inYear.length).toBeGreaterThan(20);
  const group = results(page).locator('.search-group').first();
  await expect(group.getByRole('heading', { level: 2 })).toHaveText(`Events in 2018 (${inYear.length})`);
  const links = group.getByRole('listitem').getByRole('link');
  await expect(links).toHaveText(inYear.slice(0, 10).map((e) => e.title));
  // Each result shows its summary, from the period's text file; the facts file carries none.
  await expect(group.locator('.search-result-excerpt').first()).not.toBeEmpty();
  expect(fetched).toContain('/search/dates/2018.json');
  expect(fetched).toContain('/search/dates/text/2018.json');
  expect(fetched).not.toContain('/search/dates.json');
  const more = group.getByRole('button', { name: 'Show more events' });
  await more.click();
  await expect(links).toHaveText(inYear.slice(0, 20).map((e) => e.title));
  // Keyboard users go on from the first new result.
  await expect(links.nth(10)).toBeFocused();
  while (await more.isVisible()) await more.click();
  await expect(links).toHaveText(inYear.map((e) => e.title));
});

test('the sort menu shows for word results and orders them by date', async ({ page }) => {
  await page.goto('/search/?q=sanctions');
  await expect(status(page)).toContainText('for “sanctions”');
  const sort = page.getByRole('combobox', { name: 'Sort by' });
  // On a wide screen the refine panel is open beside the results.
  await expect(sort).toBeVisible();
  const before = await paths(page);
  await sort.selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await expect.poll(() => paths(page)).not.toEqual(before);
  const starts = await results(page).locator('time').evaluateAll((ts) => ts.map((t) => (t as HTMLTimeElement).dateTime));
  expect(starts.length).toBeGreaterThan(1);
  expect(starts).toEqual([...starts].sort());
  await page.goto('/search/?q=June+2018&sort=date');
  await expect(status(page)).toContainText('in June 2018');
  await expect(sort).toBeHidden();
});

test('"winter 2018" says which winter, and the other reading is one click away', async ({ page }) => {
  await page.goto('/search/?q=winter+2018');
  await expect(page.locator('.search-chip-label')).toHaveText('Winter 2018–19: Dec 2018 – Feb 2019');
  await page.getByRole('button', { name: 'Search Winter 2017–18: Dec 2017 – Feb 2018 instead' }).click();
  await expect(page).toHaveURL(/\?q=winter\+2017-18$/);
  await expect(page.locator('.search-chip-label')).toHaveText('Winter 2017–18: Dec 2017 – Feb 2018');
  await expect(results(page).getByRole('link', { name: /Winter Olympics/ })).toBeVisible();
});

test('a word query shows facets with counts that add up to the results', async ({ page }) => {
  await page.goto('/search/?q=sanctions');
  await expect(status(page)).toContainText(/(\d+) results? for/);
  const total = Number(/(\d+) result/.exec((await status(page).textContent())!)![1]);
  const types = page.getByRole('group', { name: 'Type' });
  const counts = await types.locator('.search-facet-count').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.map((c) => Number(/\d+/.exec(c)![0])).reduce((a, b) => a + b, 0)).toBe(total);
  await expect(page.getByRole('group', { name: 'Who' }).locator('.search-facet-count').first()).toHaveText(/\(\d+\)/);
});

test.describe('on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the first result is above the fold and the facets are folded below the results', async ({ page }) => {
    await page.goto('/search/?q=sanctions');
    const first = results(page).getByRole('listitem').first().locator('.search-result-title a');
    await expect(first).toBeVisible();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    const refine = page.locator('details.search-refine');
    await expect(refine).not.toHaveAttribute('open', /.*/);
    expect((await refine.boundingBox())!.y).toBeGreaterThan(box.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});

test('results come as you type, and the settled query is one history entry', async ({ page }) => {
  // The page's clock is held while the word is typed, then moved on by hand: a pause in typing is
  // the page's own timers, never a stall of a busy machine between two keys (which a reader would
  // have made as a real pause, and rightly got a second entry for).
  await page.clock.install();
  await page.goto('/search/');
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const before = await page.evaluate(() => history.length);
  // A short pause mid-word answers "sanc" (a new entry); the next pause in the same burst replaces it.
  await searchBox(page).pressSequentially('sanc', { delay: 40 });
  await page.clock.runFor(300);
  await expect(page).toHaveURL(/\?q=sanc$/);
  await searchBox(page).pressSequentially('tions', { delay: 40 });
  await page.clock.runFor(300);
  await expect(status(page)).toContainText('for “sanctions”');
  await expect(page).toHaveURL(/\?q=sanctions$/);
  await page.clock.runFor(1600);
  expect(await page.evaluate(() => history.length)).toBe(before + 1);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/$/);
});

test('the empty page offers example queries as links; a query with no result offers the lists', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('link', { name: 'spring 2003' }).first().click();
  await expect(page).toHaveURL(/\?q=spring\+2003$/);
  await expect(status(page)).toContainText('in Spring 2003');

  await page.goto('/search/?q=xqzvwk');
  await expect(status(page)).toContainText('No results for “xqzvwk”');
  const empty = page.locator('[data-search-empty]');
  await expect(empty.getByRole('link', { name: 'events by date' })).toHaveAttribute('href', '/events/');
  await expect(empty.getByRole('link', { name: 'claims by topic' })).toHaveAttribute('href', '/claims/');
  await expect(empty.getByRole('link', { name: 'timeline' })).toHaveAttribute('href', '/timeline/');
});

// Which values are dropped is pure code, checked for every facet and every
// built-in property name in tests/unit/search-lib.test.ts ("hostile facet
// values"). Here, one such name in every facet, in a real page: it breaks nothing.
test('facet values named like built-in properties are unknown values and break nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/search/?q=summit');
  await expect(status(page)).toContainText('for “summit”');
  const plain = await paths(page);
  for (const name of ['__proto__', 'toString']) {
    const params = new URLSearchParams({ q: 'summit', type: name, year: name, actor: name, kind: name, topic: name });
    await page.goto(`/search/?${params}`);
    await expect(status(page)).toContainText('for “summit”');
    expect(await paths(page), name).toEqual(plain);
    await expect(page.getByRole('checkbox', { name, exact: true })).toHaveCount(0);
    await page.goto(`/search/?${new URLSearchParams({ q: 'June 2018', actor: name })}`);
    await expect(status(page)).toContainText('in June 2018');
  }
  expect(errors).toEqual([]);
});

test('a date answer writes each date as the page it links to does: a month-long event, a span, a piece written within a window', async ({ page }) => {
  // The date index holds no formatted dates; the search writes them from start, end and precision.
  const shown = async (q: string, path: string) => {
    await page.goto(`/search/?${new URLSearchParams({ q })}`);
    const item = results(page).getByRole('listitem').filter({ has: page.locator(`a[href$="${path}"]`) }).first();
    return (await item.locator('time').innerText()).replace(/^written /, '');
  };
  const month = await shown('July 2018', '/events/kim-hoechang-cemetery-2018/');
  expect(month).toBe('July 2018');
  await page.goto('/events/kim-hoechang-cemetery-2018/');
  await expect(page.locator('time.event-date')).toHaveText(month);

  const span = await shown('2003', '/events/six-party-talks/');
  expect(span).toBe('27 August 2003 – 11 December 2008');
  await page.goto('/events/six-party-talks/');
  await expect(page.locator('time.event-date')).toHaveText(span);

  const written = await shown('February 2019', '/articles/china-doing-for-north-korea/');
  expect(written).toBe('between 10 January and 26 February 2019');
  await page.goto('/articles/china-doing-for-north-korea/');
  await expect(page.locator('time', { hasText: written }).first()).toBeVisible();
});
