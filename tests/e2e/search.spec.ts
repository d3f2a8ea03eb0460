import { test, expect as baseExpect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { violations, wcagAxe } from './axe.ts';

// Pagefind's first load is slow on a busy machine; answers are awaited, not timed (timing is the bench's job).
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(60_000);

/**
 * Search on the built site: date-only answers from the date index, words
 * through Pagefind, both together, URL state, Back, keyboard, and safety.
 * Expectations come from the content's frontmatter and dist/claims.json.
 */

interface EventFront { id: string; title: string; start: string | Date; end?: string | Date }
const iso = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
const events = readdirSync('content/events')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const front = parse(readFileSync(`content/events/${f}`, 'utf8').split(/^---$/m)[1]!, { schema: 'core' }) as EventFront;
    return { id: front.id, title: front.title, start: iso(front.start), end: iso(front.end ?? front.start) };
  });

/** Events whose span overlaps [from, to], in date order (start, end, id). */
function eventsBetween(from: string, to: string) {
  return events
    .filter((e) => e.start <= to && e.end >= from)
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id));
}

interface ClaimRow { id: string; quote: string; url: string }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];

/** A long word that appears in exactly one claim's quote. */
function distinctiveWord(): { word: string; claim: ClaimRow } {
  const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[a-z]{9,}/g) ?? []);
  for (const claim of claims) {
    for (const word of wordsOf(claim.quote)) {
      if (claims.filter((c) => wordsOf(c.quote).has(word)).length === 1) return { word, claim };
    }
  }
  throw new Error('no claim has a word of its own');
}

const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const status = (page: Page) => page.getByRole('status');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Words, a date, or both' });

async function resultPaths(page: Page): Promise<string[]> {
  const links = results(page).getByRole('listitem').getByRole('link');
  return (await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
}

/** One labelled group of a date answer: "Events in June 2018", "Claims about these events", "Pieces written …". */
const group = (page: Page, heading: RegExp) => results(page).locator('.search-group').filter({ has: page.getByRole('heading', { name: heading }) });
const eventLinks = (page: Page) => group(page, /^Events /).getByRole('listitem').getByRole('link');

test('"June 2018" lists exactly the events of June 2018, in date order', async ({ page }) => {
  const expected = eventsBetween('2018-06-01', '2018-06-30');
  expect(expected.length).toBeGreaterThan(0);
  await page.goto('/search/?q=June+2018');
  await expect(status(page)).toContainText(`${expected.length} event`);
  await expect(eventLinks(page)).toHaveText(expected.map((e) => e.title));
  const paths = await eventLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths).toEqual(expected.map((e) => `/events/${e.id}/`));
  await expect(page.getByRole('button', { name: 'Remove date: June 2018' })).toBeVisible();
});

