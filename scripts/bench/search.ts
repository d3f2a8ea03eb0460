/**
 * Search benchmark: what a reader's browser fetches, and how long it waits,
 * for a date-only query (answered from /search/dates.json) and for a first
 * word query (loads Pagefind: its script, wasm, index and fragments).
 *
 * Each query runs in a fresh browser context (empty cache) on /search/ after
 * the page has loaded; bytes are the encoded (on-the-wire) sizes of every
 * response from submitting the query to the result count appearing.
 *
 *   import { benchSearch } from './bench/search.ts';
 *   const result = await benchSearch('http://127.0.0.1:4321', '/usr/bin/chromium');
 *
 * Or directly: node scripts/bench/search.ts <preview base URL> [chromium path]
 */
import { chromium, type Browser } from '@playwright/test';

export interface SearchMeasure {
  query: string;
  /** Bytes on the wire for the query (bodies as sent, plus headers), after the page loaded. */
  bytes: number;
  requests: number;
  /** Paths fetched, for the record. */
  fetched: string[];
  /** Whether any Pagefind file was fetched. */
  pagefind: boolean;
  /** Milliseconds from submitting the query to the result count being shown. */
  ms: number;
  /** The result count as announced. */
  status: string;
}

export interface SearchBench {
  dateOnly: SearchMeasure;
  firstWord: SearchMeasure;
}

async function measure(browser: Browser, base: string, query: string): Promise<SearchMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(new URL('search/', base.replace(/\/?$/, '/')).href, { waitUntil: 'load' });
    await page.locator('[data-search-app]').waitFor({ state: 'visible' });

    // Page-level request events include the search worker's fetches (Pagefind runs in a worker).
    const fetched: string[] = [];
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => {
      fetched.push(new URL(request.url()).pathname);
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
    });

    const box = page.getByRole('searchbox', { name: 'Words, a date, or both' });
    await box.fill(query);
    const started = performance.now();
    await box.press('Enter');
    const status = page.getByRole('status');
    await page.waitForFunction(
      (el) => /\d+ (result|event)|^No /.test(el?.textContent ?? ''),
      await status.elementHandle(),
    );
    const ms = performance.now() - started;
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { query, bytes, requests: fetched.length, fetched, pagefind: fetched.some((p) => p.includes('/pagefind/')), ms: Math.round(ms), status: (await status.textContent()) ?? '' };
  } finally {
    await context.close();
  }
}

export async function benchSearch(baseUrl: string, chromiumPath: string, queries = { dateOnly: 'June 2018', firstWord: 'sanctions' }): Promise<SearchBench> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    return {
      dateOnly: await measure(browser, baseUrl, queries.dateOnly),
      firstWord: await measure(browser, baseUrl, queries.firstWord),
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2] ?? 'http://127.0.0.1:4321';
  const executable = process.argv[3] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  const result = await benchSearch(base, executable);
  for (const [name, m] of Object.entries(result)) {
    console.log(`${name.padEnd(9)} "${m.query}": ${m.bytes} bytes in ${m.requests} requests, ${m.ms} ms, pagefind ${m.pagefind ? 'loaded' : 'not loaded'} — ${m.status}`);
  }
}
