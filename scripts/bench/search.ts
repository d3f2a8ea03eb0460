/**
 * Search benchmark, this site against a peer: Pagefind's own default UI
 * (pagefind-ui.js and .css, shipped by the build in dist/pagefind/) on a bare
 * page over the same index. For a date-only query and a first word query,
 * each cold (fresh browser context, empty cache):
 *   - bytes: every response from navigation start until the first result is
 *     shown (bodies as sent plus headers), web fonts left out (the peer page
 *     has none); and the part fetched after the query was entered;
 *   - ms: from entering the query to the first result link being visible.
 * Both sides are typed into and answer after the same pause: the search
 * page's own debounce (250 ms, src/client/search/page.ts), given to
 * Pagefind's UI as its `debounceTimeoutMs` (its default is 300 ms).
 *
 * The contract used by scripts/bench/index.ts:
 *   writePeerPage(dist)  — before the preview server starts
 *   benchSearch({ baseUrl, browser, dateQuery, wordQuery })
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { localOnly } from './browser.ts';

export interface SearchMeasure {
  query: string;
  /** Bytes from navigation start to the first result, fonts left out. */
  bytes: number;
  /** Bytes fetched after the query was entered. */
  queryBytes: number;
  requests: number;
  /** Milliseconds from entering the query to the first result link. */
  ms: number;
  /** Whether Pagefind's WebAssembly was fetched. */
  wasm: boolean;
  /** The files fetched after the query was entered, with their sizes ("dates/2018.json 2.4 KB"). */
  queryFiles: string[];
}

export interface SearchBench {
  dateOnly: SearchMeasure;
  firstWord: SearchMeasure;
  peerDateOnly: SearchMeasure;
  peerFirstWord: SearchMeasure;
}

export const PEER_PATH = '/bench-peer/';

/** The search page's pause after typing (DEBOUNCE_MS in src/client/search/page.ts), given to the peer too. */
export const DEBOUNCE_MS = 250;