test('a distinctive word from a claim finds that claim’s page', async ({ page }) => {
  const { word, claim } = distinctiveWord();
  await page.goto('/search/');
  await searchBox(page).fill(word);
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${word}`));
  await expect(status(page)).toContainText(`for “${word}”`);
  const link = results(page).locator(`a[href="${claim.url}"]`);
  await expect(link).toHaveCount(1);
  const item = results(page).getByRole('listitem').filter({ has: page.locator(`a[href="${claim.url}"]`) });
  await expect(item.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
});

test('words plus a date search the words within the range', async ({ page }) => {
  const countOf = async () => Number(/(\d+) results? for/.exec((await status(page).textContent()) ?? '')?.[1] ?? 0);
  await page.goto('/search/?q=summit');
  await expect(status(page)).toContainText('for “summit”');
  const all = await countOf();
  await page.goto('/search/?q=summit+June+2018');
  await expect(status(page)).toContainText('in June 2018');
  const narrowed = await resultPaths(page);
  const june = new Set(eventsBetween('2018-06-01', '2018-06-30').map((e) => `/events/${e.id}/`));
  expect(narrowed.length).toBeGreaterThan(0);
  expect(await countOf()).toBeLessThan(all);
  for (const path of narrowed) expect(june.has(path), `${path} is outside June 2018`).toBe(true);
});

test('the URL restores a search, its facets and its sort', async ({ page }) => {
  await page.goto('/search/?q=summit&type=event&sort=date');
  await expect(searchBox(page)).toHaveValue('summit');
  await expect(page.getByRole('checkbox', { name: /^Event/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('date');
  await expect(status(page)).toContainText('for “summit”');
  const paths = await resultPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(path).toMatch(/^\/events\//);
  const starts = await results(page).locator('time').evaluateAll((ts) => ts.map((t) => (t as HTMLTimeElement).dateTime));
  expect(starts).toEqual([...starts].sort());
});

test('Back restores the previous search', async ({ page }) => {
  const june = eventsBetween('2018-06-01', '2018-06-30');
  await page.goto('/search/');
  await searchBox(page).fill('June 2018');
  await searchBox(page).press('Enter');
  await expect(eventLinks(page)).toHaveCount(june.length);
  await searchBox(page).fill('sanctions');
  await searchBox(page).press('Enter');
  await expect(status(page)).toContainText('for “sanctions”');
  await page.goBack();
  await expect(page).toHaveURL(/\?q=June\+2018$/);
  await expect(searchBox(page)).toHaveValue('June 2018');
  await expect(eventLinks(page)).toHaveText(june.map((e) => e.title));
});

test('facets narrow the results and are kept in the URL', async ({ page }) => {
  await page.goto('/search/?q=2018');
  const kind = page.getByRole('group', { name: 'Kind of event' }).getByRole('checkbox', { name: /^Summit/ });
  await kind.check();
  await expect(page).toHaveURL(/kind=summit/);
  await expect(kind).toBeFocused();
  await expect(status(page)).toContainText('in 2018');
  const paths = await eventLinks(page).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const expected = eventsBetween('2018-01-01', '2018-12-31').map((e) => `/events/${e.id}/`);
  expect(paths.length).toBeGreaterThan(0);
  for (const path of paths) expect(expected).toContain(path);
  await expect(group(page, /^Events /).locator('.search-result-type')).toHaveText(paths.map(() => 'Event'));
});

test('the date chip can be removed from the keyboard, leaving the words', async ({ page }) => {
  await page.goto('/search/?q=summit+June+2018');
  const remove = page.getByRole('button', { name: 'Remove date: June 2018' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toHaveValue('summit');
  await expect(page).toHaveURL(/\?q=summit$/);
  await expect(searchBox(page)).toBeFocused();
  await expect(status(page)).toContainText('for “summit”.');
});

test('"/" and Ctrl+K open search from any page', async ({ page }) => {
  await page.goto(claims[0]!.url);
  const header = page.getByRole('searchbox', { name: 'Search the site' });
  await page.keyboard.press('/');
  await expect(header).toBeFocused();
  await header.blur();
  await page.keyboard.press('Control+k');
  await expect(header).toBeFocused();
  await page.keyboard.type('June 2018');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=June\+2018$/);
  await expect(status(page)).toContainText('in June 2018');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
});

test('a date-only query and a first word query fetch no part of Pagefind, and still find the right pages', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/search/?q=June+2018');
  await expect(status(page)).toContainText('in June 2018');
  // The date index's one period that holds June 2018, not the whole index.
  expect(fetched).toContain('/search/dates/2018.json');
  expect(fetched).not.toContain('/search/dates.json');
  expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);

  // The first word query of the visit: answered from the small text index, no Pagefind script, wasm or chunks.
  const { word, claim } = distinctiveWord();
  await searchBox(page).fill(word);
  await searchBox(page).press('Enter');
  await expect(status(page)).toContainText(`for “${word}”`);
  const item = results(page).getByRole('listitem').filter({ has: page.locator(`a[href="${claim.url}"]`) });
  await expect(item.locator('mark').first()).toHaveText(new RegExp(word, 'i'));
  expect(fetched).toContain('/search/text.json');
  expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  expect(fetched.some((p) => /wasm/.test(p))).toBe(false);
});

test('without the small text index, word queries use Pagefind and find the same pages', async ({ page }) => {
  await page.goto('/search/?q=summit');
  await expect(status(page)).toContainText('for “summit”');
  const small = await resultPaths(page);

  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // As on a site too big for the small index: the build writes none.
  await page.route('**/search/text.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/search/?q=summit');
  await expect(status(page)).toContainText('for “summit”');
  expect(fetched.some((p) => /\/pagefind\/.*(wasm|\.pf_)/.test(p))).toBe(true);
  const large = await resultPaths(page);
  // The two engines weigh words a little differently: the small index's best page is near the top of
  // Pagefind's, and Pagefind's best page is on the small index's first page of results.
  expect(large.slice(0, 3)).toContain(small[0]);
  expect(small).toContain(large[0]);
  const { word, claim } = distinctiveWord();
  await page.goto(`/search/?q=${word}`);
  await expect(results(page).locator(`a[href="${claim.url}"]`)).toHaveCount(1);
});

test('a script payload in q or any parameter renders as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  const svg = '"><svg onload=alert(2)>';
  const params = new URLSearchParams({ q: payload, type: svg, actor: payload, year: '<script>alert(3)</script>', topic: svg, sort: payload });
  await page.goto(`/search/?${params}`);
  await expect(status(page)).toContainText(`for “${payload}”`);
  await expect(searchBox(page)).toHaveValue(payload);
  // Values the index does not know are dropped from the state and the URL, never drawn.
  await expect(page).toHaveURL((url) => !url.searchParams.has('actor') && !url.searchParams.has('type'));
  await expect(page.getByRole('checkbox', { name: payload })).toHaveCount(0);
  await expect(page.locator('img, svg[onload], [onerror], [onload]')).toHaveCount(0);
  expect(await page.locator('main script').count()).toBe(0);

  await page.goto(`/search/?q=${encodeURIComponent(`${payload} June 2018`)}`);
  await expect(status(page)).toContainText('in June 2018');
  await expect(page.locator('img, [onerror]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the search page with results passes axe (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/search/?q=summit+2018&kind=summit');
    await expect(status(page)).toContainText('for “summit”');
    const found = await violations(wcagAxe(page));
    expect(found, found.join('\n')).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says it needs JavaScript and links to the lists', async ({ page }) => {
    await page.goto('/search/?q=June+2018');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'events by date' })).toHaveAttribute('href', '/events/');
    await expect(page.getByRole('link', { name: 'claims by topic' })).toHaveAttribute('href', '/claims/');
    await expect(page.getByRole('region', { name: 'Search results' })).toBeHidden();
  });

  test('the header search box is a plain form to /search/', async ({ page }) => {
    await page.goto('/events/');
    await page.getByRole('searchbox', { name: 'Search the site' }).fill('June 2018');
    await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=June\+2018$/);
  });
});
