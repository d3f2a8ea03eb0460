import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DROPPED_ON_PHONE } from './phone-labels.ts';

/**
 * Labels read at a glance: whole and at least 12 px on a phone, beside their
 * marks (or joined to them by a leader line) at both sizes, in time order down
 * the phone chart, and the phone chart fits a 320-px screen without sideways
 * scroll. In every view, at both sizes (and on a phone with an 8× slower CPU),
 * no label, "written here" label or story note touches a mark, labelled or
 * not; on the phone every label reads as its own mark's, never as another's of
 * its lane. Without JavaScript the build's drawing keeps the same promises.
 */
interface EventRow { id: string; start: string; direction: string | null; label: string }
const events = JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[];
const contacts = events.filter((e) => e.direction !== null && e.start >= '2017-10-01' && e.start <= '2019-06-30');

/** Farthest (CSS px) a label may sit from its mark without a leader line. */
const NEAR = 16;

interface Box { x: number; y: number; w: number; h: number }
interface Drawn { id: string; lane: string; kind: string; anchor: number; text: string; font: number; label: Box; mark: Box; leader: Box | null; chartRight: number }

/** Each shown label of the chart on screen: its text, rendered font size, box, its mark's box and its leader's. */
async function drawnLabels(page: Page): Promise<Drawn[]> {
  await expect(page.locator('svg.tl-svg >> visible=true')).toBeVisible();
  return page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const chartRight = svg.getBoundingClientRect().right;
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height };
    };
    const shown = (el: Element) => !el.closest('[display="none"]') && getComputedStyle(el).display !== 'none';
    return [...svg.querySelectorAll('a.tl-mark')].flatMap((a) => {
      const text = a.querySelector('text.tl-label');
      if (!text || !shown(a) || !shown(text)) return [];
      const leader = a.querySelector('line.tl-leader');
      return [{
        id: a.getAttribute('data-id') ?? '',
        lane: a.getAttribute('data-lane') ?? '',
        kind: a.getAttribute('data-kind') ?? '',
        anchor: Number(a.getAttribute('data-anchor')),
        text: text.textContent ?? '',
        font: parseFloat(getComputedStyle(text).fontSize) * scale,
        label: box(text),
        mark: box(a.querySelector('.tl-symbol')!),
        leader: leader && shown(leader) ? box(leader) : null,
        chartRight,
      }];
    });
  });
}

/** Gap between two boxes (0 when they touch or overlap). */
function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w));
  const dy = Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h));
  return Math.hypot(dx, dy);
}

function expectBesideOrLed(labels: Drawn[]): void {
  for (const l of labels) {
    const distance = gap(l.label, l.mark);
    if (distance <= NEAR) continue;
    expect(l.leader, `${l.id}'s label is ${distance.toFixed(1)} px from its mark, with no leader`).not.toBeNull();
    // The leader runs from the mark to the label.
    expect(gap(l.leader!, l.mark), `${l.id}'s leader starts at its mark`).toBeLessThan(4);
    expect(gap(l.leader!, l.label), `${l.id}'s leader reaches its label`).toBeLessThan(4);
  }
}

/**
 * On the phone, no label is farther along time from its mark than the ticks'
 * least spacing (44 px, drawn at 1:1 at 375 px): a label with no room that
 * near is dropped, never drawn by another month's events.
 */
const TICK_SPACING = 44;
function expectWithinATick(labels: Drawn[]): void {
  for (const l of labels) {
    const along = Math.max(0, l.label.y - (l.mark.y + l.mark.h), l.mark.y - (l.label.y + l.label.h));
    expect(along, `${l.id}'s label is ${along.toFixed(1)} px along time from its mark`).toBeLessThanOrEqual(TICK_SPACING);
  }
}

/** A summit's or meeting's name is never cut: at most shorn of a closing aside in brackets, never ended with "…". */
function expectMeetingsWhole(labels: Drawn[]): void {
  for (const l of labels.filter((x) => ['summit', 'visit', 'talks'].includes(x.kind))) expect(l.text, `${l.id}'s label`).not.toContain('…');
}

/** Down the phone chart, the China–DPRK labels keep time order: an earlier contact's label is never below a later one's. */
function expectTimeOrder(labels: Drawn[]): void {
  const ordered = labels.filter((l) => l.lane === 'china-dprk').sort((a, b) => a.anchor - b.anchor);
  expect(ordered.length).toBeGreaterThan(15);
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] = [ordered[i - 1]!, ordered[i]!];
    if (a.anchor === b.anchor) continue;
    expect(a.label.y, `${a.id}'s label sits above ${b.id}'s, as it happened first`).toBeLessThan(b.label.y);
  }
}

