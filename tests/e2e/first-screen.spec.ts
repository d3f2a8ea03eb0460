import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; piece: string; quote: string; record: { statusLabel: string; line: string } }[];

/**
 * A piece's margin notes sit beside their paragraph on wide screens and
 * under it on narrow ones; either way a reader must be able to see them.
 * Each note's centre is hit-tested: something drawn over it, or a clip on
 * an ancestor, makes the point land elsewhere.
 */
for (const width of [1280, 375]) {
  test(`every margin note is visible at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/articles/ching-mend-ties/', { waitUntil: 'networkidle' });
    const notes = page.locator('.margin-notes');
    expect(await notes.count()).toBeGreaterThan(0);
    for (const note of await notes.all()) {
      await note.scrollIntoViewIfNeeded();
      const seen = await note.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 10));
        return { inside: hit !== null && el.contains(hit), right: r.right, viewport: innerWidth, text: el.textContent?.trim().slice(0, 40) };
      });
      expect(seen.inside, `note "${seen.text}" is hidden`).toBe(true);
      expect(seen.right, `note "${seen.text}" runs past the screen`).toBeLessThanOrEqual(seen.viewport);
    }
  });
}

/**
 * A reader opens a piece to read it: on a laptop screen the piece's own
 * first lines are on the first screen, with what the author could know
 * beside the title block rather than above the text.
 */
for (const slug of ['ching-mend-ties', 'china-doing-for-north-korea']) {
  test(`${slug}: the text starts on the first screen at 1280×800`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/articles/${slug}/`);
    const first = page.locator('.piece-body p').first();
    const box = await first.boundingBox();
    expect(box, 'the first paragraph is drawn').not.toBeNull();
    expect(box!.y + 24, 'the first line of the piece is above the fold').toBeLessThanOrEqual(800);
    const rail = await page.locator('.piece-rail').boundingBox();
    expect(rail!.x, 'what the author could know sits beside the text').toBeGreaterThanOrEqual(box!.x + box!.width);
  });
}

/**
 * On a phone, what the author could know folds under the provenance, its
 * summary giving the gist, so the piece's text comes sooner; opened, it
 * holds the whole panel. On a laptop it is open beside the text, with no
 * summary to press.
 */
test('what the author could know folds on a phone, with its gist, and is open on a laptop', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/articles/ching-mend-ties/');
  const summary = page.locator('.piece-rail > summary');
  await expect(summary).toHaveText(/^What the author could know\s*1 event still secret when written · \d+ came after$/);
  const secret = page.locator('.piece-rail [data-horizon="hidden"]');
  await expect(secret).toBeHidden();
  const folded = (await page.locator('.piece-body p').first().boundingBox())!.y;
  await summary.click();
  await expect(secret).toBeVisible();
  await expect(secret).toContainText('Kim Jong Un visits Beijing');
  // Folded, the panel took a summary's room, not the panel's: the text started that much sooner.
  const panel = (await page.locator('.piece-rail .horizon').boundingBox())!.height;
  expect((await page.locator('.piece-body p').first().boundingBox())!.y - folded).toBeGreaterThan(panel / 2);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await expect(summary).toBeHidden();
  await expect(secret).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What the author could know' })).toBeVisible();
});

/**
 * A reader opens a claim to see how it held up: the quote, who said it where
 * and when, and the record's verdict (status and line) are on the first
 * screen, in both colour schemes; the full record follows.
 */
for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a claim's quote, byline, status and record line are on the first screen at ${viewport.width}×${viewport.height}, ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      for (const id of ['china-out-in-the-cold', 'xi-reply-will-be-careful', 'three-party-talks-deadlocked']) {
        const claim = claims.find((c) => c.id === id)!;
        await page.goto(`/claims/${id}/`);
        const parts = {
          quote: page.locator('#quote h1'),
          byline: page.locator('.claim-byline'),
          status: page.locator('.claim-main > .verdict .status'),
          line: page.locator('.claim-main > .verdict .record-line'),
        };
        await expect(parts.quote).toContainText(claim.quote);
        await expect(parts.byline).toContainText(claim.piece === 'ching-mend-ties' ? 'Frank Ching, EJ Insight, 26 March 2018' : 'Unsigned');
        await expect(parts.status).toHaveText(claim.record.statusLabel);
        await expect(parts.line).toHaveText(claim.record.line);
        for (const [name, locator] of Object.entries(parts)) {
          await expect(locator, `${id}: ${name}`).toBeVisible();
          const box = (await locator.boundingBox())!;
          expect(box.y + box.height, `${id}: the ${name} is above the fold`).toBeLessThanOrEqual(viewport.height);
        }
        // The status reads against the page in either scheme: its text is not the background's colour.
        const [fg, bg] = await parts.status.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
        expect(fg).not.toBe(bg);
        expect(await page.title()).toMatch(/^“.*” · Lips and Teeth$/);
      }
    });
  }
}

/** The chronology's filters fit in two rows on a phone, so its first events are on the first screen. */
test('the chronology shows its first event on the first screen at 375×740', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/events/');
  const first = page.locator('ol.chrono li a').first();
  const box = await first.boundingBox();
  expect(box!.y + box!.height, 'the first event link is above the fold').toBeLessThanOrEqual(740);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
