import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * Long blocks below the first screen (a piece's list of claims, the home
 * page's cards and lower grid, a claim page's lower sections) are drawn only
 * when they near the viewport (content-visibility: auto,
 * src/styles/render-later.css), so a slow phone's first frame draws the top
 * of the page. To a reader nothing changes: links into those blocks land on
 * their target, text fragments and find-in-page reach their words, scrolling
 * through never moves what is on screen, and print lays everything out.
 */

interface ClaimRow { id: string; piece: string; paraphrase: string }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];
const pieces = [...new Set(claims.map((c) => c.piece))];
const PHONE = { width: 375, height: 740 };

/**
 * Layout shifts not caused by input from now on (not buffered: the header's own
 * small shift at load, which is not the deferral's, is left out): their sum, and what moved.
 */
async function watchShifts(page: Page): Promise<() => Promise<{ total: number; moved: string[] }>> {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: { total: number; moved: string[] } };
    w.__shift = { total: 0, moved: [] };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        if (e.hadRecentInput) continue;
        w.__shift.total += e.value;
        for (const s of e.sources) w.__shift.moved.push(`${(s.node as Element | undefined)?.outerHTML?.slice(0, 100) ?? s.node?.nodeName}: y ${Math.round(s.previousRect.y)} → ${Math.round(s.currentRect.y)}, at scrollY ${Math.round(scrollY)}`);
      }
    }).observe({ type: 'layout-shift' });
  });
  return () => page.evaluate(() => new Promise<{ total: number; moved: string[] }>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { __shift: { total: number; moved: string[] } }).__shift)))));
}

/** Scroll to the bottom in screen-sized steps, a frame or two apart, as a reader flicking down would. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await frame();
    }
  });
}

/** Wait until the page has stopped scrolling (anchors scroll smoothly when motion is allowed): scrollY unchanged for 20 frames. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(() => new Promise<void>((resolve) => {
    let last = -1;
    let still = 0;
    const tick = () => {
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
      if (still >= 20) resolve();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }));
}

const deferredIn = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).contentVisibility);

for (const piece of pieces) {
  test.describe(`${piece} on a phone`, () => {
    test.use({ viewport: PHONE });

    test('the claims list is drawn later, and a link into it lands on its heading', async ({ page }) => {
      await page.goto(`/articles/${piece}/`);
      expect(await deferredIn(page, '.piece-page > aside')).toBe('auto');
      await page.goto(`/articles/${piece}/#claims-in-piece`);
      const heading = page.locator('#claims-in-piece');
      await expect(heading).toBeInViewport();
      // Still there once the blocks around it are drawn, the fonts are in and the scroll has ended.
      await settled(page);
      await expect(heading).toBeInViewport();
      expect(await heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(PHONE.height / 2);
    });

    test('a link to the last claim in the text lands on it, and stays there as the page below is drawn', async ({ page }) => {
      const last = await (async () => {
        await page.goto(`/articles/${piece}/`);
        return page.locator('.piece-body mark.claim').last().getAttribute('id');
      })();
      await page.goto(`/articles/${piece}/#${last}`);
      const mark = page.locator(`mark#${last}`);
      await expect(mark).toBeInViewport();
      await settled(page);
      await expect(mark).toBeInViewport();
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(last);
    });

    test('from the claims list, the last claim\'s "in the text" link lands on it', async ({ page }) => {
      const last = claims.filter((c) => c.piece === piece).at(-1)!;
      await page.goto(`/articles/${piece}/#claims-in-piece`);
      await page.locator(`aside a[href="#${last.id}"]`).click();
      await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
      await expect(page.locator(`mark#${last.id}`)).toBeInViewport();
    });

    test('a text fragment into the claims list scrolls to its words', async ({ page }) => {
      const last = claims.filter((c) => c.piece === piece).at(-1)!;
      const words = last.paraphrase.split(' ').slice(0, 8).join(' ');
      await page.goto(`/articles/${piece}/#:~:text=${encodeURIComponent(words)}`);
      const item = page.locator('aside li', { hasText: last.paraphrase.slice(0, 40) }).first();
      await expect(item).toBeInViewport();
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    });

    test('find-in-page reaches the last words of the claims list before it is drawn', async ({ page }) => {
      await page.goto(`/articles/${piece}/`);
      const last = claims.filter((c) => c.piece === piece).at(-1)!;
      const words = last.paraphrase.split(' ').slice(0, 6).join(' ');
      // window.find runs the browser's find-in-page over the document, skipped blocks included.
      const found = await page.evaluate((w) => (window as unknown as { find: (s: string) => boolean }).find(w), words);
      expect(found).toBe(true);
      await expect(page.locator('aside li', { hasText: last.paraphrase.slice(0, 40) }).first()).toBeInViewport();
    });

    test('scrolling through the whole piece moves nothing on screen', async ({ page }) => {
      await page.goto(`/articles/${piece}/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const shift = await watchShifts(page);
      await scrollThrough(page);
      const { total, moved } = await shift();
      expect(total, moved.join('\n')).toBe(0);
    });
  });
}

test.describe('home and a claim page on a phone', () => {
  test.use({ viewport: PHONE });

  test('home: the cards and lower grids are drawn later; a link to "Where it happened" lands on it; scrolling moves nothing', async ({ page }) => {
    await page.goto('/');
    expect(await deferredIn(page, '.cards')).toBe('auto');
    expect(await deferredIn(page, '.home-grid.home-more')).toBe('auto');
    await page.goto('/#where');
    await expect(page.locator('#where')).toBeInViewport();
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    const shift = await watchShifts(page);
    await scrollThrough(page);
    const { total, moved } = await shift();
    expect(total, moved.join('\n')).toBe(0);
  });

  test('claim: its lower sections are drawn later; a link to "The other piece on the same topics" lands on it', async ({ page }) => {
    const claim = claims[0]!;
    await page.goto(`/claims/${claim.id}/#related`);
    expect(await deferredIn(page, '.claim-rest > section')).toBe('auto');
    await expect(page.locator('#related')).toBeInViewport();
  });
});

/**
 * A deferred block is laid out as its own formatting context, where margins
 * do not collapse across its edge: drawn, each block's first and last
 * content, and what follows it, must sit exactly where they sat with nothing
 * deferred, at both widths.
 */
