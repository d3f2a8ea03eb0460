import { test, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * A reader on a phone and on a laptop, in both colour schemes, with and
 * without JavaScript: each piece's own first sentence is on the first screen
 * (375×740) or in its top half (1280×800); the page never scrolls sideways at
 * 320 or 375 px, measured while a phone-speed CPU (8× slower) loads it; every
 * link and control on pieces, claim pages and the home page's chart takes a
 * 24×24 px hit (WCAG 2.5.8); and on paper only the key claims are marked.
 *
 * The dark scheme sets colours only (tests/unit/dark-scheme-colours.test.ts),
 * so the layout checks take each scheme in turn rather than every case twice:
 * with JavaScript in one, without it in the other, swapped between widths.
 */
const PIECES = ['ching-mend-ties', 'china-doing-for-north-korea'] as const;
const PHONE = (width: number): BrowserContextOptions => ({ viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** The scheme for a case: alternating, so each width and each piece is seen in both. */
const schemeFor = (javaScriptEnabled: boolean, turn: number): 'light' | 'dark' => ((Number(javaScriptEnabled) + turn) % 2 === 0 ? 'light' : 'dark');

async function open(browser: Browser, options: BrowserContextOptions, path: string, slowCpu = false): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  if (slowCpu) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  }
  await page.goto(path, { waitUntil: 'load' });
  return page;
}

/** Bottom of the first line of the piece's own text, in CSS px from the top of the page. */
async function firstLineBottom(page: Page): Promise<number> {
  return page.locator('.piece-body p').first().evaluate((p) => {
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 1);
    return range.getClientRects()[0]!.bottom + scrollY;
  });
}

for (const javaScriptEnabled of [true, false]) {
  for (const [turn, slug] of PIECES.entries()) {
    const colorScheme = schemeFor(javaScriptEnabled, turn);
    const how = `${colorScheme}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`;
    test(`${slug}: the first sentence is on a phone's first screen and in a laptop's top half (${how})`, async ({ browser }) => {
      const phone = await open(browser, { ...PHONE(375), colorScheme, javaScriptEnabled }, `/articles/${slug}/`);
      await phone.evaluate(() => document.fonts.ready);
      expect(await firstLineBottom(phone), 'first line, 375×740').toBeLessThanOrEqual(740);
      const laptop = await open(browser, { ...LAPTOP, colorScheme, javaScriptEnabled }, `/articles/${slug}/`);
      await laptop.evaluate(() => document.fonts.ready);
      expect(await firstLineBottom(laptop), 'first line, 1280×800').toBeLessThanOrEqual(400);
      // Folded, the provenance is one line; opened, everything is there.
      const about = phone.locator('details.piece-about');
      await expect(about.locator('> summary')).toContainText('About this piece');
      await about.locator('> summary').click();
      await expect(about.locator('dl.provenance')).toBeVisible();
      await expect(about.locator('.piece-howto')).toContainText('claims are marked');
      await phone.context().close();
      await laptop.context().close();
    });
  }
}

for (const [turn, width] of [320, 375].entries()) {
  for (const javaScriptEnabled of [true, false]) {
    const colorScheme = schemeFor(javaScriptEnabled, turn);
    const how = `${colorScheme}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`;
    test(`at ${width} px with an 8× slower CPU, no page scrolls sideways while it loads (${how})`, async ({ browser }) => {
      test.setTimeout(120_000);
      // The pages load side by side: a slowed CPU is mostly a paused one, so they barely compete.
      const paths = [...PIECES.map((s) => `/articles/${s}/`), '/claims/china-out-in-the-cold/', '/', '/claims/'];
      const widths = await Promise.all(paths.map(async (path) => {
        const page = await open(browser, { ...PHONE(width), colorScheme, javaScriptEnabled }, path, true);
        // Sample the document's width for a second after load, the CPU still slowed (fonts may swap in).
        let widest = 0;
        for (let i = 0; i < 6; i += 1) {
          widest = Math.max(widest, await page.evaluate(() => document.documentElement.scrollWidth));
          await page.waitForTimeout(200);
        }
        await page.context().close();
        return `${path} at ${width} px: ${widest}`;
      }));
      for (const line of widths) expect(Number(line.split(': ')[1]), line).toBeLessThanOrEqual(width);
    });
  }
}

/**
 * Every visible link and control either measures 24×24 px or takes a tap
 * anywhere in the 24×24 px square centred on it (its hit area drawn by padding
 * or a pseudo-element). Links inside a sentence are the WCAG exception for
 * inline targets; § links, the share button and the chart's marks are not.
 */
