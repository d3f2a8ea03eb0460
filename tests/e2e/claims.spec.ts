import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * Claims weighed against the record, as a reader meets them: the hierarchy of
 * claims in each piece, the switch, the record and outcomes on claim pages,
 * the counterparts between the pieces, margin notes without scripts, and
 * narrow screens.
 */
interface ClaimRow {
  id: string;
  piece: string;
  quote: string;
  kind: string;
  key: boolean;
  record: { status: string; statusLabel: string; line: string; note: string | null; events: string[]; test: string | null; by: string | null; review: string | null };
  counterparts: { id: string; relation: string }[];
  url: string;
}
interface EventRow {
  id: string;
  title: string;
  start: string;
  sources: unknown[];
}
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];
const events = new Map((JSON.parse(readFileSync('dist/events.json', 'utf8')) as EventRow[]).map((e) => [e.id, e]));
const pieces = [...new Set(claims.map((c) => c.piece))];

function marginNotes(slug: string): { phrase: string }[] {
  const source = readFileSync(`content/articles/${slug}.md`, 'utf8');
  return ((parse(source.split(/^---$/m)[1] ?? '') as { margin?: { phrase: string }[] }).margin ?? []);
}

/** Share of the piece's text that carries a claim highlight as drawn now (background on the mark). */
async function highlightedShare(page: Page): Promise<{ share: number; highlighted: string[] }> {
  return page.evaluate(() => {
    const body = document.querySelector('.piece-body')!;
    const textOf = (el: Element) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.claim-ref, button').forEach((n) => n.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const total = [...body.querySelectorAll('p')].reduce((n, p) => n + textOf(p).length, 0);
    const lit = [...body.querySelectorAll<HTMLElement>('mark.claim')].filter((m) => {
      const style = getComputedStyle(m);
      return style.backgroundImage !== 'none' || !/rgba\(0, 0, 0, 0\)|transparent/.test(style.backgroundColor);
    });
    return { share: lit.reduce((n, m) => n + textOf(m).length, 0) / total, highlighted: lit.map((m) => m.id) };
  });
}

