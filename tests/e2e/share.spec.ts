import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';
import { claimJsonLd } from '../../src/lib/structured-data.ts';
import { pngSize } from '../png-size.ts';

/**
 * Sharing: link previews, share images, copy link, passage links, citations,
 * structured data, and the feeds and maps, all on the built site.
 */

interface ClaimRow { id: string; piece: string; quote: string; url: string }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const signedClaim = claims.find((c) => c.piece === 'ching-mend-ties')!;
const unsignedClaim = claims.find((c) => c.piece === 'china-doing-for-north-korea')!;
/**
 * The public origin dist/ was built for (its home page's canonical link), or
 * undefined for a build with none: then pages carry no canonical, og:url or
 * og:image, and links and citations are relative (docs/deploy.md).
 */
const ADDRESS = (() => {
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync('dist/index.html', 'utf8'))?.[1];
  return canonical ? new URL(canonical).origin : undefined;
})();

/** The dist/ file behind an absolute URL on the site. */
function distFile(url: string): string {
  const path = new URL(url).pathname;
  const local = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join('dist', local.endsWith('/') || local === '' ? `${local}index.html` : local);
}

async function meta(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).getAttribute('content')) ?? '';
}

async function jsonLd(page: Page): Promise<Record<string, unknown>> {
  const blocks = page.locator('script[type="application/ld+json"]');
  await expect(blocks).toHaveCount(1);
  return JSON.parse((await blocks.textContent()) ?? '') as Record<string, unknown>;
}

/** A site URL (absolute on SITE_URL, or site-relative) on the origin the page was served from. */
function onServed(url: string, origin: string): string {
  const parsed = new URL(url, 'http://site.invalid');
  return `${origin}${parsed.pathname}${parsed.hash}`;
}

async function servedOrigin(page: Page): Promise<string> {
  return page.evaluate(() => location.origin);
}

function isAbsolute(url: string): boolean {
  return /^https?:\/\/[^/]+\//.test(url) && URL.canParse(url);
}

test('the unsigned piece is described honestly in previews', async ({ page }) => {
  await page.goto(unsignedClaim.url);
  expect(await meta(page, 'meta[property="og:description"]')).toMatch(/^Unsigned, The Diplomat \(magazine, February 2019 issue\), between .+ — /);
});

