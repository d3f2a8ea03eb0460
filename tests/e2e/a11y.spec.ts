import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGE_TYPES } from './pages.ts';

/**
 * WCAG 2.2 A and AA, as axe checks them, on every page type: every rule in
 * the light colour scheme; in the dark one, only what the scheme changes,
 * the colours (text contrast, and links told from text by contrast), since
 * structure, names and roles are the same markup in both. Pages are checked
 * after the network settles, so what scripts add (timeline drawing, search
 * results) is checked too.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
// One cold axe run costs about 7–8 CPU seconds a page (loading axe into the
// page and into a blank one, then its rules); no part of a page dominates it.
// With two workers on a busy two-core machine that is 20–40 s of wall time.
// A time limit here would test the machine, not the page.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    for (const { name, path } of PAGE_TYPES) {
      test(`${name} (${path}) has no WCAG A/AA ${colorScheme === 'dark' ? 'colour ' : ''}violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.getByRole('main')).toBeVisible();
        // The page really is drawn in this scheme, so axe measures the dark colours in dark mode.
        const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).match(/\d+/g)!.map(Number) as [number, number, number];
        const lightness = (Math.max(r, g, b) + Math.min(r, g, b)) / 510;
        if (colorScheme === 'dark') expect(lightness).toBeLessThan(0.25);
        else expect(lightness).toBeGreaterThan(0.75);
        const axe = new AxeBuilder({ page }).withTags(WCAG_TAGS);
        const { violations } = await (colorScheme === 'dark' ? axe.withRules(COLOUR_RULES) : axe).analyze();
        const report = violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
        expect(report, report.join('\n')).toEqual([]);
      });
    }
  });
}