for (const piece of pieces) {
  const own = claims.filter((c) => c.piece === piece);

  test(`${piece}: by default only the key claims are highlighted, at most 25% of the text`, async ({ page }) => {
    await page.goto(`/articles/${piece}/`);
    await page.mouse.move(0, 0);
    const { share, highlighted } = await highlightedShare(page);
    expect(highlighted.sort()).toEqual(own.filter((c) => c.key).map((c) => c.id).sort());
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(0.25);
    const keys = own.filter((c) => c.key).length;
    expect(keys).toBeGreaterThanOrEqual(3);
    expect(keys).toBeLessThanOrEqual(6);
  });

  test(`${piece}: "Show all claims" lights every claim and is remembered`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`/articles/${piece}/`);
    const toggle = page.getByRole('button', { name: 'Show all claims' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect((await highlightedShare(page)).highlighted).toHaveLength(own.length);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show all claims' })).toHaveAttribute('aria-pressed', 'true');
    expect((await highlightedShare(page)).highlighted).toHaveLength(own.length);
    await page.getByRole('button', { name: 'Show all claims' }).click();
    await page.mouse.move(0, 0);
    expect((await highlightedShare(page)).highlighted).toHaveLength(own.filter((c) => c.key).length);
  });

  test(`${piece}: every claim is reached by the keyboard, and lights up when it is`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/articles/${piece}/`);
    await page.locator('.piece-body').evaluate((b) => b.querySelector('p')?.setAttribute('tabindex', '-1'));
    await page.locator('.piece-body p').first().focus();
    const reached: string[] = [];
    for (let i = 0; i < own.length * 3 + 40 && reached.length < own.length; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement;
        const mark = el?.closest('mark.claim');
        return mark ? { id: mark.id, lit: getComputedStyle(mark).backgroundImage !== 'none' || getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)' } : null;
      });
      if (state) {
        expect(state.lit, `${state.id} is highlighted when focused`).toBe(true);
        if (!reached.includes(state.id)) reached.push(state.id);
      }
    }
    expect(reached).toEqual(own.map((c) => c.id));
  });

  test(`${piece}: margin notes and what the author could know are there without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/articles/${piece}/`);
    const notes = marginNotes(piece);
    expect(notes.length).toBeGreaterThan(0);
    const phrases = await page.locator('.margin-notes .margin-phrase').allTextContents();
    for (const note of notes) expect(phrases).toContain(`“${note.phrase}”`);
    for (const link of await page.locator('.margin-notes a[href*="/events/"]').all()) {
      expect(await link.getAttribute('href')).toMatch(/\/events\/[a-z0-9-]+\/$/);
    }
    await expect(page.locator('.horizon')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show all claims' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Claims in this piece' })).toBeVisible();
    await context.close();
  });
}

test('the piece page says, derived from dates, that Kim was secretly in Beijing when Ching wrote', async ({ page }) => {
  await page.goto('/articles/ching-mend-ties/');
  const hidden = page.locator('.horizon [data-horizon="hidden"]');
  await expect(hidden).toContainText('Kim Jong Un visits Beijing');
  await expect(hidden).toContainText('25–28 March 2018');
  await expect(hidden).toContainText('made public on 28 March 2018');
  // The window of the unsigned piece: nothing certainly secret, some events either side.
  await page.goto('/articles/china-doing-for-north-korea/');
  await expect(page.locator('.horizon')).toContainText('between 10 January and 26 February 2019');
  await expect(page.locator('.horizon [data-horizon="maybe-after"]')).toContainText('White House announces a second Trump–Kim summit');
});

test('margin notes sit beside their paragraph on wide screens and under it on narrow ones', async ({ page }) => {
  for (const [width, beside] of [[1280, true], [375, false]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/articles/ching-mend-ties/');
    const block = page.locator('.piece-body .noted').filter({ hasText: 'his March 17 re-election as president' });
    const p = (await block.locator('p').boundingBox())!;
    const note = (await block.locator('.margin-notes').boundingBox())!;
    if (beside) {
      expect(note.x).toBeGreaterThanOrEqual(p.x + p.width);
      expect(note.y).toBeLessThan(p.y + p.height);
    } else {
      expect(note.y).toBeGreaterThanOrEqual(p.y + p.height - 1);
    }
  }
});

test('every prediction has a test, a date and an outcome resting on events with sources, shown together on its page', async ({ page }) => {
  test.setTimeout(60_000);
  const predictions = claims.filter((c) => c.kind === 'prediction');
  expect(predictions.length).toBeGreaterThan(0);
  for (const c of claims) {
    if (c.kind !== 'prediction') expect([c.record.test, c.record.by], c.id).toEqual([null, null]);
    expect(c.record.events.length, c.id).toBeGreaterThan(0);
    for (const id of c.record.events) expect(events.get(id)?.sources.length ?? 0, `${c.id} → ${id}`).toBeGreaterThan(0);
  }
  for (const c of predictions) {
    expect(['borne-out', 'not-borne-out', 'partly', 'open']).toContain(c.record.status);
    await page.goto(c.url);
    // The test stands next to the outcome: "Borne out if …", "By …", "Outcome …".
    const forecast = page.locator('.record .forecast');
    await expect(forecast.locator('dt').first()).toHaveText('Borne out if');
    await expect(forecast.locator('dd').first()).toHaveText(c.record.test!);
    await expect(forecast.locator('time').first()).toHaveAttribute('datetime', c.record.by!);
    await expect(forecast.locator('.outcome')).toHaveText(c.record.statusLabel);
    if (c.record.status === 'open') await expect(forecast).toContainText('to be reviewed on');
    const links = page.locator('.record .record-events').first().locator('a[href*="/events/"]');
    await expect(links).toHaveCount(c.record.events.length);
    await expect(page.locator('.record .record-events').first()).toContainText(/\d+ sources?/);
  }
});

test('every claim carries a status and a record line; notes, where given, stay short', () => {
  for (const c of claims) {
    expect(c.record.line.length, c.id).toBeGreaterThan(20);
    expect(c.record.line.length, c.id).toBeLessThanOrEqual(160);
    // A note now runs to the present (what followed in 2019–2026 too); the line is the short form.
    if (c.record.note) expect(c.record.note.length, c.id).toBeLessThan(640);
  }
  // Every fact and every prediction gets a verdict the record can give.
  expect(claims.filter((c) => c.kind === 'fact').every((c) => ['matches', 'at-odds', 'partly'].includes(c.record.status))).toBe(true);
});

test('paired claims link each other, both ways', async ({ page }) => {
  test.setTimeout(120_000);
  const paired = claims.filter((c) => c.counterparts.length > 0);
  expect(paired.length).toBeGreaterThanOrEqual(10);
  for (const c of paired) {
    for (const other of c.counterparts) {
      const back = claims.find((x) => x.id === other.id)!;
      expect(back.counterparts.map((x) => x.id), `${other.id} links back to ${c.id}`).toContain(c.id);
    }
    await page.goto(c.url);
    for (const other of c.counterparts) await expect(page.locator(`a[data-counterpart="${other.id}"]`)).toHaveCount(1);
  }
  await page.goto('/compare/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The two pieces compared');
  await expect(page.locator('.pair')).toHaveCount(new Set(paired.map((c) => c.counterparts.map((o) => [c.id, o.id].sort().join())).flat()).size);
});

/** A piece's `published` days from its front matter: its date, or its inferred window. */
function writingDays(slug: string): { earliest: string; latest: string } {
  const front = parse(readFileSync(`content/articles/${slug}.md`, 'utf8').split(/^---$/m)[1]!) as { published: { date?: string; earliest?: string; latest?: string } };
  const { date, earliest, latest } = front.published;
  return { earliest: (date ?? earliest)!, latest: (date ?? latest)! };
}

test('/compare/ lists, in date order, exactly the events begun after the first piece and by the earliest day the second could be written', async ({ page }) => {
  const first = writingDays('ching-mend-ties');
  const second = writingDays('china-doing-for-north-korea');
  // The record's edges, so a boundary that moves by a day shows here: the first piece is dated 26 March 2018,
  // the second written from 10 January 2019 at the earliest.
  expect([first.latest, second.earliest]).toEqual(['2018-03-26', '2019-01-10']);
  const expected = [...events.values()]
    .filter((e) => e.start > first.latest && e.start <= second.earliest)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  await page.goto('/compare/');
  const list = page.locator('section[aria-labelledby="between"] ul.record-events > li');
  const shown = await list.evaluateAll((items) => items.map((li) => ({ start: li.querySelector('time')?.getAttribute('datetime'), href: li.querySelector('a')?.getAttribute('href') })));
  expect(shown).toEqual(expected.map((e) => ({ start: e.start, href: expect.stringMatching(new RegExp(`/events/${e.id}/$`)) as unknown as string })));
  // Both edges by name: an event begun on the second piece's earliest day is in; Kim's first visit (kim-visit-china-1), begun the day before the first piece, is out.
  await expect(list.last()).toContainText('Reports that Xi will visit Pyongyang, unconfirmed by Beijing');
  await expect(list.locator('a[href$="/events/kim-visit-china-1/"]')).toHaveCount(0);
  await expect(page.locator('section[aria-labelledby="between"] > p').first()).toContainText(`The ${expected.length} events in the record`);
});

test('a claim page: kind shown, no slug in the eyebrow, the quote heard once', async ({ page }) => {
  const claim = claims.find((c) => c.id === 'china-out-in-the-cold')!;
  await page.goto(claim.url);
  const eyebrow = page.locator('.eyebrow');
  await expect(eyebrow).toContainText('Interpretation');
  await expect(eyebrow).toContainText('Key claim');
  await expect(eyebrow).not.toContainText(claim.id);
  const snapshot = await page.getByRole('main').ariaSnapshot();
  const heard = snapshot.split(claim.quote.slice(0, 50)).length - 1;
  expect(heard).toBe(1);
  await expect(page.locator('.horizon')).toContainText('Kim Jong Un visits Beijing');
});

test('no sideways scroll at 320 px on the piece, claim and compare pages', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 700 });
  for (const path of [`/articles/${pieces[0]}/`, `/articles/${pieces[1]}/`, '/claims/china-out-in-the-cold/', '/claims/xi-visit-may-bring-deliverables/', '/compare/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
