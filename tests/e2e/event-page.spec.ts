import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * An event page tells a reader at a glance how the event rests on the record
 * ("About the sources": how many sources, why one only, any correction) and
 * keeps the file's longer notes on the evidence, word for word, folded away
 * until asked for.
 */

/** The event file's body paragraphs, whitespace folded, as the page shows them. */
function bodyNotes(id: string): string[] {
  const text = readFileSync(`content/events/${id}.md`, 'utf8');
  const body = text.split(/^---$/m).slice(2).join('---');
  return body.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

// A shared, busy machine can be slow to serve a page; the checks themselves are quick.
test.describe.configure({ timeout: 90_000 });

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with scripts' : 'without scripts', () => {
    test.use({ javaScriptEnabled });

    test('a long note on the evidence is folded under "Notes on the evidence", whole, and opens on demand', async ({ page }) => {
      const id = 'unsc-resolution-2397';
      const notes = bodyNotes(id);
      expect(notes.length).toBeGreaterThan(1);
      await page.goto(`/events/${id}/`);
      const about = page.getByRole('complementary', { name: 'About the sources' });
      await expect(about).toContainText('5 sources, all primary: listed below.');
      const details = about.locator('details');
      await expect(details).not.toHaveAttribute('open');
      const shown = about.locator('details p');
      await expect(shown.first()).toBeHidden();
      await about.getByText('Notes on the evidence').click();
      await expect(shown.first()).toBeVisible();
      expect((await shown.allTextContents()).map(fold)).toEqual(notes);
      // Outside the fold, the page no longer prints the notes at length.
      const outside = await page.locator('article > p').allTextContents();
      for (const note of notes) expect(outside.map(fold)).not.toContain(note);
    });
  });
}

test('a single-source event says why, in the panel under the summary', async ({ page }) => {
  await page.goto('/events/hua-chunying-politeness-remark/');
  const about = page.getByRole('complementary', { name: 'About the sources' });
  await expect(about).toContainText('1 source, not primary');
  // The reason is the event's own, as its file gives it (a double-quoted YAML string).
  const file = readFileSync('content/events/hua-chunying-politeness-remark.md', 'utf8');
  const reason = JSON.parse(/^singleSourceReason: (".*")$/m.exec(file)![1]!) as string;
  expect(reason.length).toBeGreaterThan(40);
  await expect(about).toContainText(`One source only: ${reason}`);
  // The panel comes right after the summary, before the list of sources.
  const order = await page.locator('article').evaluate((a) => {
    const panel = a.querySelector('.about-sources')!;
    const list = a.querySelector('#sources')!;
    return panel.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
});

test('a corrected event shows the correction and its date in the panel, open', async ({ page }) => {
  await page.goto('/events/li-zhanshu-dprk-70th-anniversary/');
  const about = page.getByRole('complementary', { name: 'About the sources' });
  const corrected = about.locator('.corrected');
  await expect(corrected).toBeVisible();
  await expect(corrected).toContainText('Corrected 29 November 2026: End date corrected from 10 to 11 September 2018');
  await expect(corrected.locator('time')).toHaveAttribute('datetime', '2026-11-29');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });
  test('the panel, notes folded, stays short enough to read at a glance', async ({ page }) => {
    // An event with long notes on the evidence and no correction: the notes fold away, leaving the counts, the
    // day it was made public and the notes' one-line summary (about ten lines at 375 px).
    await page.goto('/events/global-times-editorial-march-2018/');
    const box = (await page.locator('.about-sources').boundingBox())!;
    expect(box.height).toBeLessThan(260);
  });
});
