import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The two readouts of every Kim–Xi meeting, in a real browser: /readouts/
 * shows every meeting's grid, legible, at 375 and 1280 px, in both schemes,
 * with and without scripts, and never scrolls sideways (at 320 px either);
 * each meeting's event page holds its grid and links to the comparison;
 * claims that speak of the talks link to it; search finds a meeting by a topic.
 * Expectations come from content/readouts/.
 */

interface ReadoutsFile { id: string; china: { publisher: string }; dprk: { publisher: string } }
const files = readdirSync('content/readouts')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`content/readouts/${f}`, 'utf8'), { schema: 'core' }) as ReadoutsFile);
const TOPIC_ROWS = 7;

interface ClaimRow { id: string; piece: string; url: string; events: string[]; record: { events?: string[] } | null }
/** The events a claim speaks of: its own and those of its record. */
const eventsOf = (c: ClaimRow) => [...c.events, ...(c.record?.events ?? [])];
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('there are readouts for six meetings at least', () => {
  expect(files.length).toBeGreaterThanOrEqual(6);
});

for (const javaScriptEnabled of [true, false]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test.describe(`${width} px, ${colorScheme}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
        test.use({ javaScriptEnabled, colorScheme, viewport: { width, height: 800 } });

        test('the comparison page shows every meeting’s grid, legible, without sideways scroll', async ({ page }) => {
          await page.goto('/readouts/');
          await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two readouts of every Kim–Xi meeting');
          for (const file of files) {
            const meeting = page.locator(`li#${file.id}`);
            await expect(meeting.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', `/events/${file.id}/`);
            const grid = meeting.getByRole('table');
            await expect(grid).toBeVisible();
            await expect(grid.getByRole('columnheader')).toHaveText([/^Topic$/, new RegExp(`^Chinese readout\\s*${file.china.publisher}$`), new RegExp(`^North Korean readout\\s*${file.dprk.publisher}$`)]);
            await expect(grid.locator('tbody tr')).toHaveCount(TOPIC_ROWS);
            await expect(grid.locator('tbody td')).toHaveCount(TOPIC_ROWS * 2);
            await expect(grid.locator('tbody td')).toHaveText(Array(TOPIC_ROWS * 2).fill(/^(?:●●|●|–)?\s*(?:Stressed|Mentioned|Absent)(?: \(reported\))?$/));
            // Legible: every cell's words are on screen, inside the table, at 12 px or more.
            const cells = await grid.locator('tbody td, tbody th').evaluateAll((els) =>
              els.map((el) => {
                const box = el.getBoundingClientRect();
                const table = el.closest('table')!.getBoundingClientRect();
                return { size: parseFloat(getComputedStyle(el).fontSize), inside: box.left >= table.left - 0.5 && box.right <= table.right + 0.5, overflows: el.scrollWidth > el.clientWidth + 1 };
              }),
            );
            for (const cell of cells) {
              expect(cell.size).toBeGreaterThanOrEqual(12);
              expect(cell.inside).toBe(true);
              expect(cell.overflows).toBe(false);
            }
          }
          expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        });
      });
    }
  }
}

test('no sideways scroll at 320 px on the comparison page and a meeting’s page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/readouts/', `/events/${files[0]!.id}/`]) {
    await page.goto(path);
    expect(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
});

test('a mark leads to the words it rests on, and the meeting’s page links to the comparison', async ({ page }) => {
  await page.goto('/events/kim-visit-china-1/');
  const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'What each side said of the talks' }) });
  await expect(section.getByRole('table')).toBeVisible();
  await expect(section.getByRole('link', { name: 'all the Kim–Xi meetings’ readouts' })).toHaveAttribute('href', '/readouts/#kim-visit-china-1');
  const row = section.getByRole('row', { name: /^Denuclearization/ });
  await expect(row.getByRole('cell')).toHaveText([/Stressed/, /Absent/]);
  await row.getByRole('link', { name: 'Stressed' }).click();
  await expect(page).toHaveURL(/#kim-visit-china-1-china-denuclearization$/);
  const quote = page.locator('#kim-visit-china-1-china-denuclearization');
  await expect(quote).toBeVisible();
  await expect(quote).toContainText('denuclearization');
  await expect(section).toContainText('Where the two accounts part:');
});

test('an event that is not a Kim–Xi meeting has no readouts grid', async ({ page }) => {
  await page.goto('/events/singapore-summit/');
  await expect(page.getByRole('heading', { name: 'What each side said of the talks' })).toHaveCount(0);
});

test('claims of both pieces that speak of the talks link to the two readouts', async ({ page }) => {
  const meetingIds = new Set(files.map((f) => f.id));
  const speaking = claims.filter((c) => eventsOf(c).some((e) => meetingIds.has(e)));
  expect(speaking.length).toBeGreaterThan(0);
  // One claim of each piece, each with a link to every meeting it speaks of.
  for (const piece of new Set(speaking.map((c) => c.piece))) {
    const claim = speaking.find((c) => c.piece === piece)!;
    await page.goto(claim.url);
    const section = page.locator('section').filter({ has: page.getByRole('heading', { name: 'What each side said of the talks' }) });
    for (const id of new Set(eventsOf(claim).filter((e) => meetingIds.has(e)))) await expect(section.locator(`a[href="/readouts/#${id}"]`)).toHaveCount(1);
  }
  // Claims from both pieces speak of the meetings, so both pieces' claims carry the link.
  expect(new Set(speaking.map((c) => c.piece)).size).toBe(2);
});

test.describe('search', () => {
  test.setTimeout(60_000);
  const results = (page: Page) => page.getByRole('region', { name: 'Search results' });

  test('"denuclearization Kim Xi 2018" finds the 2018 meetings', async ({ page }) => {
    await page.goto('/search/?q=denuclearization+Kim+Xi+2018');
    await expect(results(page).locator('a[href="/events/kim-visit-china-1/"]')).toHaveCount(1, { timeout: 20_000 });
    await expect(results(page).locator('a[href="/events/kim-visit-china-3/"]')).toHaveCount(1);
  });

  test('the grid’s own words find the meetings', async ({ page }) => {
    await page.goto('/search/?q=readout+stressed');
    await expect(results(page).locator('a[href="/events/kim-visit-china-5/"]')).toHaveCount(1, { timeout: 20_000 });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('on the comparison page a mark opens the folded words it rests on', async ({ page }) => {
    await page.goto('/readouts/');
    const meeting = page.locator('li#kim-visit-china-2');
    const quote = page.locator('#kim-visit-china-2-dprk-personal-ties');
    await expect(quote).toBeHidden();
    await meeting.getByRole('row', { name: /^The leaders' personal ties/ }).getByRole('link').last().click();
    await expect(quote).toBeVisible();
    await expect(quote).toContainText('meeting again');
  });
});
