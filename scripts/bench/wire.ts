/**
 * A whole page's weight as a reader's browser fetches it: the HTML, styles,
 * scripts, fonts, data and images it requests during a cold load until the
 * network is quiet, each counted at the size a server compressing text with
 * gzip -9 sends (fonts and images as they are: already compressed). Both sides
 * of a comparison are weighed the same way, whatever server each is on.
 */
import type { Browser } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { localOnly } from './browser.ts';

export type WireKind = 'html' | 'css' | 'js' | 'font' | 'data' | 'img' | 'other';

export interface PageOnWire {
  bytes: Record<WireKind, number>;
  total: number;
  requests: number;
  /** Requests to other origins, refused (not counted). */
  blocked: string[];
}

const TEXT = /^(text\/|application\/(javascript|json|xml|.*\+json|.*\+xml)|image\/svg\+xml)/;

function kindOf(resourceType: string, contentType: string, url: string, dataUrls: readonly RegExp[]): WireKind {
  if (dataUrls.some((pattern) => pattern.test(url))) return 'data';
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  if (resourceType === 'font') return 'font';
  if (resourceType === 'image') return 'img';
  if (resourceType === 'fetch' || resourceType === 'xhr' || /json/.test(contentType)) return 'data';
  return 'other';
}

/**
 * Load `url` cold at 1280×800 and weigh everything it fetched. `dataUrls`
 * marks requests that carry the page's data though they arrive as scripts
 * (TimelineJS3's events file, for one).
 */
export async function pageOnWire(browser: Browser, url: string, dataUrls: readonly RegExp[] = []): Promise<PageOnWire> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const blocked = await localOnly(page, new URL(url).origin);
    const weighed: Promise<{ kind: WireKind; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      weighed.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          const contentType = response?.headers()['content-type'] ?? '';
          const text = TEXT.test(contentType) || ['document', 'stylesheet', 'script'].includes(request.resourceType());
          return { kind: kindOf(request.resourceType(), contentType, request.url(), dataUrls), bytes: text ? gzipSync(body, { level: 9 }).length : body.length };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.waitForTimeout(500);
    const all = await Promise.all(weighed);
    const bytes: Record<WireKind, number> = { html: 0, css: 0, js: 0, font: 0, data: 0, img: 0, other: 0 };
    for (const item of all) bytes[item.kind] += item.bytes;
    return { bytes, total: all.reduce((sum, item) => sum + item.bytes, 0), requests: all.length, blocked: [...blocked] };
  } finally {
    await context.close();
  }
}

export function describeWire(w: PageOnWire): string {
  const k = (n: number) => `${(n / 1000).toFixed(1)}`;
  const parts = (Object.entries(w.bytes) as [WireKind, number][]).filter(([, n]) => n > 0).map(([kind, n]) => `${kind} ${k(n)}`);
  return `${k(w.total)} KB in ${w.requests} requests (${parts.join(', ')})${w.blocked.length ? `; refused ${w.blocked.length} to other origins` : ''}`;
}
