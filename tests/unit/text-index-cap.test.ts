import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_INDEX_MAX_PAGES, writeTextIndex } from '../../src/integration/text-index.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const record = (i: number, years = ['2018']): SearchRecord => ({
  url: `/events/e-${i}/`,
  content: `Event ${i}. Talks in Beijing.`,
  meta: { title: `Event ${i}`, type: 'event', date: '1 May 2018', start: '2018-05-01', end: '2018-05-01' },
  filters: { type: ['event'], year: years },
});

/** An empty dist/ folder. */
function emptyDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'text-index-'));
  made.push(dist);
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
    const dist = emptyDist();
    const log = logger();
    const gzipped = writeTextIndex(dist, [0, 1, 2].map((i) => record(i)), log);
    expect(gzipped).toBeGreaterThan(0);
    const file = JSON.parse(readFileSync(join(dist, 'search', 'text.json'), 'utf8')) as { docs: unknown[][] };
    expect(file.docs.map((d) => d[0])).toEqual(['/events/e-0/', '/events/e-1/', '/events/e-2/']);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toMatch(/^info: small text index: 3 pages, \d+ bytes/);
  });

  it('is not written past the cap, and the records are not packed', () => {
    const dist = emptyDist();
    // Records that cannot be packed past the cap (filed under years their dates do not span): packing any of them would throw.
    const records = Array.from({ length: TEXT_INDEX_MAX_PAGES + 1 }, (_, i) => record(i, i < 2 ? ['2018'] : ['1999']));
    const log = logger();
    expect(writeTextIndex(dist, records, log)).toBeNull();
    expect(existsSync(join(dist, 'search', 'text.json'))).toBe(false);
    expect(log.lines).toEqual([`info: small text index: not written, 7201 pages (over 7200, which cannot fit in 72000 bytes gzipped); word queries use Pagefind`]);
  }, 60_000);
});
