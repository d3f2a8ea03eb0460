import { describe, expect, it } from 'vitest';
import postcss, { type AtRule, type Container, type Rule } from 'postcss';
import { site, type Page } from './dist.ts';

/**
 * The long blocks below a page's first screen are drawn when they near the
 * viewport, not in the first frame (src/styles/render-later.css): on home,
 * every piece and every claim page the inline styles give them
 * `content-visibility: auto` with a remembered stand-in height
 * (`contain-intrinsic-block-size: auto <length>`), on screen only, so print
 * still lays out everything. The browser side (anchors, text fragments,
 * find-in-page, no shift) is tests/e2e/render-later.spec.ts.
 */

interface Deferred { selector: string; media: string[] }

/** Every selector given content-visibility: auto in a block of styles, with the @media conditions around it. */
const parsed = new Map<string, { rules: Deferred[]; sizes: Map<string, string[]> }>();
function deferred(page: Page): { rules: Deferred[]; sizes: Map<string, string[]> } {
  const all = page.tags.filter((t) => t.name === 'style').map((t) => t.body ?? '').join('\n');
  const known = parsed.get(all);
  if (known) return known;
  const rules: Deferred[] = [];
  const sizes = new Map<string, string[]>();
  const mediaOf = (node: Rule): string[] => {
    const out: string[] = [];
    for (let p: Container | undefined = node.parent as Container | undefined; p && p.type !== 'root'; p = p.parent as Container | undefined) {
      if (p.type === 'atrule' && (p as AtRule).name === 'media') out.push((p as AtRule).params);
    }
    return out;
  };
  {
    postcss.parse(all).walkRules((rule) => {
      for (const selector of rule.selectors) {
        rule.walkDecls('content-visibility', (d) => {
          if (d.value === 'auto') rules.push({ selector, media: mediaOf(rule) });
        });
        rule.walkDecls(/^contain-intrinsic-(block-)?size$/, (d) => {
          sizes.set(selector, [...(sizes.get(selector) ?? []), d.value]);
        });
      }
    });
  }
  parsed.set(all, { rules, sizes });
  return { rules, sizes };
}

const classes = (page: Page): Set<string> => new Set(page.tags.flatMap((t) => (t.attrs.get('class') ?? '').split(/\s+/)).filter(Boolean));

const { pages, claims } = site();
const pieces = [...new Set(claims.map((c) => c.piece))].map((id) => pages.get(`/articles/${id}/index.html`)!);
const claimPages = claims.map((c) => pages.get(`/claims/${c.id}/index.html`)!);
const home = pages.get('/index.html')!;

/** Page kind → the blocks below its first screen that must be deferred, and markup that shows the page has them. */
const expected: { name: string; list: Page[]; selectors: string[]; has: (p: Page) => boolean }[] = [
  { name: 'piece', list: pieces, selectors: ['.piece-page>aside'], has: (p) => classes(p).has('piece-page') && p.tags.some((t) => t.name === 'aside' && t.attrs.get('aria-labelledby') === 'claims-in-piece') },
  { name: 'home', list: [home], selectors: ['.home-grid', '.cards'], has: (p) => classes(p).has('home-grid') && classes(p).has('cards') },
  { name: 'claim', list: claimPages, selectors: ['.claim-rest>section'], has: (p) => classes(p).has('claim-rest') && p.tags.some((t) => t.name === 'section') },
];

describe('below the first screen, long blocks are drawn when they near the viewport', () => {
  it('finds the pages it checks', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(pieces.every(Boolean)).toBe(true);
    expect(claimPages.length).toBe(claims.length);
    expect(claimPages.every(Boolean)).toBe(true);
  });

  for (const { name, list, selectors, has } of expected) {
    it(`every ${name} page defers ${selectors.join(', ')}, on screen only, with a remembered stand-in height`, () => {
      const problems: string[] = [];
      for (const page of list) {
        if (!has(page)) problems.push(`${page.url}: has none of the blocks the rule is for`);
        const { rules, sizes } = deferred(page);
        for (const selector of selectors) {
          const found = rules.filter((r) => r.selector === selector);
          if (found.length === 0) problems.push(`${page.url}: ${selector} is not given content-visibility: auto`);
          // A height is needed wherever it is deferred, and "auto" keeps the real one once drawn.
          const heights = sizes.get(selector) ?? [];
          if (!heights.some((v) => /^auto \d+(\.\d+)?(px|rem|em|lh)$/.test(v))) problems.push(`${page.url}: ${selector} has no "auto <length>" stand-in height (${heights.join('; ') || 'none'})`);
        }
        for (const r of rules) {
          if (!r.media.some((m) => /^screen\b/.test(m))) problems.push(`${page.url}: ${r.selector} is deferred outside @media screen, so print could skip it`);
          // The piece's text is never contained: its share buttons are placed against the whole
          // column (a contained paragraph would become their containing block), and its paragraphs
          // (60 to 820 px tall on a phone) have no single honest stand-in height.
          if (/piece-body/.test(r.selector)) problems.push(`${page.url}: ${r.selector} contains the piece's text`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
