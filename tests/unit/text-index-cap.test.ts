import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_INDEX_MAX_PAGES, writeTextIndex } from '../../src/integration/text-index.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A dist/ folder with Pagefind fragments, as Pagefind 1.x writes them (gzipped, after a signature). */
function distWith(count: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'text-index-'));
  made.push(dist);
  const folder = join(dist, 'pagefind', 'fragment');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const fragment = { url: `/events/e-${i}/`, content: `Event ${i}. Talks in Beijing.`, meta: { title: `Event ${i}`, type: 'event', date: '1 May 2018', start: '2018-05-01', end: '2018-05-01' }, filters: { type: ['event'], year: ['2018'] } };
    writeFileSync(join(folder, `en_${i}.pf_fragment`), gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
  }
  return dist;
}

const logger = () => {
  const lines: string[] = [];
  return { lines, info: (m: string) => lines.push(`info: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`) };
};

describe('the small text index, by page count', () => {
  it('is capped at 7,200 pages: 72,000 bytes at no less than 10 bytes a page', () => {
    expect(TEXT_INDEX_MAX_PAGES).toBe(7200);
  });

  it('is written for a few pages', () => {
    const dist = distWith(3);
    const log = logger();
    const gzipped = writeTextIndex(dist, log);
    expect(gzipped).toBeGreaterThan(0);
    const file = JSON.parse(readFileSync(join(dist, 'search', 'text.json'), 'utf8')) as { docs: unknown[][] };
    expect(file.docs.map((d) => d[0])).toEqual(['/events/e-0/', '/events/e-1/', '/events/e-2/']);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^info: small text index: 3 pages, \d+ bytes/);
  });

  it('is not written past the cap, and the fragments are not read', () => {
    const dist = distWith(2);
    // Unreadable fragments past the cap: reading any of them would end in a warning.
    const folder = join(dist, 'pagefind', 'fragment');
    for (let i = 2; i <= TEXT_INDEX_MAX_PAGES; i++) writeFileSync(join(folder, `bad_${i}.pf_fragment`), 'not gzip');
    const log = logger();
    expect(writeTextIndex(dist, log)).toBeNull();
    expect(log.lines).toEqual([`info: small text index: not written, 7201 pages (over 7200, which cannot fit in 72000 bytes gzipped); word queries use Pagefind`]);
  }, 60_000);
});