/** No two drawn texts of the chart on screen intersect: marks' labels, "written here" labels and callout titles. */
async function expectNoOverlap(page: Page, atLeast = 20): Promise<void> {
  const boxes = await page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const shown = (el: Element) => !el.closest('[display="none"]') && getComputedStyle(el).display !== 'none';
    return [...svg.querySelectorAll('text.tl-label, text.tl-written-label, .tl-callout text')].filter(shown).map((el) => {
      const r = el.getBoundingClientRect();
      return { id: el.closest('a')?.getAttribute('data-id') ?? el.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
    });
  });
  expect(boxes.length).toBeGreaterThan(atLeast);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      const overlap = a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
      expect(overlap, `"${a.id}" overlaps "${b.id}"`).toBe(false);
    }
  }
}

/**
 * No mark's label, "written here" label or story note covers or touches a
 * mark's symbol, a labelled one's or an unlabelled one's (its own aside).
 */
async function expectNoTextOverMark(page: Page): Promise<void> {
  const covered = await page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const shown = (el: Element) => !el.closest('[display="none"]') && getComputedStyle(el).display !== 'none';
    const plot = svg.getBoundingClientRect();
    const symbols = [...svg.querySelectorAll('a.tl-mark .tl-symbol')].filter(shown).map((el) => ({ id: el.closest('a')?.getAttribute('data-id') ?? '', r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.right > plot.left && r.left < plot.right && r.bottom > plot.top && r.top < plot.bottom);
    const texts = [...svg.querySelectorAll('text.tl-label, text.tl-written-label, .tl-callout text')].filter(shown).map((el) => ({ id: el.closest('a')?.getAttribute('data-id') ?? el.textContent ?? '', r: el.getBoundingClientRect() }));
    // Touching counts: a text's box (its glyphs' full line height) may not reach a symbol's.
    const hit = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return texts.flatMap((t) => symbols.filter((m) => m.id !== t.id && hit(t.r, m.r)).map((m) => `"${t.id}" covers the mark of ${m.id}`));
  });
  expect(covered).toEqual([]);
}

/**
 * On the phone a reader takes a label for the mark of its lane its text is
 * most level with (or, level with none, the nearest): for no drawn label is
 * that another mark, labelled or not, by more than 1.5 px (the model's pixel
 * of slack and the symbol's outline). A label's text runs from its box's top
 * to its baseline, 3 px above the box's foot, as drawn. A lead mark's or a
 * summit's label with no such place may share a line with another mark, but
 * is then level with its own. Returns how many labels were checked.
 */
async function expectReadAsOwn(page: Page): Promise<number> {
  const found = await page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const shown = (el: Element) => !el.closest('[display="none"]') && getComputedStyle(el).display !== 'none';
    const plot = svg.getBoundingClientRect();
    const marks = [...svg.querySelectorAll('a.tl-mark')].filter(shown).map((a) => ({
      id: a.getAttribute('data-id') ?? '',
      lane: a.getAttribute('data-lane') ?? '',
      kept: a.classList.contains('em-lead') || a.getAttribute('data-kind') === 'summit',
      symbol: a.querySelector('.tl-symbol')!.getBoundingClientRect(),
      label: a.querySelector('text.tl-label'),
    })).filter((m) => m.symbol.height > 0 && m.symbol.bottom > plot.top && m.symbol.top < plot.bottom);
    /** The gap between the text and a symbol along time, or less than zero by their overlap. */
    const separation = (top: number, bottom: number, r: DOMRect) => Math.max(top, r.top) - Math.min(bottom, r.bottom);
    let checked = 0;
    const misread: string[] = [];
    for (const m of marks) {
      if (!m.label || !shown(m.label)) continue;
      checked++;
      const box = m.label.getBoundingClientRect();
      const own = separation(box.top, box.bottom - 3, m.symbol);
      const other = marks.filter((o) => o.id !== m.id && o.lane === m.lane && separation(box.top, box.bottom - 3, o.symbol) < own - 1.5);
      if (other.length > 0 && !(m.kept && own < -1)) misread.push(`${m.id}'s label reads as ${other.map((o) => o.id).join(', ')}'s (own ${own.toFixed(1)} px)`);
    }
    return { checked, misread };
  });
  expect(found.misread).toEqual([]);
  return found.checked;
}

/**
 * Every tick label of the axis lies inside the chart's SVG box (the frame
 * clips what runs past it: "Sep 2025" once read "ep 2025" on a phone).
 */
