import { test, expect as baseExpect, type Page } from '@playwright/test';

/**
 * The search page's answer lands without moving anything the reader already
 * sees (cumulative layout shift 0), on a phone and on a wide screen, even when
 * its data comes late; and the page asks for its modules and the data every
 * search needs with its first bytes, not one import after another.
 */
const expect = baseExpect.configure({ timeout: 20_000 });
test.setTimeout(60_000);

interface Shift { value: number; at: number; sources: string[] }
/** A font's arrival: from when it was in hand to the second frame after the page heard of it. */
interface FontWindow { from: number; to: number }
interface Watched { shifts: Shift[]; fonts: FontWindow[] }

/**
 * Every layout shift since navigation, as the browser reports them (the sum is
 * the page's CLS), and when each web font arrived: on a busy machine the serif
 * can arrive after the first paint and swap in for its size-adjusted fallback,
 * a shift of its own that is not the answer's. A font's window runs from when
 * it was in hand (its response ended, or the document finished loading it) to
 * the second frame after the page heard of it, so the frame that lays out the
 * swap falls inside it however slow the machine is.
 */
async function watchShifts(page: Page): Promise<() => Promise<Watched>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __watched: Watched };
    w.__watched = { shifts: [], fonts: [] };
    const windowFrom = (from: number) => requestAnimationFrame(() => requestAnimationFrame(() => w.__watched.fonts.push({ from, to: performance.now() })));
    document.fonts.addEventListener('loadingdone', () => windowFrom(performance.now()));
    // A preloaded font can be in hand before the page asks for it (no loading event): its response starts the window.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) if (entry.name.endsWith('.woff2')) windowFrom(entry.responseEnd);
    }).observe({ type: 'resource', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] })[]) {
        if (entry.hadRecentInput) continue;
        // A text node that moved is named by the element holding it and its words, so a failure says what moved.
        const sources = (entry.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          const words = s.node instanceof Text ? ` “${(s.node.textContent ?? '').trim().slice(0, 30)}”` : '';
          return el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${words}` : String(s.node?.nodeName);
        });
        w.__watched.shifts.push({ value: entry.value, at: entry.startTime, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => (window as unknown as { __watched: Watched }).__watched);
}

for (const { width, height } of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
  // A month, a year (a page of each group, its "Show more" buttons drawn with it) and words.
  for (const q of ['June+2018', '2018', 'Kim+Xi']) {
    test(`the answer to “${q.replace('+', ' ')}” causes no layout shift at ${width} px, even when the script and data come late`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      // The scripts and the data arrive well after the page has painted, as on a slow phone.
      await page.route(/(\/search\/.*\.(json|txt)|\/_astro\/.*\.js)$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      });
      const shifts = await watchShifts(page);
      await page.goto(`/search/?q=${q}`);
      await expect(page.getByRole('status')).toContainText(q === 'Kim+Xi' ? /results? for “Kim Xi”/ : `in ${q.replace('+', ' ')}`);
      await expect(page.getByRole('region', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
      // Let any late reflow (fonts, facets) be reported.
      await page.waitForTimeout(500);
      const { shifts: seen, fonts } = await shifts();
      // A shift in the frames just after a font arrived is that font swapping in:
      // the fallback's metrics keep it far under the 0.1 a page may shift in all (CLS "good").
      const swap = (s: Shift): boolean => fonts.some(({ from, to }) => s.at >= from && s.at <= to);
      const fontShift = seen.filter(swap).reduce((sum, s) => sum + s.value, 0);
      expect(fontShift, `font swap shifts: ${JSON.stringify(seen.filter(swap))}`).toBeLessThan(0.01);
      const answerShifts = seen.filter((s) => !swap(s));
      expect(answerShifts, `layout shifts (fonts arrived: ${JSON.stringify(fonts)}): ${JSON.stringify(answerShifts)}`).toEqual([]);
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
