/** Headless Chromium for the benchmark (Debian's, as the tests use), and the time to a first drawn event. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath } from '../../tests/chromium.ts';
import { median } from './table.ts';

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
}

/** Block every request that leaves the server under test, so only local bytes count; returns the blocked URLs as they come. */
export async function localOnly(page: Page, origin: string): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

/**
 * Milliseconds from navigation start until the first element matching
 * `selector` is in the page with a size, and a frame has been painted after it
 * (two animation frames later). Median of `runs` cold loads.
 */
export async function timeToFirst(browser: Browser, url: string, selector: string, runs = 3, timeoutMs = 15_000): Promise<{ ms: number; blocked: string[] }> {
  const times: number[] = [];
  let blocked: string[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      blocked = await localOnly(page, new URL(url).origin);
      await page.addInitScript((sel: string) => {
        const w = window as unknown as { __firstDrawn?: number };
        const check = () => {
          const el = document.querySelector(sel);
          const box = el?.getBoundingClientRect();
          if (!box || (box.width === 0 && box.height === 0)) return false;
          requestAnimationFrame(() => requestAnimationFrame(() => (w.__firstDrawn ??= performance.now())));
          return true;
        };
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document, { childList: true, subtree: true, attributes: true });
        document.addEventListener('DOMContentLoaded', () => check() && observer.disconnect());
      }, selector);
      await page.goto(url);
      const handle = await page
        .waitForFunction(() => (window as unknown as { __firstDrawn?: number }).__firstDrawn, undefined, { timeout: timeoutMs })
        .catch(() => {
          throw new Error(`nothing matching ${selector} was drawn on ${new URL(url).pathname} within ${timeoutMs / 1000} s`);
        });
      times.push(Number(await handle.jsonValue()));
    } finally {
      await context.close();
    }
  }
  return { ms: median(times), blocked };
}