for (const width of [375, 1280]) {
  test(`drawn, every deferred block sits where it would undeferred, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', `/articles/${pieces[0]}/`, `/articles/${pieces[1]}/`, `/claims/${claims[0]!.id}/`]) {
      await page.goto(path, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const boxes = () => page.evaluate(async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const blocks = [...document.querySelectorAll<HTMLElement>('.piece-page > aside, .home-grid, .cards, .claim-rest > section')];
        const out: string[] = [];
        for (const el of blocks) {
          el.scrollIntoView();
          await frame();
          const top = (e: Element | null | undefined) => (e ? Math.round(e.getBoundingClientRect().top + scrollY) : null);
          const bottom = (e: Element | null | undefined) => (e ? Math.round(e.getBoundingClientRect().bottom + scrollY) : null);
          out.push(`${el.tagName.toLowerCase()}.${el.className}: first ${top(el.firstElementChild)}, last ends ${bottom(el.lastElementChild)}, next ${top(el.nextElementSibling)}`);
        }
        return out;
      });
      const deferred = await boxes();
      expect(deferred.length, path).toBeGreaterThan(0);
      await page.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('.piece-page > aside, .home-grid, .cards, .claim-rest > section')) el.style.contentVisibility = 'visible';
      });
      expect(await boxes(), path).toEqual(deferred);
    }
  });
}

test('on paper, nothing is deferred: every block is laid out for print', async ({ page }) => {
  await page.goto(`/articles/${pieces[0]}/`);
  await page.emulateMedia({ media: 'print' });
  expect(await deferredIn(page, '.piece-page > aside')).toBe('visible');
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  expect(await deferredIn(page, '.cards')).toBe('visible');
});
