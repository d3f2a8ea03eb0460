/**
 * Search cost as a reader meets it, measured in the browser when the search
 * page does not provide its own benchmark: load /search/?q=<query> cold and
 * count every byte fetched until the first result link shows, and the time
 * from navigation start to then.
 */
import type { Browser } from '@playwright/test';
import { localOnly } from './browser.ts';

export interface SearchCost {
  query: string;
  bytes: number;
  requests: number;
  ms: number;
  /** Whether Pagefind's WebAssembly was fetched. */
  wasm: boolean;
}

export async function probeSearch(browser: Browser, baseUrl: string, query: string): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await localOnly(page, baseUrl);
    const sizes: Promise<number>[] = [];
    const urls: string[] = [];
    page.on('response', (response) => {
      urls.push(response.url());
      sizes.push(response.body().then((b) => b.length, () => 0));
    });
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    if ((await page.getByRole('searchbox').count()) === 0) throw new Error('the search page has no search box yet (placeholder)');
    const results = page.getByRole('region', { name: /search results/i }).getByRole('link').first();
    await results.waitFor({ state: 'visible', timeout: 15_000 }).catch(() => {
      throw new Error(`no result link in a "Search results" region for "${query}" within 15 s`);
    });
    const ms = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    return { query, bytes, requests: urls.length, ms, wasm: urls.some((u) => u.endsWith('.wasm') || u.includes('wasm.')) };
  } finally {
    await context.close();
  }
}

/** A word a reader might search for first: a long word found in exactly one claim's quote. */
export function distinctiveWord(quotes: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const quote of quotes) for (const word of new Set(quote.toLowerCase().match(/[a-z]{8,}/g) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
  const found = quotes.flatMap((q) => q.toLowerCase().match(/[a-z]{8,}/g) ?? []).find((w) => counts.get(w) === 1);
  if (!found) throw new Error('no distinctive word in the claims');
  return found;
}

/** Bytes a cold load of a page fetches until the network is idle. */
export async function pageBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await localOnly(page, new URL(url).origin);
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => sizes.push(response.body().then((b) => b.length, () => 0)));
    await page.goto(url, { waitUntil: 'networkidle' });
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  } finally {
    await context.close();
  }
}
