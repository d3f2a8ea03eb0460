/**
 * Performance budgets on the built site: for every page, the gzipped bytes of
 * its HTML and the CSS, JavaScript and fonts it loads (tests/dist/lib/weigh.ts).
 * A page fails, named with its type and overage, when it breaks its type's
 * budget (tests/dist/lib/page-types.ts), references a file that is missing or
 * on another origin, or (pieces and claims) cannot be read with scripts off.
 * The heaviest page of each type is printed in a table.
 */
import { afterAll, expect, test } from 'vitest';
import { join } from 'node:path';
import { site } from './dist.ts';
import { BUDGETS, pageTypeOf, type PageType } from './lib/page-types.ts';
import { weighPage, type PageWeight } from './lib/weigh.ts';
import { unreadableWithoutJs } from './lib/readable.ts';
import { checkSearchData } from './lib/search-data.ts';

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

/** Every page with its type and weight, weighed once for all the tests below. */
const weighed = (() => {
  let pages: { local: string; type: PageType; html: string; weight: PageWeight }[] | undefined;
  return () => {
    const s = site();
    pages ??= [...s.pages.values()].map(({ file, url, html }) => {
      const local = url.slice(s.base.length);
      return { local, type: pageTypeOf(local), html, weight: weighPage({ dist: s.dir, base: s.base }, join(s.dir, file), url) };
    });
    return pages;
  };
})();

test('every page weighs only files from the site that exist', () => {
  const problems = weighed().flatMap(({ type, weight }) => weight.problems.map((p) => `${type} ${weight.page}: ${p}`));
  expect(problems).toEqual([]);
});

test('every page keeps its type’s weight budget', () => {
  const problems: string[] = [];
  for (const { type, weight } of weighed()) {
    const budget = BUDGETS[type];
    if (budget?.totalKB !== undefined && weight.total > budget.totalKB * 1000) {
      problems.push(`${type} ${weight.page}: ${kb(weight.total)} KB gzipped (HTML+CSS+JS+fonts) is over the ${budget.totalKB} KB budget by ${kb(weight.total - budget.totalKB * 1000)} KB`);
    }
    if (budget?.jsKB !== undefined && weight.bytes.js > budget.jsKB * 1000) {
      problems.push(`${type} ${weight.page}: ${kb(weight.bytes.js)} KB of gzipped JavaScript is over the ${budget.jsKB} KB budget by ${kb(weight.bytes.js - budget.jsKB * 1000)} KB`);
    }
  }
  expect(problems).toEqual([]);
});

test('pieces and claims are readable without JavaScript', () => {
  const { claims } = site();
  const problems: string[] = [];
  for (const { local, type, html, weight } of weighed()) {
    if (!BUDGETS[type]?.readableWithoutJs) continue;
    // A claim page must hold its quote; a piece, the anchor of each of its claims.
    const quotes = type === 'claim' ? claims.filter((c) => local === `claims/${c.id}/`).map((c) => c.quote) : [];
    const missingAnchor = type === 'piece' ? claims.find((c) => local === `articles/${c.piece}/` && !html.includes(`id="${c.id}"`)) : undefined;
    const why = unreadableWithoutJs(html, quotes) ?? (missingAnchor ? `its HTML lacks the anchor of claim ${missingAnchor.id}` : null);
    if (why) problems.push(`${type} ${weight.page}: not readable without JavaScript: ${why}`);
  }
  expect(problems).toEqual([]);
});

test('the search data files keep their gzipped budgets', () => {
  const { lines, failures } = checkSearchData(site().dir);
  console.log(`Search data files:\n${lines.join('\n')}`);
  expect(failures).toEqual([]);
});

afterAll(() => {
  const heaviest = new Map<PageType, { weight: PageWeight; count: number }>();
  for (const { type, weight } of weighed()) {
    const current = heaviest.get(type);
    heaviest.set(type, { weight: current && current.weight.total >= weight.total ? current.weight : weight, count: (current?.count ?? 0) + 1 });
  }
  const limit = (type: PageType) => {
    const b = BUDGETS[type];
    if (!b) return '—';
    return [b.totalKB !== undefined ? `total ≤ ${b.totalKB}` : '', b.jsKB !== undefined ? `JS ≤ ${b.jsKB}` : '', b.readableWithoutJs ? 'no-JS readable' : ''].filter(Boolean).join(', ');
  };
  const header = ['page type', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'fonts', 'total', '(img)', 'budget (KB gz)'];
  const rows = [...heaviest.entries()].map(([type, { weight: w, count }]) => [
    type, String(count), w.page, kb(w.bytes.html), kb(w.bytes.css), kb(w.bytes.js), kb(w.bytes.font), kb(w.total), kb(w.bytes.img), limit(type),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 && i <= 8 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(
    [
      'Page weight, gzipped KB (1 KB = 1,000 bytes), heaviest page of each type; total = HTML+CSS+JS+fonts:\n',
      line(header),
      widths.map((w) => '─'.repeat(w)).join('  '),
      ...rows.map(line),
    ].join('\n'),
  );
});