async function smallTargets(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((scope) => {
    const root = document.querySelector(scope);
    if (!root) return [`${scope} not found`];
    const TARGET = 'a[href], button, summary, input, select, textarea';
    const inSentence = (el: Element): boolean => {
      if (el.matches('.claim-ref') || el.closest('svg')) return false;
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement?.closest('p, li, dd, td, blockquote, figcaption');
      if (!block) return false;
      const text = (block.textContent ?? '').replace(el.textContent ?? '', '').trim();
      return text.length > 0;
    };
    const problems: string[] = [];
    for (const el of root.querySelectorAll<HTMLElement | SVGElement>(TARGET)) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.pointerEvents === 'none' || el.closest('[hidden], details:not([open]) > :not(summary), .visually-hidden')) continue;
      if (el.getClientRects().length === 0 || inSentence(el)) continue;
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // A link that wraps is several boxes: aim at the middle of its widest one.
      const box = [...el.getClientRects()].reduce((a, b) => (b.width > a.width ? b : a));
      const cx = box.left + box.width / 2;
      const cy = box.top + box.height / 2;
      let points = r.width >= 24 && r.height >= 24 ? [[cx, cy]] : [[cx, cy], [cx - 11.5, cy - 11.5], [cx + 11.5, cy - 11.5], [cx - 11.5, cy + 11.5], [cx + 11.5, cy + 11.5]];
      // A chart mark closer than 24 px to its neighbour shares the room between them (hitSpans):
      // its hit area is 24 px tall and reaches halfway to each neighbour.
      // A mark whose label sits beside it is aimed at through its hit area, not the
      // middle of mark-plus-label, which can be empty paper between the two.
      const hitRect = el.querySelector('.arc-hit')?.getBoundingClientRect();
      if (hitRect && hitRect.width < 24) {
        const my = hitRect.top + hitRect.height / 2;
        points = [[hitRect.left + 1, my - 11.5], [hitRect.right - 1, my - 11.5], [hitRect.left + 1, my + 11.5], [hitRect.right - 1, my + 11.5], [hitRect.left + hitRect.width / 2, my]];
      } else if (hitRect) {
        points = [[hitRect.left + hitRect.width / 2, hitRect.top + hitRect.height / 2]];
      }
      const missed = points.filter(([x, y]) => {
        const hit = document.elementFromPoint(x!, y!);
        return !(hit && (hit === el || el.contains(hit)));
      });
      if (missed.length > 0) problems.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}: ${missed.length} of ${points.length} points miss`);
    }
    return problems;
  }, scope);
}

for (const [name, options] of [['375 px phone', PHONE(375)], ['1280 px laptop', LAPTOP]] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test(`every link and control takes a 24×24 px hit on pieces, a claim page and the home chart (${name}, ${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({ browser }) => {
      test.setTimeout(90_000);
      for (const [path, scope] of [
        ...PIECES.map((s) => [`/articles/${s}/`, 'main'] as const),
        ['/claims/china-out-in-the-cold/', 'main'],
        ['/', '.front-chart, .mini-chart, figure svg'],
      ] as const) {
        const page = await open(browser, { ...options, javaScriptEnabled }, path);
        await page.evaluate(() => document.fonts.ready);
        expect(await smallTargets(page, scope), `${path} at ${name}`).toEqual([]);
        await page.context().close();
      }
    });
  }
}

test('on paper a piece marks only its key claims, lightly, and keeps its provenance', async ({ page }) => {
  await page.goto(`/articles/${PIECES[0]}/`);
  await page.emulateMedia({ media: 'print' });
  const marks = await page.locator('.piece-body mark.claim').evaluateAll((all) =>
    all.map((m) => {
      const s = getComputedStyle(m);
      return { key: m.classList.contains('claim-key'), background: s.backgroundImage + s.backgroundColor, shadow: s.boxShadow, line: s.textDecorationLine, style: s.textDecorationStyle, color: s.textDecorationColor, border: s.borderBottomStyle };
    }),
  );
  expect(marks.filter((m) => m.key).length).toBeGreaterThan(0);
  expect(marks.filter((m) => !m.key).length).toBeGreaterThan(0);
  for (const m of marks) {
    expect(m.background).toMatch(/^none(rgba\(0, 0, 0, 0\)|transparent)$/);
    expect(m.shadow).toBe('none');
    expect(m.border).toBe('none');
    if (m.key) {
      expect(m.line).toBe('underline');
      expect(m.style).toBe('dotted');
      // Light: a mid grey, not black.
      expect(m.color).toBe('rgb(138, 138, 138)');
    } else {
      expect(m.line).toBe('none');
    }
  }
  await expect(page.locator('a.claim-ref').first()).toBeHidden();
  await expect(page.locator('details.piece-about dl.provenance')).toBeVisible();
});

test('the claims index on a phone: both pieces one tap from the first screen, key claims first, the rest folded', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const page = await open(browser, { ...PHONE(375), javaScriptEnabled }, '/claims/');
    for (const slug of PIECES) {
      const jump = page.locator(`.claims-jump a[href="#piece-${slug}"]`);
      const box = (await jump.boundingBox())!;
      expect(box.y + box.height, `the link to ${slug}'s claims is on the first screen`).toBeLessThanOrEqual(740);
      const section = page.locator('.claims-piece').filter({ has: page.locator(`#piece-${slug}`) });
      // Key claims are shown; the others are folded until asked for.
      await expect(section.locator(':scope > ul li.quote-list').first()).toBeVisible();
      await expect(section.locator('.claims-rest li.quote-list').first()).toBeHidden();
    }
    // Folded, the whole index is a few screens, not dozens.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(740 * 8);
    // A link to a topic lands inside it, opened.
    await page.goto('/claims/#topic-sanctions');
    await expect(page.locator('#topic-sanctions li.quote-list').first()).toBeVisible();
    await page.context().close();
  }
});
