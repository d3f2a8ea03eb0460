import { test, expect as baseExpect, type Page } from '@playwright/test';

/**
 * The search page's answer lands without moving anything the reader already
 * sees (cumulative layout shift 0), on a phone and on a wide screen, even when
 * its data comes late; and the page asks for its modules and the data every
 * search needs with its first bytes, not one import after another.
 */
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(60_000);

/** Every layout shift since navigation, as the browser reports them (the sum is the page's CLS). */
async function watchShifts(page: Page): Promise<() => Promise<{ value: number; sources: string[] }[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${[...s.node.classList].join('.')}` : String(s.node?.nodeName)));
        w.__shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
}

for (const { width, height } of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
  for (const q of ['June+2018', 'Kim+Xi']) {
    test(`the answer to “${q.replace('+', ' ')}” causes no layout shift at ${width} px, even when the script and data come late`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // The scripts and the data arrive well after the page has painted, as on a slow phone.
      await page.route(/(\/search\/.*\.(json|txt)|\/_astro\/.*\.js)$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      const shifts = await watchShifts(page);
      await page.goto(`/search/?q=${q}`);
      await expect(page.getByRole('status')).toContainText(q === 'June+2018' ? 'in June 2018' : /results? for “Kim Xi”/);
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
      // Let any late reflow (fonts, facets) be reported.
      await page.waitForTimeout(500);
      const seen = await shifts();
      expect(seen, `layout shifts: ${JSON.stringify(seen)}`).toEqual([]);
    });
  }
}

test('the search page asks for its modules and the data every search needs with its first bytes', async ({ page }) => {
  const response = await page.request.get('/search/');
  const html = await response.text();
  const preloaded = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/search/?q=June+2018');
  await expect(page.getByRole('status')).toContainText('in June 2018');
  // Every module the page loads is either one of its scripts or preloaded from its head.
  const modules = requested.filter((p) => p.endsWith('.js'));
  expect(modules.length).toBeGreaterThan(scripts.length);
  expect(modules.filter((p) => !scripts.includes(p) && !preloaded.includes(p))).toEqual([]);
  // The labels and names every answer reads are preloaded, and used.
  for (const file of ['/search/labels.json', '/search/names.json']) {
    expect(preloaded).toContain(file);
    expect(requested).toContain(file);
  }
  // A date query reads its period of the date index, not the whole of it.
  expect(requested).toContain('/search/dates/2018.json');
  expect(requested).not.toContain('/search/dates.json');
});
