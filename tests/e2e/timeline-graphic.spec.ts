import { test, expect, type Page } from '@playwright/test';
import { violations, wcagAxe } from './axe.ts';
import { chartModel } from './chart-model.ts';
import { readFileSync } from 'node:fs';

/**
 * The timeline read as a graphic: the story's marks loud and the rest quiet,
 * five glyphs in an open key, no direction written as a text prefix, every
 * mark's accessible name starting with its label, and a time axis that
 * breaks between clusters of contacts and reaches what happened next in one
 * step. Written against properties of the data, so it holds whatever events
 * the record holds.
 */
interface EventRow { id: string; start: string; lane: string }
const events = JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[];

const visibleChart = (page: Page) => page.locator('svg.tl-svg >> visible=true');

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width}×${viewport.height}, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });

      test('the meetings are labelled larger and bolder than the rest; no label starts with a direction', async ({ page }) => {
        await page.goto('/timeline/');
        await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
        const styles = await visibleChart(page).evaluate((svg) => [...svg.querySelectorAll('a.tl-mark')].flatMap((a) => {
          const t = a.querySelector('text.tl-label');
          if (!t || t.closest('[display="none"]')) return [];
          const cs = getComputedStyle(t);
          return [{ lead: a.classList.contains('em-lead'), size: parseFloat(cs.fontSize), weight: Number(cs.fontWeight), text: t.textContent ?? '' }];
        }));
        const lead = styles.filter((s) => s.lead);
        const rest = styles.filter((s) => !s.lead);
        expect(lead.length).toBeGreaterThanOrEqual(5);
        expect(rest.length).toBeGreaterThan(10);
        for (const l of lead) for (const r of rest) expect(l.size > r.size || l.weight > r.weight, `"${l.text}" stands out from "${r.text}"`).toBe(true);
        for (const s of styles) expect(s.text, 'no direction prefix').not.toMatch(/^\s*(→|⇄|←)/);
      });

      test('the key is open, shows at most five glyph kinds, and every mark is named by its label first', async ({ page }) => {
        await page.goto('/timeline/');
        const key = page.locator('.tl-legend');
        await expect(key).toBeVisible();
        expect(await key.locator('.tl-key').first().locator('li').count()).toBeLessThanOrEqual(5);
        const named = await visibleChart(page).evaluate((svg) => [...svg.querySelectorAll('a.tl-mark')].flatMap((a) => {
          const t = a.querySelector('text.tl-label');
          return t && !t.closest('[display="none"]') ? [{ label: t.textContent ?? '', name: a.getAttribute('aria-label') ?? '' }] : [];
        }));
        // A label cut on a phone ("UNSC Reso…") still begins the name.
        for (const n of named) expect(n.name.startsWith(n.label.replace(/…$/, '')), `"${n.name}" starts with "${n.label}"`).toBe(true);
        const found = await violations(wcagAxe(page, ['label-content-name-mismatch']).include('main'));
        expect(found, found.join('\n')).toEqual([]);
      });

      test('"What happened next" shows the record after June 2019 in one step, each China–DPRK contact drawn and labelled or listed', async ({ page }) => {
        await page.goto('/timeline/');
        await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
        await page.getByRole('button', { name: 'What happened next' }).click();
        await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^2019-07/);
        const later = events.filter((e) => e.lane === 'china-dprk' && e.start >= '2019-07-01').map((e) => e.id);
        expect(later.length).toBeGreaterThan(0);
        for (const id of later) {
          const mark = visibleChart(page).locator(`a.tl-mark[data-id="${id}"]`);
          await expect(mark).toBeVisible();
          const labelled = await mark.locator('text.tl-label:not([display="none"])').count();
          const listed = await page.locator(`.tl-list [data-id="${id}"], .tl-list a[href$="/events/${id}/"]`).count();
          expect(labelled + listed, `${id} is labelled or listed`).toBeGreaterThan(0);
        }
        // The story's marks in the sequel, the Kim–Xi meetings, are named in the plot: by their label or by a story note drawn beside them.
        const unnamed = await visibleChart(page).evaluate((svg, sequel) => {
          const noted = new Set([...svg.querySelectorAll('.tl-callout:not([display="none"])')].flatMap((g) => (g.getAttribute('data-cites') ?? '').split(',')));
          return [...svg.querySelectorAll('a.tl-mark.em-lead')]
            .filter((a) => sequel.includes(a.getAttribute('data-id') ?? ''))
            .filter((a) => !a.querySelector('text.tl-label:not([display="none"])') && !noted.has(a.getAttribute('data-id') ?? ''))
            .map((a) => a.getAttribute('data-id'));
        }, later);
        expect(await visibleChart(page).locator('a.tl-mark.em-lead').evaluateAll((as, sequel) => as.filter((a) => sequel.includes(a.getAttribute('data-id') ?? '')).length, later), 'meetings in the sequel').toBeGreaterThan(0);
        expect(unnamed, 'meetings in view with neither a label nor a story note').toEqual([]);
      });
    });
  }
}

test.describe('the broken axis', () => {
  /** Gaps between consecutive moments on the record longer than this are drawn as a break. */
  const YEAR = 366 * 86_400_000;
  const days = events.map((e) => Date.parse(e.start)).sort((a, b) => a - b);
  const gaps = days.slice(1).filter((d, i) => d - days[i]! > YEAR + 62 * 86_400_000).length;

  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
    test(`the whole record draws each of its breaks, labelled, with no tick inside one, at ${viewport.width}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/timeline/');
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      // The breaks the build worked out (src/timeline/model/axis-break.ts, unit-tested); the record's own dates
      // say independently whether there must be one: moments more than a year apart always break the axis.
      const breaks = (await chartModel(page)).time.breaks.length;
      if (gaps > 0) expect(breaks, 'gaps of over a year on the record').toBeGreaterThanOrEqual(1);
      await page.getByRole('button', { name: 'Whole record' }).click();
      const bands = visibleChart(page).locator('rect.tl-break-band');
      await expect(bands).toHaveCount(breaks);
      await expect(visibleChart(page).locator('text.tl-break-label')).toHaveCount(breaks);
      for (const label of await visibleChart(page).locator('text.tl-break-label').all()) await expect(label).toContainText('not to scale');
      // No axis tick is drawn inside a break.
      const inside = await visibleChart(page).evaluate((svg) => {
        const wide = svg.classList.contains('tl-wide');
        const span = (el: Element) => {
          const r = el.getBoundingClientRect();
          return wide ? [r.left, r.right] : [r.top, r.bottom];
        };
        const bandSpans = [...svg.querySelectorAll('rect.tl-break-band')].map(span);
        const ticks = [...svg.querySelectorAll('.tl-grid line')].map((l) => span(l)[0]!);
        return ticks.filter((t) => bandSpans.some(([a, b]) => t > a! + 0.5 && t < b! - 0.5)).length;
      });
      expect(inside).toBe(0);
    });
  }

  test('the address keeps real dates across a break', async ({ page }) => {
    await page.goto('/timeline/?from=2003-01&to=2019-12');
    await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
    await expect(page.locator('.tl-range')).toContainText('2003');
    await expect(page.locator('.tl-range')).toContainText('2019');
  });
});
