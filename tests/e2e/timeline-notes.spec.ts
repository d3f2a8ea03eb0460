import { test, expect, type Page } from '@playwright/test';

/**
 * The chart read as a newsroom's annotated graphic, at 1280 and 375 px, in
 * the default view and the whole record, with JavaScript and without: story
 * notes sit in the plot by the marks they describe (joined by a leader when
 * not right by one), no text covers another or a mark, every label is by its
 * mark or led to it and never farther along time than the ticks' spacing,
 * the sequel view shows its axis break, lane names stay readable over a
 * break, and as of a day a later piece and the notes that tell of later
 * events are hidden. Written against the drawing, not against fixed ids.
 */
interface Box { x: number; y: number; w: number; h: number }

/** Farthest (CSS px) a label or a note may sit from its mark without a leader. */
const NEAR = 16;

const VIEWPORTS = [{ width: 1280, height: 800 }, { width: 375, height: 740 }];

function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w));
  const dy = Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h));
  return Math.hypot(dx, dy);
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

interface Frame {
  wide: boolean;
  /** The ticks' spacing along time on screen (the smallest distance between two neighbouring ticks). */
  tick: number;
  labels: { id: string; label: Box; mark: Box; leader: Box | null }[];
  notes: { id: string; text: Box; leader: Box | null; cited: Box[] }[];
  texts: { id: string; box: Box }[];
  symbols: { id: string; box: Box }[];
}

/** What the chart on screen draws: labels, notes, all texts and all symbols, with their boxes. */
async function frame(page: Page): Promise<Frame> {
  await expect(page.locator('svg.tl-svg >> visible=true')).toBeVisible();
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const wide = svg.classList.contains('tl-wide');
    const plot = svg.getBoundingClientRect();
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => !el.closest('[display="none"]') && getComputedStyle(el).display !== 'none' && !el.closest('.asof-later');
    const inside = (b: { x: number; y: number; w: number; h: number }) => b.x + b.w > plot.x && b.x < plot.right && b.y + b.h > plot.y && b.y < plot.bottom;
    const ticks = [...svg.querySelectorAll('.tl-grid line')].map((l) => {
      const r = l.getBoundingClientRect();
      return wide ? r.x : r.y;
    }).sort((a, b) => a - b);
    const spacing = ticks.slice(1).map((t, i) => t - ticks[i]!).filter((d) => d > 1);
    const marks = new Map([...svg.querySelectorAll('a.tl-mark')].map((a) => [a.getAttribute('data-id') ?? '', a]));
    const labels = [...marks.values()].flatMap((a) => {
      const text = a.querySelector('text.tl-label');
      if (!text || !shown(a) || !shown(text)) return [];
      const leader = a.querySelector('line.tl-leader');
      return [{ id: a.getAttribute('data-id') ?? '', label: box(text), mark: box(a.querySelector('.tl-symbol')!), leader: leader && shown(leader) ? box(leader) : null }];
    });
    const notes = [...svg.querySelectorAll('.tl-callout')].filter(shown).map((g) => {
      const leader = g.querySelector('line');
      const cited = (g.getAttribute('data-cites') ?? '').split(',').flatMap((id) => {
        const a = marks.get(id);
        if (!a || !shown(a)) return [];
        // The whole mark: its symbol, its bar, its line to the day it was made public (as the notes' placement measures it).
        const parts = [...a.querySelectorAll('.tl-symbol, .tl-bar, .tl-band, .tl-disclosed')].filter(shown).map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 || r.height > 0);
        const x = Math.min(...parts.map((r) => r.x));
        const y = Math.min(...parts.map((r) => r.y));
        return [{ x, y, w: Math.max(...parts.map((r) => r.right)) - x, h: Math.max(...parts.map((r) => r.bottom)) - y }];
      }).filter(inside);
      return { id: g.getAttribute('data-id') ?? '', text: box(g.querySelector('text')!), leader: leader && shown(leader) ? box(leader) : null, cited };
    });
    const texts = [...svg.querySelectorAll('text.tl-label, text.tl-written-label, text.tl-note, text.tl-break-label, .tl-lane-names text')].filter(shown).map((el) => ({ id: el.closest('[data-id]')?.getAttribute('data-id') ?? el.textContent ?? '', box: box(el) })).filter((t) => inside(t.box) && t.box.w > 0);
    const symbols = [...marks.values()].filter(shown).map((a) => ({ id: a.getAttribute('data-id') ?? '', box: box(a.querySelector('.tl-symbol')!) })).filter((s) => inside(s.box));
    return { wide, tick: Math.min(...spacing), labels, notes, texts, symbols };
  });
}

