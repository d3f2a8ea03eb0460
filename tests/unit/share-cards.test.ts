import { beforeAll, describe, expect, it } from 'vitest';
import { estimateLines, fitText } from '../../src/lib/card-type.ts';
import { arcFraction, arcPlace } from '../../src/lib/arc.ts';
import { cardAddress, siteAddress, type Card, type CardOptions } from '../../src/lib/share-image.ts';
import { checkContent, type CheckedContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { cardsFromSite, SHORT_QUOTE } from '../../src/data/cards.ts';
import { joinSite } from '../../src/data/record.ts';
import type { Store } from '../../src/data/store.ts';
import { entriesOf } from '../../src/loader/entries.ts';
import { STATUSES } from '../../src/schemas/vocabulary.ts';
import { cardTree, QUOTE_SCALE, treeText } from '../../src/integration/og/template.ts';
import { cardSvg } from '../../src/integration/og/render-card.ts';

/** Share cards: the type fitting, the arc strip's placement, and what the real cards carry. */

/** The cards of the checked content, on the build's road: the loader's entries, joined by src/data/, turned into cards. */
const cardsFromContent = (content: CheckedContent, options?: CardOptions): Card[] => cardsFromSite(joinSite(entriesOf(content) as unknown as Store), options);

describe('fitting a quote by type size', () => {
  const box = { width: 1026, height: 350 };
  const words = (n: number) => 'word '.repeat(200).slice(0, n).trim();

  it('estimates lines by greedy word wrap', () => {
    expect(estimateLines('aaaa bbbb cccc', 10, 50, 0.5)).toBe(2);
    expect(estimateLines('a'.repeat(25), 10, 50, 0.5)).toBe(3);
  });

  it('sets short quotes large and long ones smaller, without cutting', () => {
    expect(fitText(words(60), box, QUOTE_SCALE)).toEqual({ size: 64, text: words(60), lines: 2, cut: false });
    expect(fitText(words(170), box, QUOTE_SCALE)).toMatchObject({ size: 52, lines: 5, cut: false });
    expect(fitText(words(255), box, QUOTE_SCALE)).toMatchObject({ size: 46, lines: 6, cut: false });
    expect(fitText(words(400), box, QUOTE_SCALE)).toMatchObject({ size: 34, lines: 7, cut: false });
  });

  it('cuts, at a word and with an ellipsis, only below the smallest size', () => {
    const fitted = fitText(words(900), box, QUOTE_SCALE);
    expect(fitted.size).toBe(30);
    expect(fitted.cut).toBe(true);
    expect(fitted.text).toMatch(/^word( word)*…$/);
    expect(fitted.lines).toBeLessThanOrEqual(Math.floor(350 / (30 * QUOTE_SCALE.lineHeight)));
  });
});

describe('the 2017–2019 arc', () => {
  it('places days as fractions of the three years', () => {
    expect(arcFraction('2017-01-01')).toBe(0);
    expect(arcFraction('2018-01-01')).toBeCloseTo(365 / 1095, 12);
    expect(arcPlace('2018-03-25', '2018-03-28')).toEqual({ on: 'arc', at: 448 / 1095, until: 452 / 1095 });
  });
  it('says when an event is outside it', () => {
    expect(arcPlace('2003-08-27', '2008-12-11')).toEqual({ on: 'before', year: 2003 });
    expect(arcPlace('2020-01-01')).toEqual({ on: 'after', year: 2020 });
    expect(arcPlace('2016-12-01', '2017-02-01')).toMatchObject({ on: 'arc', at: 0 });
  });
});

describe('the site address on cards', () => {
  it('is host and base path, as typed', () => {
    expect(siteAddress('https://lips-and-teeth.example', '/')).toBe('lips-and-teeth.example');
    expect(siteAddress('https://example.org/', '/lips-and-teeth/')).toBe('example.org/lips-and-teeth');
    expect(siteAddress('http://localhost:4321')).toBe('localhost:4321');
    // No public address: the site's name, never a made-up host.
    expect(siteAddress(undefined, '/')).toBe('Lips and Teeth');
  });
});

describe('the cards the build draws', () => {
  let content: CheckedContent;
  let cards: Card[];
  beforeAll(async () => {
    content = checkContent(await readContentDir(process.cwd())).content;
    cards = cardsFromContent(content, { site: 'https://lips-and-teeth.example', base: '/', known: true });
  });
  const card = (path: string) => cards.find((c) => c.path === path)!;

  it('built with no public address, every card names the site, and no host', () => {
    const bare = cardsFromContent(content, { site: undefined, base: '/' });
    expect(bare.length).toBe(cards.length);
    for (const c of bare) {
      const text = treeText(cardTree(c)).join(' ');
      // The site's name, as the card's brand prints it.
      expect(text, c.path).toMatch(/Lips\s+(and|&)\s+Teeth/);
      expect(text, c.path).not.toMatch(/localhost|https?:|\.example|\.invalid/);
    }
  });

  it('a short quote carries the sentence before it, who wrote it, where, when, and the address', () => {
    const claim = content.articles.flatMap((a) => a.claims).find((c) => c.id === 'politeness-remark-a-mistake')!;
    expect(claim.quote.length).toBeLessThan(SHORT_QUOTE);
    const text = treeText(cardTree(card('/og/claims/politeness-remark-a-mistake.png'))).join('');
    expect(text).toContain('“That may have been a mistake.”');
    expect(text).toContain('as though he did not really want to communicate with Kim.');
    expect(claim.paragraph).toContain('as though he did not really want to communicate with Kim. That may have been a mistake.');
    expect(text).toContain('Frank Ching · EJ Insight · 26 March 2018');
    expect(text).toContain('lips-and-teeth.example');
  });

  it('a long quote is whole on its card, set smaller', () => {
    const long = content.articles.flatMap((a) => a.claims).reduce((a, b) => (b.quote.length > a.quote.length ? b : a));
    const c = card(`/og/claims/${long.id}.png`);
    expect(c.lead).toBe('');
    expect(treeText(cardTree(c)).join('')).toContain(`“${long.quote}”`);
  });

  it('an unsigned piece’s claim says so and gives its inferred window', () => {
    const claim = content.articles.find((a) => a.data.author === null)!.claims[0]!;
    expect(treeText(cardTree(card(`/og/claims/${claim.id}.png`))).join('')).toContain('Unsigned · The Diplomat (magazine, February 2019 issue) · between 10 January and 26 February 2019');
  });

  it('an event carries its date, place, a one-line summary and its place on the arc', () => {
    const c = card('/og/events/kim-visit-china-1.png');
    const text = treeText(cardTree(c)).join('|');
    expect(text).toContain('Kim Jong Un visits Beijing');
    expect(text).toContain('25–28 March 2018 · Beijing, China');
    expect(c.detail.length).toBeLessThanOrEqual(84);
    expect(text).toContain(c.detail);
    expect(text).toContain('2017|2018|2019');
    expect(c.arc).toEqual({ on: 'arc', at: 448 / 1095, until: 452 / 1095 });
    expect(text).toContain('lips-and-teeth.example');
  });

  it('both draw as 1200×630 SVG through satori', async () => {
    for (const path of ['/og/claims/politeness-remark-a-mistake.png', '/og/events/kim-visit-china-1.png']) {
      const svg = await cardSvg(card(path));
      expect(svg).toMatch(/^<svg width="1200" height="630"/);
    }
  }, 60_000);
});

describe('a claim card carries the check', () => {
  let content: CheckedContent;
  beforeAll(async () => {
    content = checkContent(await readContentDir(process.cwd())).content;
  });
  const claimCard = (cards: Card[], id: string) => cards.find((c) => c.path === `/og/claims/${id}.png`)!;

  it('shows the quote, author, outlet, date, status and record line of every claim', () => {
    const cards = cardsFromContent(content, { site: 'https://lips-and-teeth.example', base: '/', known: true });
    for (const article of content.articles) {
      for (const meta of article.data.claims) {
        const text = treeText(cardTree(claimCard(cards, meta.id))).join('');
        expect(text, meta.id).toContain(STATUSES[meta.record.status]);
        expect(text, meta.id).toContain(meta.record.line);
        expect(text, meta.id).toContain(`${article.data.author ?? 'Unsigned'} · ${article.data.outlet}`);
      }
    }
  });

  it('names the site only, never localhost, when SITE_URL is unset', () => {
    for (const options of [{ site: 'http://localhost:4321', base: '/', known: false }, { site: 'http://localhost:4321', base: '/' }, { site: 'https://example.org', base: '/', known: false }]) {
      const cards = cardsFromContent(content, options);
      expect(cards.every((c) => c.site === null)).toBe(true);
      for (const c of [claimCard(cards, 'china-out-in-the-cold'), cards.find((x) => x.kind === 'event')!, cards.find((x) => x.kind === 'home')!]) {
        const text = treeText(cardTree(c)).join('|');
        expect(text).not.toMatch(/localhost|example\.org|127\.0\.0\.1/);
        expect(text).toContain('Lips ');
      }
    }
    expect(cardAddress({ site: 'https://example.org/', base: '/lips-and-teeth/', known: true })).toBe('example.org/lips-and-teeth');
  });

  it('draws at 1200×630 with the status and record line as text in the SVG, before rasterising', async () => {
    const cards = cardsFromContent(content, { site: 'http://localhost:4321', base: '/', known: false });
    for (const id of ['china-working-to-redress', 'xi-reply-will-be-careful', 'three-party-talks-deadlocked']) {
      const c = claimCard(cards, id);
      const svg = await cardSvg(c, { textAsText: true });
      const [, width, height] = /^<svg width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
      expect([Number(width), Number(height)], id).toEqual([1200, 630]);
      // The words as laid out: satori writes a <text> per word run; joined, they read as the card does.
      const words = svg.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
      expect(words, id).toContain(c.verdict!.label.toUpperCase());
      expect(words, id).toContain(c.verdict!.line.split(' ').slice(0, 6).join(' '));
      expect(words, id).not.toContain('localhost');
    }
  }, 60_000);
});
