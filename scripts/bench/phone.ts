/**
 * Pages on a slow phone: Chromium with Chrome DevTools' "slow 4G" network
 * (562.5 ms round trip, 1.47 Mbps down, 675 kbps up, the figures Lighthouse's
 * mobile profile applies), its CPU slowed 4×, a 375-px viewport, and a cold
 * cache and fresh connections for every load (a new browser context each
 * time). The site is served by its own nginx configuration (dist/_nginx.conf),
 * as deployed, so compression and headers are the real ones.
 *
 * For each page, beside its first contentful paint, the floor no stylesheet
 * or script can beat: the time to receive the HTML document alone (the same
 * page loaded with every other request refused). FCP ÷ floor says how many
 * round trips the page waits for after its HTML: 1.0 paints with the HTML.
 *
 * Two networks, as the two ways of slowing one differ: `devtools`, DevTools'
 * throttling, which delays each response by the latency but charges nothing
 * for opening a connection (so the HTML arrives a round trip sooner than on
 * a real network); and `link`, the page fetched through a slow link
 * (./slow-link.ts) where a new connection costs its handshake's round trip,
 * as on a phone (without TLS's, the local server being plain HTTP).
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { median } from './table.ts';

export const PHONE = {
  latencyMs: 562.5,
  downKbps: 1474.56,
  upKbps: 675,
  cpuSlowdown: 4,
  width: 375,
  height: 740,
} as const;

export interface PhoneLoad {
  /** First contentful paint, ms from navigation start. */
  fcp: number;
  /** The HTML document fully received (responseEnd), ms from navigation start. */
  htmlEnd: number;
  /** The longest main-thread task before the page was idle after load, ms (0: none over 50 ms). */
  longestTask: number;
  /** Cumulative layout shift by the time the page was idle. */
  cls: number;
  /** Bytes received for the page and everything it fetched (as sent: compressed where the server compressed). */
  bytes: number;
  requests: number;
}

/** How the network is slowed (see above). */
export type PhoneNetwork = 'devtools' | 'link';

export interface PhoneRow {
  path: string;
  /** Medians of `runs` cold loads. */
  fcp: number;
  floor: number;
  /**
   * First paint of the HTML alone (nothing else loaded): what the page's own
   * markup and inline styles cost to draw on the slowed CPU. FCP near it and
   * well above the floor means drawing, not waiting, is what is left.
   */
  floorPaint: number;
  longestTask: number;
  cls: number;
  bytes: number;
  requests: number;
  runs: number;
}

async function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
}

/** One cold load on the phone profile; with `htmlOnly`, every request but the document is refused. */
export async function phoneLoad(browser: Browser, url: string, htmlOnly = false, network: PhoneNetwork = 'devtools'): Promise<PhoneLoad> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  try {
    // The floor: every request but the document refused. (A full load is left
    // unrouted: interception would add a trip through this process to every
    // request, and the site's CSP loads nothing from other origins anyway.)
    if (htmlOnly) {
      await page.route('**/*', (route) => {
        const request = route.request();
        return request.isNavigationRequest() && request.frame() === page.mainFrame() ? route.continue() : route.abort();
      });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Through the slow link the network is already slow: slowing it here too would count it twice.
    if (network === 'devtools') {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: PHONE.latencyMs,
        downloadThroughput: (PHONE.downKbps * 1024) / 8,
        uploadThroughput: (PHONE.upKbps * 1024) / 8,
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number; __cls: number };
      w.__longest = 0;
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Idle after load: late work (enhancing scripts, search answers) has run.
    await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 })));
    await page.waitForTimeout(htmlOnly ? 300 : 1500);
    const timing = await page.evaluate(() => {
      const w = window as unknown as { __longest: number; __cls: number };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      return { fcp, htmlEnd: nav?.responseEnd ?? Number.NaN, longestTask: w.__longest, cls: w.__cls };
    });
    return { ...timing, bytes, requests };
  } finally {
    await context.close();
  }
}

/** Median of `runs` cold loads of a page, and of `runs` loads of its HTML alone. */
export async function phoneRow(browser: Browser, baseUrl: string, path: string, runs = 3, network: PhoneNetwork = 'devtools'): Promise<PhoneRow> {
  const full: PhoneLoad[] = [];
  const alone: PhoneLoad[] = [];
  for (let i = 0; i < runs; i++) {
    alone.push(await phoneLoad(browser, `${baseUrl}${path}`, true, network));
    full.push(await phoneLoad(browser, `${baseUrl}${path}`, false, network));
  }
  const fcps = full.map((l) => l.fcp);
  if (fcps.some((f) => Number.isNaN(f))) throw new Error(`${path}: no first contentful paint recorded`);
  return {
    path,
    fcp: median(fcps),
    floor: median(alone.map((l) => l.htmlEnd)),
    floorPaint: median(alone.map((l) => l.fcp).filter((f) => !Number.isNaN(f))),
    longestTask: median(full.map((l) => l.longestTask)),
    cls: median(full.map((l) => l.cls)),
    bytes: median(full.map((l) => l.bytes)),
    requests: median(full.map((l) => l.requests)),
    runs,
  };
}

export function describePhoneRow(row: PhoneRow): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `FCP ${s(row.fcp)} vs HTML alone ${s(row.floor)}: ${(row.fcp / row.floor).toFixed(2)}× the floor (the HTML alone paints at ${s(row.floorPaint)}); longest task ${Math.round(row.longestTask)} ms, CLS ${row.cls.toFixed(3)}, ${(row.bytes / 1000).toFixed(1)} KB in ${row.requests} requests  (${row.path}, median of ${row.runs})`;
}