test('event, piece and home pages have their own share image', async ({ page }) => {
  for (const path of ['/', `/articles/${signedClaim.piece}/`, '/events/kim-visit-china-1/']) {
    await page.goto(path);
    const image = ADDRESS ? await meta(page, 'meta[property="og:image"]') : null;
    if (image) expect(pngSize(distFile(image))).toEqual({ width: 1200, height: 630 });
  }
  await page.goto('/events/kim-visit-china-1/');
  expect(await meta(page, 'meta[property="og:title"]')).toMatch(/^Kim Jong Un visits Beijing, 25–28 March 2018$/);
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy link on a claim page copies the claim’s address on the host the reader is on, and says so', async ({ page }) => {
    await page.goto(signedClaim.url);
    const canonical = (await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href'))) ?? signedClaim.url;
    const origin = await servedOrigin(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${origin}/`), `${copied} starts with ${origin}`).toBe(true);
    expect(copied).toBe(onServed(canonical, origin));
    // The visible permalink says the same; canonical stays on the public address.
    await expect(page.locator('[data-permalink]')).toHaveAttribute('href', copied);
    if (ADDRESS) expect(new URL(canonical).origin).toBe(ADDRESS);
  });

  test('on the reading page, a claim’s share button opens its link, by keyboard', async ({ page }) => {
    await page.goto(`/articles/${signedClaim.piece}/`);
    await page.locator(`mark#${signedClaim.id} a.claim-ref`).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(/^Share or cite claim: /);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Share or cite this claim' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Copy link' }).click();
    await expect(dialog.getByRole('status')).toContainText('Link copied');
    const expected = onServed(signedClaim.url, await servedOrigin(page));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('a tap on a claim brings out its share button, which opens the claim’s link', async ({ page }) => {
      await page.goto(`/articles/${signedClaim.piece}/`);
      expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      // The how-to sits in the fold under the title, with the provenance.
      await page.getByText('About this piece').tap();
      await expect(page.getByText('Tap a claim to share it')).toBeVisible();
      const mark = page.locator(`mark#${signedClaim.id}`);
      const button = mark.getByRole('button', { name: /^Share or cite claim: / });
      await expect(button).toHaveCSS('opacity', '0');
      // The first word of the claim: text, not its § link.
      // A point on the claim's first line of words (not its § link at the end).
      const position = await mark.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const first = el.getClientRects()[0]!;
        return { x: first.x - box.x + 4, y: first.y - box.y + first.height / 2 };
      });
      await mark.tap({ position });
      await expect(button).toHaveCSS('opacity', '1');
      await button.tap();
      const dialog = page.getByRole('dialog', { name: 'Share or cite this claim' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Copy link' }).tap();
      const expected = onServed(signedClaim.url, await servedOrigin(page));
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      await dialog.getByRole('button', { name: 'Close' }).tap();
      // A tap on other words of the piece puts the button away again.
      const other = page.locator('.piece-body p').filter({ hasNot: page.locator('mark.claim') }).first();
      await other.tap();
      await expect(button).toHaveCSS('opacity', '0');
    });
  });

  test.describe('on a 320 px screen', () => {
    test.use({ viewport: { width: 320, height: 740 } });

    for (const piece of [signedClaim.piece, unsignedClaim.piece]) {
      test(`${piece}: every claim's share button, and the open share control, lie within the screen`, async ({ page }) => {
        await page.goto(`/articles/${piece}/`);
        await page.evaluate(() => document.fonts.ready);
        const boxes = await page.locator('button.claim-share').evaluateAll((buttons) =>
          buttons.map((b) => ({ id: (b as HTMLElement).dataset['claim']!, left: b.getBoundingClientRect().left, right: b.getBoundingClientRect().right })),
        );
        expect(boxes.length).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.right, `share button of ${box.id}`).toBeLessThanOrEqual(320);
          expect(box.left, `share button of ${box.id}`).toBeGreaterThanOrEqual(0);
        }
        // Open the share control of the claim whose button sits furthest right.
        const rightmost = boxes.reduce((a, b) => (b.right > a.right ? b : a));
        await page.locator(`mark#${rightmost.id} a.claim-ref`).focus();
        await page.keyboard.press('Tab');
        await expect(page.locator(':focus')).toHaveAttribute('data-claim', rightmost.id);
        await page.keyboard.press('Enter');
        const dialog = page.getByRole('dialog', { name: 'Share or cite this claim' });
        await expect(dialog).toBeVisible();
        // Neither sticks out sideways; the open control also fits the screen's height
        // (the button's height on screen depends only on where the page is scrolled).
        for (const target of [dialog, page.locator(`button.claim-share[data-claim="${rightmost.id}"]`)]) {
          const box = (await target.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(320);
        }
        const open = (await dialog.boundingBox())!;
        expect(open.y).toBeGreaterThanOrEqual(0);
        expect(open.y + open.height).toBeLessThanOrEqual(740);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      });
    }
  });

  test('a passage link opened in a fresh page scrolls to and highlights the passage', async ({ page, context }) => {
    const piece = signedClaim.piece;
    await page.goto(`/articles/${piece}/`);
    // A sentence of plain text (outside any claim), near the end so the page must scroll.
    const target = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('.piece-body p')].filter((p) => !p.querySelector('mark'));
      const p = paragraphs.at(-2) ?? paragraphs.at(-1);
      const node = p?.firstChild;
      if (!p || !node || node.nodeType !== Node.TEXT_NODE) return null;
      const text = node.textContent ?? '';
      const words = text.split(' ').slice(0, 6).join(' ');
      p.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, words.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { words, index: [...document.querySelectorAll('.piece-body p')].indexOf(p) };
    });
    expect(target).not.toBeNull();
    const bar = page.getByRole('group', { name: 'Link to the selected passage' });
    await expect(bar).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Copy link to this claim' })).toBeHidden();
    await bar.getByRole('button', { name: 'Link to this passage' }).click();
    await expect(bar.getByRole('status')).toHaveText('Passage link copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${await servedOrigin(page)}/articles/${piece}/#:~:text=`), copied).toBe(true);
    expect(decodeURIComponent(copied.split('#:~:text=')[1] ?? '')).toContain(target!.words.split(' ')[0]);

    const fresh = await context.newPage();
    const url = new URL(copied);
    await fresh.goto(`${url.pathname}${url.hash}`);
    const paragraph = fresh.locator('.piece-body p').nth(target!.index);
    // Chromium supports text fragments and strips the directive from the URL once read.
    expect(await fresh.evaluate(() => 'fragmentDirective' in document)).toBe(true);
    expect(await fresh.evaluate(() => location.hash)).toBe('');
    await expect(paragraph).toBeInViewport();
    expect(await fresh.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    // The highlight (::target-text) is painted: the paragraph looks different
    // from the same paragraph loaded without the fragment.
    const highlighted = await paragraph.screenshot();
    const plain = await context.newPage();
    await plain.goto(url.pathname);
    const unhighlighted = await plain.locator('.piece-body p').nth(target!.index).screenshot();
    expect(highlighted.equals(unhighlighted)).toBe(false);
  });

  test('selecting text inside a claim offers the claim’s own link first', async ({ page }) => {
    await page.goto(`/articles/${signedClaim.piece}/`);
    await page.evaluate((id) => {
      const mark = document.getElementById(id)!;
      mark.scrollIntoView({ block: 'center' });
      const node = [...mark.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(20, node.textContent!.length));
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    }, signedClaim.id);
    const bar = page.getByRole('group', { name: 'Link to the selected passage' });
    const buttons = bar.getByRole('button');
    await expect(buttons.first()).toHaveAccessibleName('Copy link to this claim');
    await buttons.first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(onServed(signedClaim.url, await servedOrigin(page)));
  });
});