async function expectTicksInside(page: Page): Promise<void> {
  const outside = await page.evaluate(() => {
    const svg = [...document.querySelectorAll<SVGSVGElement>('svg.tl-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const b = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll('.tl-axis text')];
    return {
      count: labels.length,
      outside: labels.map((t) => ({ text: t.textContent ?? '', r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.left < b.left || r.right > b.right || r.top < b.top || r.bottom > b.bottom)
        .map(({ text, r }) => `"${text}" at ${r.left.toFixed(1)}–${r.right.toFixed(1)} × ${r.top.toFixed(1)}–${r.bottom.toFixed(1)}, chart ${b.left.toFixed(1)}–${b.right.toFixed(1)} × ${b.top.toFixed(1)}–${b.bottom.toFixed(1)}`),
    };
  });
  expect(outside.count).toBeGreaterThan(3);
  expect(outside.outside).toEqual([]);
}


/**
 * Every China–DPRK contact of the default view has a whole label of at least
 * 12 px, inside the chart; on the phone (`narrow`) all but DROPPED_ON_PHONE,
 * which have none.
 */
function expectWholeContactLabels(labels: Drawn[], narrow = false): void {
  const byId = new Map(labels.map((l) => [l.id, l]));
  expect(contacts.length).toBeGreaterThan(15);
  for (const c of contacts) {
    const l = byId.get(c.id);
    if (narrow && DROPPED_ON_PHONE.includes(c.id)) {
      expect(l, `${c.id} has no label on the phone`).toBeUndefined();
      continue;
    }
    expect(l, `${c.id} has a visible label`).toBeDefined();
    expect(l!.text.endsWith(c.label), `${c.id} reads "${c.label}" whole, not "${l!.text}"`).toBe(true);
    expect(l!.text).not.toContain('…');
    expect(l!.font, `${c.id}'s label renders at ${l!.font} px`).toBeGreaterThanOrEqual(12);
    // Whole on screen: inside the chart (which clips what runs past its edge).
    expect(l!.label.x + l!.label.w, `${c.id}'s label ends inside the chart`).toBeLessThanOrEqual(l!.chartRight + 0.5);
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`375×740, ${colorScheme}`, () => {
    test.use({ viewport: { width: 375, height: 740 }, colorScheme });

    test('every China–DPRK contact has a whole label of at least 12 px, beside its mark or led to it', async ({ page }) => {
      await page.goto('/timeline/');
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      const labels = await drawnLabels(page);
      expectWholeContactLabels(labels, true);
      expectBesideOrLed(labels);
    });

    test('every label reads as its own mark\'s, not another of its lane', async ({ page }) => {
      await page.goto('/timeline/');
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      expect(await expectReadAsOwn(page)).toBeGreaterThan(25);
      // "Xi visit rumoured" once sat 40 px below its mark, level with the art troupe's: it and the troupe's label are
      // each level with their own marks (the 4th visit's label moves up half a line to make room).
      for (const id of ['xi-visit-rumoured', 'xi-meets-dprk-art-troupe-2019']) {
        const own = await page.locator(`svg.tl-narrow a[data-id="${id}"]`).evaluate((a) => {
          const [l, m] = [a.querySelector('text.tl-label')!.getBoundingClientRect(), a.querySelector('.tl-symbol')!.getBoundingClientRect()];
          return Math.min(l.bottom - 3, m.bottom) - Math.max(l.top, m.top);
        });
        expect(own, `${id}'s label overlaps its mark`).toBeGreaterThan(1);
      }
    });

    test('the China–DPRK labels keep time order down the chart', async ({ page }) => {
      await page.goto('/timeline/');
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      expectTimeOrder(await drawnLabels(page));
      await expectNoOverlap(page);
    });
  });
}

test.describe('1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  for (const url of ['/timeline/', '/timeline/?from=1990-01&to=2030-12']) {
    test(`labels sit beside their marks or are led to them: ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
      const labels = await drawnLabels(page);
      expect(labels.length).toBeGreaterThan(url === '/timeline/' ? 30 : 5);
      expectBesideOrLed(labels);
      // In the default view, a label by its mark on its row is within a few pixels of it.
      if (url === '/timeline/') expect(labels.filter((l) => l.leader === null).every((l) => gap(l.label, l.mark) <= 8)).toBe(true);
    });
  }

  test('zooming in labels more marks, each still beside its mark or led to it', async ({ page }) => {
    await page.goto('/timeline/?from=1990-01&to=2030-12');
    await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
    // The events of spring 2018, labelled in the whole record and then zoomed in on them.
    const spring = new Set(events.filter((e) => e.start >= '2018-02-20' && e.start <= '2018-07-10').map((e) => e.id));
    const inSpring = (labels: Drawn[]) => labels.filter((l) => spring.has(l.id)).length;
    const before = inSpring(await drawnLabels(page));
    await page.goto('/timeline/?from=2018-02-15&to=2018-07-15');
    await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
    const after = await drawnLabels(page);
    expect(inSpring(after)).toBeGreaterThan(before);
    // Zoomed in, every spring mark is labelled but the minor ones, which never are (the popover and list name them).
    const minor = new Set(await page.locator('svg.tl-wide a.tl-mark.em-minor').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '')));
    expect(after.filter((l) => minor.has(l.id))).toEqual([]);
    expect(inSpring(after)).toBe([...spring].filter((id) => !minor.has(id)).length);
    expectBesideOrLed(after);
  });
});

/** The chart's three views, by their buttons: each is checked at both sizes, and on a slowed phone. */
const VIEWS = ['2017–2019', 'What happened next', 'Whole record'] as const;

/** Open the timeline and show one view, its labels laid out for it. */
async function showView(page: Page, view: (typeof VIEWS)[number]): Promise<void> {
  await page.goto('/timeline/');
  await expect(page.locator('timeline-chart.is-enhanced')).toBeAttached();
  await page.getByRole('button', { name: view, exact: true }).click();
  // Two frames after the click: the view is drawn, its labels placed.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(300);
}

// On the phone the China–DPRK labels run on across the other lanes, and keep clear of their marks, small ones too.
// The dark scheme sets colours only (tests/unit/dark-scheme-colours.test.ts): each case takes one scheme, alternating.
for (const [turn, viewport] of [{ width: 1280, height: 800 }, { width: 375, height: 740 }].entries()) {
  for (const [k, view] of VIEWS.entries()) {
    const colorScheme = (turn + k) % 2 === 0 ? 'light' : 'dark';
    test.describe(`${viewport.width}×${viewport.height}, ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      test(`no label or note is printed over a mark, no tick label runs off the chart: ${view}`, async ({ page }) => {
        await showView(page, view);
        await expectTicksInside(page);
        await expectNoTextOverMark(page);
        await expectNoOverlap(page, 10);
        const labels = await drawnLabels(page);
        expectBesideOrLed(labels);
        expectMeetingsWhole(labels);
        if (viewport.width < 720) expectWithinATick(labels);
        if (viewport.width < 720) expect(await expectReadAsOwn(page)).toBeGreaterThan(25);
      });
    });
  }
}

test.describe('375×740 with an 8× slower CPU', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, colorScheme: 'dark' });
  test('no label or note is printed over a mark, in every view', async ({ page, context }) => {
    test.setTimeout(120_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    for (const view of VIEWS) {
      await showView(page, view);
      await expectNoTextOverMark(page);
      await expectNoOverlap(page, 10);
      const labels = await drawnLabels(page);
      expectBesideOrLed(labels);
      expectMeetingsWhole(labels);
      expectWithinATick(labels);
    }
  });
});

