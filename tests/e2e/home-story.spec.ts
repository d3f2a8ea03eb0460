import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * The home page tells the thaw of 2017–2019 and says that the record runs on:
 * its counts agree with the arc drawn from the same data, and no stem of the
 * arc runs through a label, on a desktop and on a phone.
 */
const events = new Map((JSON.parse(readFileSync('dist/events.json', 'utf8')) as { id: string; start: string }[]).map((e) => [e.id, e]));
const STORY_END = '2019-06-30';
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The Kim–Xi meetings the visible arc links, split at the story's end. */
async function arcMeetings(page: Page, svg: string): Promise<{ story: string[]; later: string[] }> {
  const hrefs = await page.locator(`${svg} a:has(circle.arc-meeting)`).evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const starts = hrefs.map((h) => events.get(h.replace(/^.*\/events\/([^/]+)\/$/, '$1'))!.start);
  return { story: starts.filter((s) => s <= STORY_END), later: starts.filter((s) => s > STORY_END) };
}

/** Pairs of (stem, label) that touch on screen, the stem not being the label's own. */
async function stemsThroughLabels(page: Page, svg: string): Promise<string[]> {
  return page.locator(svg).evaluate((root) => {
    const links = [...root.querySelectorAll('a')].filter((a) => a.querySelector('line.arc-stem') && a.querySelector('text.arc-label'));
    const found: string[] = [];
    for (const own of links) {
      const stem = own.querySelector('line.arc-stem')!.getBoundingClientRect();
      for (const other of links) {
        if (other === own) continue;
        const text = other.querySelector('text.arc-label')!;
        const box = text.getBoundingClientRect();
        const crossesX = stem.left < box.right && stem.right > box.left;
        const crossesY = stem.top < box.bottom && stem.bottom > box.top;
        if (crossesX && crossesY) found.push(`${own.querySelector('text.arc-label')!.textContent} stem through ${text.textContent}`);
      }
    }
    return found;
  });
}

for (const { width, height, svg } of [
  { width: 1280, height: 800, svg: '.story-arc svg.arc-wide' },
  { width: 375, height: 740, svg: '.story-arc svg.arc-narrow' },
]) {
  test.describe(`home at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test('the headline counts the thaw\'s meetings and the standfirst the later ones, as the arc draws them', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator(svg)).toBeVisible();
      const { story, later } = await arcMeetings(page, svg);
      expect(story.length).toBeGreaterThan(0);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`to ${WORDS[story.length] ?? story.length} summits`);
      const sequel = page.locator('.home-sequel');
      await expect(sequel).toHaveAttribute('data-later-meetings', String(later.length));
      await expect(sequel).toContainText('the record runs on to');
      await expect(page.locator('.story-arc figcaption')).toContainText(`the ${story.length + later.length} Kim–Xi meetings`);
      await expect(page.locator('.reading-path')).not.toContainText('Four visits');
    });

    test('no stem of the arc runs through another meeting\'s label', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator(svg)).toBeVisible();
      expect(await page.locator(`${svg} text.arc-label`).count()).toBeGreaterThan(2);
      expect(await stemsThroughLabels(page, svg)).toEqual([]);
    });
  });
}