test('Cite gives Chicago, APA and BibTeX with the claim URL where it is read, the whole quote and today as access date', async ({ page }) => {
  for (const claim of [signedClaim, unsignedClaim]) {
    await page.goto(claim.url);
    const served = onServed(claim.url, await servedOrigin(page));
    await page.getByText('Cite this claim', { exact: true }).click();
    const texts = page.locator('[data-cite-text]');
    await expect(texts).toHaveCount(3);
    const today = new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
    for (const text of await texts.allTextContents()) {
      expect(text).toContain(served);
      // The quote whole, never cut with an ellipsis.
      expect(text.replace(/\s+/g, ' ')).toContain(claim.quote.replace(/\s+/g, ' '));
    }
    await expect(texts.first()).toContainText(`Accessed ${today}.`);
    const bibtex = (await page.locator('[data-cite-text="bibtex"]').textContent()) ?? '';
    if (claim === unsignedClaim) {
      expect(bibtex).not.toMatch(/^\s*author =/m);
      await expect(texts.first()).not.toContainText('Unsigned.');
    } else {
      expect(bibtex).toMatch(/^\s*author = \{Ching, Frank\},/m);
    }
  }
  await page.goto('/events/kim-visit-china-1/');
  await page.getByText('Cite this event', { exact: true }).click();
  const served = onServed('/events/kim-visit-china-1/', await servedOrigin(page));
  for (const text of await page.locator('[data-cite-text]').allTextContents()) expect(text).toContain(served);
});