/** A bare page with Pagefind's default UI, as its documentation sets it up. */
export function writePeerPage(dist: string): void {
  const folder = join(dist, 'bench-peer');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind default UI</title>
<link href="/pagefind/pagefind-ui.css" rel="stylesheet">
<script src="/pagefind/pagefind-ui.js"></script>
<script src="peer.js" defer></script>
</head><body><main><div id="search"></div></main></body></html>
`);
  writeFileSync(join(folder, 'peer.js'), `window.addEventListener('DOMContentLoaded', () => { new PagefindUI({ element: '#search', showSubResults: true, debounceTimeoutMs: ${DEBOUNCE_MS} }); });\n`);
}

interface Side {
  path: string;
  box: string;
  submit: boolean;
  firstResult: string;
}

// Typed, not submitted: the answer waits out the page's debounce, as the peer's does.
const OURS: Side = { path: '/search/', box: '[data-search-input]', submit: false, firstResult: '[data-search-groups] li a' };
const PEER: Side = { path: PEER_PATH, box: '.pagefind-ui__search-input', submit: false, firstResult: '.pagefind-ui__result-link' };

/** A fetched file's name: its path under /search/ ("dates/text/2018-01.json", so a period's text reads apart from its facts), else its last part. */
function fileName(url: string): string {
  const path = new URL(url).pathname;
  const at = path.indexOf('/search/');
  return at >= 0 ? path.slice(at + '/search/'.length) : path.split('/').pop() ?? path;
}

async function measure(browser: Browser, baseUrl: string, side: Side, query: string): Promise<SearchMeasure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page: Page = await context.newPage();
  try {
    await localOnly(page, baseUrl);
    const sizes: { after: boolean; bytes: Promise<number>; url: string }[] = [];
    let entered = false;
    page.on('requestfinished', (request) => {
      if (request.resourceType() === 'font') return;
      sizes.push({ after: entered, url: request.url(), bytes: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize) });
    });
    await page.goto(`${baseUrl}${side.path}`, { waitUntil: 'load' });
    const box = page.locator(side.box);
    await box.waitFor({ state: 'visible' });
    entered = true;
    const started = performance.now();
    await box.fill(query);
    if (side.submit) await box.press('Enter');
    await page.locator(side.firstResult).first().waitFor({ state: 'visible', timeout: 30_000 });
    const ms = performance.now() - started;
    await page.waitForTimeout(50);
    const all = await Promise.all(sizes.map(async (s) => ({ ...s, n: await s.bytes })));
    return {
      query,
      bytes: all.reduce((a, s) => a + s.n, 0),
      queryBytes: all.filter((s) => s.after).reduce((a, s) => a + s.n, 0),
      requests: all.length,
      ms: Math.round(ms),
      wasm: all.some((s) => /wasm/.test(s.url)),
      queryFiles: all.filter((s) => s.after).map((s) => `${fileName(s.url)} ${(s.n / 1000).toFixed(1)} KB`),
    };
  } finally {
    await context.close();
  }
}

/** Median of `runs` cold measurements by time; its bytes are those of the same run. */
async function median(browser: Browser, baseUrl: string, side: Side, query: string, runs = 3): Promise<SearchMeasure> {
  const all: SearchMeasure[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure(browser, baseUrl, side, query));
  return all.sort((a, b) => a.ms - b.ms)[Math.floor(runs / 2)]!;
}

/** A date query at scale, on this site alone (the corpus has no peer page): cold, median of three. */
export function benchDateQuery(browser: Browser, baseUrl: string, query: string): Promise<SearchMeasure> {
  return median(browser, baseUrl, OURS, query);
}

/** Where a measure's query bytes went: "dates/2018.json 2.4 KB, dates/text/2018.json 6.5 KB, …". */
export function describeDate(m: SearchMeasure): string {
  return `${(m.bytes / 1000).toFixed(1)} KB from navigation (query alone ${(m.queryBytes / 1000).toFixed(1)} KB in ${m.queryFiles.length} requests: ${m.queryFiles.join(', ')}), first result ${m.ms} ms  ("${m.query}")`;
}

export async function benchSearch(options: { baseUrl: string; browser: Browser; dateQuery: string; wordQuery: string }): Promise<SearchBench> {
  const { baseUrl, browser, dateQuery, wordQuery } = options;
  return {
    dateOnly: await median(browser, baseUrl, OURS, dateQuery),
    firstWord: await median(browser, baseUrl, OURS, wordQuery),
    peerDateOnly: await median(browser, baseUrl, PEER, dateQuery),
    peerFirstWord: await median(browser, baseUrl, PEER, wordQuery),
  };
}

/** "12.3 KB (0.31× the peer) …" for the table. */
export function compare(ours: SearchMeasure, peer: SearchMeasure): string {
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  return `${(ours.bytes / 1000).toFixed(1)} KB (${ratio(ours.bytes, peer.bytes)} the peer; query alone ${(ours.queryBytes / 1000).toFixed(1)} KB, ${ratio(ours.queryBytes, peer.queryBytes)}), first result ${ours.ms} ms (${ratio(ours.ms, peer.ms)}), wasm ${ours.wasm ? 'fetched' : 'not fetched'}  ("${ours.query}")`;
}

export function describePeer(m: SearchMeasure): string {
  return `${(m.bytes / 1000).toFixed(1)} KB (query alone ${(m.queryBytes / 1000).toFixed(1)} KB) in ${m.requests} requests, first result ${m.ms} ms  ("${m.query}")`;
}

/**
 * Against a server already running over a built dist/ (the peer page written
 * into it first, e.g. by `node scripts/bench/search.ts --write-peer dist`):
 *   node scripts/bench/search.ts http://127.0.0.1:4503 [word query]
 */
/** The four lines a run alone prints: each of this site's queries, then the peer's. */
export function printSearchBench(out: SearchBench): void {
  console.log(`date-only, this site:    ${compare(out.dateOnly, out.peerDateOnly)}`);
  console.log(`date-only, Pagefind UI:  ${describePeer(out.peerDateOnly)}`);
  console.log(`first word, this site:   ${compare(out.firstWord, out.peerFirstWord)}`);
  console.log(`first word, Pagefind UI: ${describePeer(out.peerFirstWord)}`);
}

async function main(args: string[]): Promise<void> {
  if (args[0] === '--write-peer') {
    writePeerPage(args[1] ?? 'dist');
    return;
  }
  const baseUrl = (args[0] ?? '').replace(/\/$/, '');
  if (!/^https?:\/\//.test(baseUrl)) throw new Error('usage: node scripts/bench/search.ts <base URL> [word query]  |  --write-peer <dist>');
  const { launch } = await import('./browser.ts');
  const { distinctiveWord } = await import('./search-probe.ts');
  const wordQuery = args[1] ?? distinctiveWord(((await (await fetch(`${baseUrl}/claims.json`)).json()) as { quote: string }[]).map((c) => c.quote));
  const browser = await launch();
  try {
    const out = await benchSearch({ baseUrl, browser, dateQuery: 'June 2018', wordQuery });
    printSearchBench(out);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main(process.argv.slice(2));