async function open(page: Page, view: 'default' | 'all' | 'next', js = true): Promise<void> {
  await page.goto('/timeline/');
  if (!js) return;
  await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
  if (view === 'all') {
    await page.getByRole('button', { name: 'Whole record' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^200/);
  }
  if (view === 'next') {
    await page.getByRole('button', { name: 'What happened next' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toMatch(/^2019-07/);
  }
}

function expectLabelsNear(f: Frame): void {
  expect(f.labels.length).toBeGreaterThan(5);
  for (const l of f.labels) {
    const d = gap(l.label, l.mark);
    if (d > NEAR) {
      expect(l.leader, `${l.id}'s label is ${d.toFixed(1)} px from its mark, with no leader`).not.toBeNull();
      expect(gap(l.leader!, l.mark), `${l.id}'s leader starts at its mark`).toBeLessThan(4);
      expect(gap(l.leader!, l.label), `${l.id}'s leader reaches its label`).toBeLessThan(4);
    }
    // Never farther along time than the neighbouring tick: a label that would be is dropped.
    const along = f.wide ? Math.max(0, l.label.x - (l.mark.x + l.mark.w), l.mark.x - (l.label.x + l.label.w)) : Math.max(0, l.label.y - (l.mark.y + l.mark.h), l.mark.y - (l.label.y + l.label.h));
    expect(along, `${l.id}'s label is ${along.toFixed(1)} px along time from its mark, past the ticks' spacing (${f.tick.toFixed(1)})`).toBeLessThanOrEqual(f.tick);
  }
}

function expectNotesInPlot(f: Frame): void {
  for (const n of f.notes) {
    expect(n.cited.length, `the note "${n.id}" is drawn only with a mark it describes in view`).toBeGreaterThan(0);
    const d = Math.min(...n.cited.map((m) => gap(n.text, m)));
    if (d > NEAR) {
      expect(n.leader, `the note "${n.id}" is ${d.toFixed(1)} px from its marks, with no leader`).not.toBeNull();
      expect(gap(n.leader!, n.text), `the note "${n.id}"'s leader starts at its text`).toBeLessThan(4);
      expect(Math.min(...n.cited.map((m) => gap(n.leader!, m))), `the note "${n.id}"'s leader reaches a mark it describes`).toBeLessThan(4);
    }
    // By its marks: within the chart's reach (150 px, scaled), not in a band of its own.
    expect(d, `the note "${n.id}" sits by its marks`).toBeLessThan(160);
  }
}

function expectNothingCovered(f: Frame): void {
  expect(f.texts.length).toBeGreaterThan(10);
  for (let i = 0; i < f.texts.length; i++) {
    for (let j = i + 1; j < f.texts.length; j++) {
      const [a, b] = [f.texts[i]!, f.texts[j]!];
      expect(overlaps(a.box, b.box), `"${a.id}" overlaps "${b.id}"`).toBe(false);
    }
  }
  // A note covers no mark.
  for (const n of f.notes) for (const s of f.symbols) expect(overlaps(n.text, s.box), `the note "${n.id}" covers the mark ${s.id}`).toBe(false);
}

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    for (const view of ['default', 'all'] as const) {
      test(`${view} view: story notes by their marks, labels by theirs, nothing covered`, async ({ page }) => {
        await open(page, view);
        const f = await frame(page);
        if (view === 'default') expect(f.notes.length, 'the story notes of the default view are in the plot').toBeGreaterThanOrEqual(3);
        expectLabelsNear(f);
        expectNotesInPlot(f);
        expectNothingCovered(f);
      });
    }

    // Without the script only the default view is drawn (the whole record is a zoom away), so it alone is checked.
    test('default view without JavaScript: the build draws the same promises', async ({ browser }) => {
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await open(page, 'default', false);
      const f = await frame(page);
      expect(f.notes.length).toBeGreaterThanOrEqual(3);
      expectLabelsNear(f);
      expectNotesInPlot(f);
      expectNothingCovered(f);
      await context.close();
    });

    test('"What happened next" shows an axis break, labelled, with no text over it', async ({ page }) => {
      await open(page, 'next');
      const svg = page.locator('svg.tl-svg >> visible=true');
      const band = svg.locator('rect.tl-break-band').filter({ visible: true });
      await expect.poll(() => band.count()).toBeGreaterThanOrEqual(1);
      const shown = await svg.evaluate((el) => {
        const plot = el.getBoundingClientRect();
        return [...el.querySelectorAll('rect.tl-break-band')].map((r) => r.getBoundingClientRect()).filter((r) => r.right > plot.x + 1 && r.x < plot.right - 1 && r.bottom > plot.y + 1 && r.y < plot.bottom - 1 && r.width > 8 && r.height > 8).length;
      });
      expect(shown, 'a break band lies in the view').toBeGreaterThanOrEqual(1);
      await expect(svg.locator('text.tl-break-label').filter({ hasText: 'not to scale' }).filter({ visible: true }).first()).toBeVisible();
      expectNothingCovered(await frame(page));
    });

    test('a break at the view’s start never covers the lanes’ names', async ({ page }) => {
      await open(page, 'all');
      // SVG paints in document order: every lane's name comes after every break band, so it is drawn over them.
      const under = await page.locator('svg.tl-svg >> visible=true').evaluate((svg) => {
        const bands = [...svg.querySelectorAll('rect.tl-break-band')];
        return [...svg.querySelectorAll('.tl-lane-label')].filter((t) => bands.some((b) => Boolean(t.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING))).map((t) => t.textContent);
      });
      expect(await page.locator('svg.tl-svg >> visible=true').locator('rect.tl-break-band').count()).toBeGreaterThan(0);
      expect(under).toEqual([]);
    });
  });
}

test.describe('as of a day', () => {
  for (const viewport of VIEWPORTS) {
    test(`as of 26 March 2018, at ${viewport.width}: the later piece's marker and the notes on later events are hidden`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/timeline/?asof=2018-03-26');
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      const svg = page.locator('svg.tl-svg >> visible=true');
      // Ching wrote in March 2018 (shown); the unsigned piece's window came later (hidden).
      await expect(svg.locator('text.tl-written-label').filter({ hasText: /^Ching/ })).toBeVisible();
      await expect(svg.locator('text.tl-written-label').filter({ hasText: /Unsigned/ })).toBeHidden();
      const laterPieces = await svg.locator('g.tl-written').evaluateAll((gs) => gs.filter((g) => getComputedStyle(g).display !== 'none').length);
      expect(laterPieces).toBe(1);
      // Notes citing later events (the four visits, Xi's state visit) go; the years without travel, which ended with the first visit, stay.
      await expect(svg.locator('.tl-callout[data-id="four-visits"]')).toBeHidden();
      await expect(svg.locator('.tl-callout[data-id="xi-state-visit"]')).toBeHidden();
      await expect(svg.locator('.tl-callout[data-id="years-without-travel"] text')).toBeVisible();
    });
  }
});