test('JSON-LD parses on every page type and has the required fields', async ({ page }) => {
  await page.goto('/');
  expect(await jsonLd(page)).toMatchObject({ '@type': 'WebSite', name: 'Lips and Teeth' });

  await page.goto(`/articles/${signedClaim.piece}/`);
  expect(await jsonLd(page)).toMatchObject({ '@type': 'OpinionNewsArticle', author: { name: 'Frank Ching' }, publisher: { name: 'EJ Insight' }, datePublished: '2018-03-26' });
  await page.goto(`/articles/${unsignedClaim.piece}/`);
  const unsigned = await jsonLd(page);
  expect(unsigned).toMatchObject({ '@type': 'OpinionNewsArticle', headline: 'What Is China Actually Doing for North Korea?' });
  expect(unsigned).not.toHaveProperty('author');
  // Unsigned, but its outlet is known: The Diplomat's magazine.
  expect(unsigned).toMatchObject({ publisher: { '@type': 'Organization', name: expect.stringMatching(/^The Diplomat/) } });

  await page.goto(signedClaim.url);
  // A fact's page is a ClaimReview of its Claim; any other claim's page is the Claim itself.
  const ld = await jsonLd(page);
  const claim = (ld['@type'] === 'ClaimReview' ? ld['itemReviewed'] : ld) as Record<string, unknown>;
  if (ld['@type'] === 'ClaimReview') expect(ld).toMatchObject({ reviewRating: { '@type': 'Rating' }, reviewBody: expect.any(String) });
  expect(claim).toMatchObject({ '@type': 'Claim', text: signedClaim.quote, author: { '@type': 'Person', name: 'Frank Ching' }, datePublished: '2018-03-26' });
  expect(claim['appearance']).toMatchObject({ url: expect.stringMatching(new RegExp(`/articles/${signedClaim.piece}/#${signedClaim.id}$`)) });
  expect(claim['firstAppearance']).toMatchObject({ url: expect.stringMatching(/^http:\/\/www\.ejinsight\.com\//) });

  await page.goto('/events/kim-visit-china-1/');
  expect(await jsonLd(page)).toMatchObject({
    '@type': 'Event',
    name: 'Kim Jong Un visits Beijing',
    startDate: '2018-03-25',
    endDate: '2018-03-28',
    location: { '@type': 'Place', name: 'Beijing, China' },
    eventStatus: 'https://schema.org/EventScheduled',
    description: expect.any(String),
    url: expect.stringMatching(/\/events\/kim-visit-china-1\/$/),
  });
});

test('a value containing </script> cannot break out of the JSON-LD element', async ({ page }) => {
  const hostile = '</script><script>window.__pwned = true</script><!-- & “quoted”';
  const data = claimJsonLd(
    {
      id: 'fixture',
      quote: hostile,
      paraphrase: `</SCRIPT >${hostile}`,
      url: 'https://example.org/claims/fixture/',
      inPieceUrl: 'https://example.org/articles/x/#fixture',
      piece: { title: hostile, dek: null, author: hostile, outlet: null, sourceUrl: null, published: { basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'n' }, thesis: hostile },
      kind: 'fact',
      status: 'matches',
      line: hostile,
    },
    'https://example.org/',
  );
  // The same markup Head.astro writes: the serialised JSON as the element's raw text.
  await page.setContent(`<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd(data)}</script></head><body><p>after</p></body></html>`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(page.locator('script')).toHaveCount(1);
  await expect(page.locator('body p')).toHaveText('after');
  expect(JSON.parse((await page.locator('script').textContent()) ?? '')).toEqual(data);
});

test('robots.txt, the sitemap and the claims feed are linked with absolute URLs', async ({ page, request }) => {
  await page.goto('/');
  if (!ADDRESS) {
    // No public address: no sitemap (its URLs must be absolute), so robots.txt names none; the feed's links are site paths.
    expect(await (await request.get('/robots.txt')).text()).not.toContain('Sitemap:');
    expect((await request.get(`${base}sitemap-index.xml`)).status()).toBe(404);
    const feed = await (await request.get(`${base}claims.xml`)).text();
    expect([...feed.matchAll(/<item>/g)]).toHaveLength(claims.length);
    expect(feed).toContain(`<link>${new URL(signedClaim.url, 'http://x.invalid').pathname}</link>`);
    return;
  }
  const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '');
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1] ?? '';
  expect(sitemapUrl).toBe(new URL(`${base}sitemap-index.xml`, canonical.origin).href);
  const index = await request.get(`${base}sitemap-index.xml`);
  expect(index.status()).toBe(200);
  const sitemapFiles = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const pages = (await Promise.all(sitemapFiles.map(async (p) => (await request.get(p)).text()))).join('');
  for (const claim of claims) expect(pages).toContain(new URL(claim.url, canonical.origin).href);

  const feedHref = (await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')) ?? '';
  expect(isAbsolute(feedHref)).toBe(true);
  const feed = await (await request.get(new URL(feedHref).pathname)).text();
  expect([...feed.matchAll(/<item>/g)]).toHaveLength(claims.length);
  expect(feed).toContain(`<link>${new URL(signedClaim.url, canonical.origin).href}</link>`);
});

test.describe('with the clipboard denied', () => {
  test.use({ permissions: [] });

  test('Copy link says it could not copy and selects the link for the reader', async ({ page, context, baseURL }) => {
    // Playwright can only grant permissions; the browser protocol can deny one.
    const cdp = await context.newCDPSession(page);
    for (const name of ['clipboard-write', 'clipboard-read']) {
      await cdp.send('Browser.setPermission', { permission: { name }, setting: 'denied', origin: new URL(baseURL!).origin });
    }
    await page.goto(signedClaim.url);
    expect(await page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', () => 'refused'))).toBe('refused');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toBeVisible();
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    expect(selected).toBe(onServed(signedClaim.url, await servedOrigin(page)));
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the permalink and citations are still there to copy', async ({ page }) => {
    await page.goto(signedClaim.url);
    // The public address, or with none the page's own path, which works wherever the page is served.
    const canonical = (await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href'))) ?? new URL(signedClaim.url, 'http://x.invalid').pathname;
    await expect(page.getByRole('link', { name: canonical, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await page.getByText('Cite this claim', { exact: true }).click();
    await expect(page.locator('[data-cite-text="chicago"]')).toContainText(canonical);
  });
});