test.describe('320×700', () => {
  test.use({ viewport: { width: 320, height: 700 } });
  test('the phone chart fits without sideways scroll', async ({ page }) => {
    await page.goto('/timeline/');
    await expect(page.locator('svg.tl-narrow')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const right = await page.locator('svg.tl-narrow').evaluate((el) => el.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(320);
  });
  test('no tick label runs off the chart, in every view', async ({ page }) => {
    for (const view of VIEWS) {
      await showView(page, view);
      await expectTicksInside(page);
    }
  });
});

for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 800 }]) {
  test.describe(`without JavaScript, at ${viewport.width}×${viewport.height}`, () => {
    test.use({ javaScriptEnabled: false, viewport });
    test('the build draws whole contact labels of at least 12 px beside their marks or led to them, none overlapping', async ({ page }) => {
      await page.goto('/timeline/');
      if (viewport.width < 720) {
        // The phone's layout is fetched by the script: without it the page's one layout, the wide one,
        // shows on a phone too, scrolled sideways inside its frame while the page itself never is.
        await expect(page.locator('svg.tl-wide')).toBeVisible();
        await expect(page.locator('svg.tl-svg.tl-narrow')).toHaveCount(0);
        const { frame, page: pageWidth } = await page.evaluate(() => {
          const f = document.querySelector('.tl-frame')!;
          return { frame: { scroll: f.scrollWidth, client: f.clientWidth }, page: { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth } };
        });
        expect(frame.scroll, 'the wide chart scrolls in its frame').toBeGreaterThan(frame.client);
        await expect(page.getByText('The chart is wider than this screen: scroll it sideways')).toBeVisible();
        expect(pageWidth.scroll, 'the page has no sideways scroll').toBeLessThanOrEqual(pageWidth.client);
      }
      const labels = await drawnLabels(page);
      expectWholeContactLabels(labels, false); // without the script every width shows the wide layout
      expectBesideOrLed(labels);
      await expectNoOverlap(page);
      await expectNoTextOverMark(page);
      await expectTicksInside(page);
    });
  });
}
