/**
 * One search record per page, shared by both engines: the small text index
 * (/search/text.json) and Pagefind's index hold the same pages with the same
 * title, type, dates, facets, verdict and text — Pagefind read through its
 * own search API, as the search page reads it — and each record holds the
 * words its page shows as its text, no more and no fewer.
 */
import { readFile } from 'node:fs/promises';
import { beforeAll, expect, test } from 'vitest';
import { readTextIndex, type TextDoc } from '../../src/lib/search/text-index.ts';
import { NOT_TEXT } from '../../src/lib/search/record.ts';
import { decodeEntities } from './lib/html.ts';
import { site } from './dist.ts';

interface PagefindData { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }
interface Pagefind {
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

/** Every record in Pagefind's index, found by type through pagefind.js, its files read from dist/. */
async function pagefindRecords(): Promise<PagefindData[]> {
  const origin = 'http://dist.invalid';
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== origin) return realFetch(input);
    return new Response(await readFile(`${site().dir}${decodeURIComponent(url.pathname)}`));
  };
  try {
    const module = (await import(/* @vite-ignore */ `${site().dir}/pagefind/pagefind.js`)) as { createInstance(o: object): Pagefind };
    const pagefind = module.createInstance({ basePath: `${origin}/pagefind/`, baseUrl: '/', noWorker: true });
    const found = await pagefind.search(null, { filters: { type: { any: ['piece', 'claim', 'event'] } } });
    return await Promise.all(found.results.map((r) => r.data()));
  } finally {
    globalThis.fetch = realFetch;
  }
}

let pagefind: PagefindData[] = [];
let rows: TextDoc[] = [];
beforeAll(async () => {
  pagefind = await pagefindRecords();
  rows = readTextIndex(JSON.parse(site().read('/search/text.json'))) ?? [];
}, 60_000);

const sorted = (values: readonly string[] | undefined) => [...(values ?? [])].sort();

test('text.json and the Pagefind index hold the same pages', () => {
  expect(rows.length).toBeGreaterThan(100);
  expect(pagefind.map((p) => p.url).sort()).toEqual(rows.map((r) => r.url).sort());
});

test('each page has one record in both: title, type, date, dates, facets, verdict and text alike', () => {
  const byUrl = new Map(pagefind.map((p) => [p.url, p]));
  const problems: string[] = [];
  for (const row of rows) {
    const p = byUrl.get(row.url);
    if (!p) continue;
    const differs = (what: string, ours: unknown, theirs: unknown) => {
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) problems.push(`${row.url}: ${what} ${JSON.stringify(ours)} in text.json, ${JSON.stringify(theirs)} in Pagefind`);
    };
    differs('title', row.title, p.meta['title']);
    differs('type', row.type, p.meta['type']);
    differs('date', row.date, p.meta['date']);
    differs('start', row.start, p.meta['start']);
    differs('end', row.end, p.meta['end']);
    for (const facet of ['type', 'year', 'actor', 'kind', 'topic'] as const) differs(facet, sorted(row.facets[facet]), sorted(p.filters[facet]));
    differs('status', row.verdict?.status, p.meta['status']);
    differs('line', row.verdict?.line, p.meta['line']);
    differs('text', row.content, p.content);
  }
  expect(problems).toEqual([]);
});

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const OPEN = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;

/** Does a start tag's name and attributes match one of the selectors that mark what is not text? */
function notText(name: string, attrs: string): boolean {
  const classes = /\sclass="([^"]*)"/.exec(attrs)?.[1]?.split(/\s+/) ?? [];
  if (/\s(data-pagefind-ignore|hidden)(?=[\s=]|$)/.test(attrs)) return true;
  return NOT_TEXT.some((s) => (s.startsWith('.') ? classes.includes(s.slice(1)) : s === name));
}

/** The text of a page's <main data-pagefind-body>, without what is marked as not text; each tag a word break. */
function pageText(html: string): string {
  const start = html.search(/<main\b[^>]*data-pagefind-body/);
  const end = html.indexOf('</main>', start);
  const main = html.slice(start, end).replace(/<!--[\s\S]*?-->/g, '');
  let out = '';
  let skipping = 0;
  const open: { name: string; skip: boolean }[] = [];
  for (let i = 0; i < main.length;) {
    if (main[i] !== '<') {
      const next = main.indexOf('<', i);
      const text = main.slice(i, next < 0 ? undefined : next);
      if (skipping === 0) out += text;
      i = next < 0 ? main.length : next;
      continue;
    }
    const close = /^<\/([a-zA-Z][\w-]*)\s*>/.exec(main.slice(i));
    if (close) {
      const name = close[1]!.toLowerCase();
      const at = open.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) for (const o of open.splice(at)) if (o.skip) skipping--;
      out += ' ';
      i += close[0].length;
      continue;
    }
    OPEN.lastIndex = i;
    const tag = OPEN.exec(main);
    if (!tag) { if (skipping === 0) out += '<'; i++; continue; }
    const name = tag[1]!.toLowerCase();
    const skip = notText(name, tag[2] ?? '');
    if (!VOID.has(name) && !tag[0].endsWith('/>')) {
      open.push({ name, skip });
      if (skip) skipping++;
    }
    // Script and style bodies are not text.
    if (name === 'script' || name === 'style') {
      const endTag = main.indexOf(`</${name}`, OPEN.lastIndex);
      i = endTag < 0 ? main.length : endTag;
      continue;
    }
    out += ' ';
    i = OPEN.lastIndex;
  }
  return decodeEntities(out);
}

const words = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

test('each record holds the words its page shows as its text, no more and no fewer', () => {
  const problems: string[] = [];
  // Records name pages without the base path, as their files do.
  const pages = [...site().pages.values()].filter((p) => /<main\b[^>]*data-pagefind-body/.test(p.html));
  expect(pages.map((p) => p.file).sort()).toEqual(rows.map((r) => `${r.url}index.html`).sort());
  for (const row of rows) {
    const page = site().pages.get(`${row.url}index.html`)!;
    const shown = words(pageText(page.html));
    const held = words(decodeEntities(row.content));
    const missing = [...shown].filter((w) => !held.has(w));
    const extra = [...held].filter((w) => !shown.has(w));
    if (missing.length > 0) problems.push(`${row.url}: the page shows ${missing.join(', ')}, its record lacks them`);
    if (extra.length > 0) problems.push(`${row.url}: the record holds ${extra.join(', ')}, its page does not show them`);
  }
  expect(problems).toEqual([]);
});
