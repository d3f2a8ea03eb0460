/**
 * Performance budgets on the built site: for every page, the gzipped bytes of
 * its HTML and the CSS, JavaScript and fonts it loads; the heaviest page of
 * each type is shown in a table. Fails, naming page and overage, when a page
 * breaks its type's budget (scripts/budgets/page-types.ts) or when a piece or
 * claim page cannot be read with scripts off.
 *
 *   node scripts/budgets.ts [dist]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, pageTypeOf, type PageType } from './budgets/page-types.ts';
import { pageUrlOf, weighPage, type PageWeight, type Site } from './budgets/weigh.ts';
import { unreadableWithoutJs } from './budgets/readable.ts';
import { checkSearchData } from './budgets/search-data.ts';

const site: Site = { dist: process.argv[2] ?? 'dist', base: (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/') };
const kb = (bytes: number) => (bytes / 1000).toFixed(1);

interface ClaimRow { id: string; piece: string; quote: string }
const claims = JSON.parse(readFileSync(join(site.dist, 'claims.json'), 'utf8')) as ClaimRow[];

/** What the HTML of a page must contain for it to count as readable without JS: a claim page, its quote. */
function mustContain(type: PageType, local: string): string[] {
  return type === 'claim' ? claims.filter((c) => local === `claims/${c.id}/`).map((c) => c.quote) : [];
}

function claimAnchorsMissing(html: string, local: string): string | null {
  const missing = claims.filter((c) => local === `articles/${c.piece}/`).find((c) => !html.includes(`id="${c.id}"`));
  return missing ? `its HTML lacks the anchor of claim ${missing.id}` : null;
}

const htmlFiles = readdirSync(site.dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.html'))
  .map((e) => join(e.parentPath, e.name))
  .sort();

const failures: string[] = [];
const heaviest = new Map<PageType, { weight: PageWeight; count: number }>();
for (const file of htmlFiles) {
  const url = pageUrlOf(site, file);
  const local = url.slice(site.base.length);
  const type = pageTypeOf(local);
  const weight = weighPage(site, file, url);
  for (const p of weight.problems) failures.push(`${type} ${url}: ${p}`);

  const budget = BUDGETS[type];
  if (budget?.totalKB !== undefined && weight.total > budget.totalKB * 1000) {
    failures.push(`${type} ${url}: ${kb(weight.total)} KB gzipped (HTML+CSS+JS+fonts) is over the ${budget.totalKB} KB budget by ${kb(weight.total - budget.totalKB * 1000)} KB`);
  }
  if (budget?.jsKB !== undefined && weight.bytes.js > budget.jsKB * 1000) {
    failures.push(`${type} ${url}: ${kb(weight.bytes.js)} KB of gzipped JavaScript is over the ${budget.jsKB} KB budget by ${kb(weight.bytes.js - budget.jsKB * 1000)} KB`);
  }
  if (budget?.readableWithoutJs) {
    const html = readFileSync(file, 'utf8');
    const why = unreadableWithoutJs(html, mustContain(type, local)) ?? (type === 'piece' ? claimAnchorsMissing(html, local) : null);
    if (why) failures.push(`${type} ${url}: not readable without JavaScript: ${why}`);
  }

  const current = heaviest.get(type);
  if (!current) heaviest.set(type, { weight, count: 1 });
  else heaviest.set(type, { weight: weight.total > current.weight.total ? weight : current.weight, count: current.count + 1 });
}

const limit = (type: PageType) => {
  const b = BUDGETS[type];
  if (!b) return '—';
  return [b.totalKB !== undefined ? `total ≤ ${b.totalKB}` : '', b.jsKB !== undefined ? `JS ≤ ${b.jsKB}` : '', b.readableWithoutJs ? 'no-JS readable' : ''].filter(Boolean).join(', ');
};
const header = ['page type', 'pages', 'heaviest page', 'HTML', 'CSS', 'JS', 'fonts', 'total', '(img)', 'budget (KB gz)'];
const rows = [...heaviest.entries()].map(([type, { weight, count }]) => [
  type, String(count), weight.page, kb(weight.bytes.html), kb(weight.bytes.css), kb(weight.bytes.js), kb(weight.bytes.font), kb(weight.total), kb(weight.bytes.img), limit(type),
]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => (i >= 3 && i <= 8 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log(`Page weight, gzipped KB (1 KB = 1,000 bytes), heaviest page of each type; total = HTML+CSS+JS+fonts:\n`);
console.log(line(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));

const searchData = checkSearchData(site.dist);
console.log(`\nSearch data files:\n${searchData.lines.join('\n')}`);
failures.push(...searchData.failures);

if (failures.length > 0) {
  console.error(`\nbudget check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`\nbudgets: ${htmlFiles.length} pages within budget.`);
