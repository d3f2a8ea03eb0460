/**
 * The small text index (/search/text.json, src/lib/search/text-index.ts),
 * packed from the search records Pagefind is given (src/lib/search/record.ts),
 * so both engines search the same words. On a small site the search page
 * answers word queries from it alone; past TEXT_INDEX_MAX_BYTES (gzipped) the
 * build writes none and the page uses Pagefind, which fetches only the parts
 * of its index a query needs.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SearchRecord } from '../lib/search/record.ts';
import { packTextIndex } from '../lib/search/text-index.ts';
import { paths } from '../lib/urls.ts';

/**
 * Above this many gzipped bytes one file costs more than Pagefind's way; the
 * build then writes no small index. Measured on this site (Pagefind 1.6), a
 * first word query through Pagefind fetches about 106 KB gzipped in four
 * round trips one after another: its script (13 KB), then its wasm (60 KB),
 * entry and metadata (2 KB), then the filters (3 KB) and an index chunk
 * (about 19 KB), then a fragment per result (under 1 KB each). The small
 * index is one request: at 72 KB it still fetches a third less than Pagefind
 * and saves three round trips (about 1.7 s on a slow 4G phone at 562 ms
 * each). The record to the present (164 pages) packs into about 48 KB.
 */
export const TEXT_INDEX_MAX_BYTES = 72_000;

export const TEXT_INDEX_FILE = paths.searchFile('text.json').slice(1);

/**
 * Past this many pages the file cannot fit under TEXT_INDEX_MAX_BYTES: each
 * row carries its own URL, title, date and text, which no compressor brings
 * under 10 bytes a page (this site's rows take about 250 bytes gzipped, the
 * benchmark corpus's about 170). Counting the records first spares a large
 * site packing and gzipping every page only to throw the result away.
 */
export const TEXT_INDEX_MAX_PAGES = Math.floor(TEXT_INDEX_MAX_BYTES / 10);

interface Logger {
  info(message: string): void;
}

/** Writes dist/search/text.json when the site is small enough; returns its gzipped size, or null when none was written. */
export function writeTextIndex(outDir: string, records: readonly SearchRecord[], logger: Logger): number | null {
  const target = join(outDir, TEXT_INDEX_FILE);
  rmSync(target, { force: true });
  if (records.length > TEXT_INDEX_MAX_PAGES) {
    logger.info(`small text index: not written, ${records.length} pages (over ${TEXT_INDEX_MAX_PAGES}, which cannot fit in ${TEXT_INDEX_MAX_BYTES} bytes gzipped); word queries use Pagefind`);
    return null;
  }
  const json = JSON.stringify(packTextIndex(records));
  const gzipped = gzipSync(json, { level: 9 }).length;
  if (gzipped > TEXT_INDEX_MAX_BYTES) {
    logger.info(`small text index: not written, ${records.length} pages would be ${gzipped} bytes gzipped (over ${TEXT_INDEX_MAX_BYTES}); word queries use Pagefind`);
    return null;
  }
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(target, json);
  logger.info(`small text index: ${records.length} pages, ${Buffer.byteLength(json)} bytes, ${gzipped} gzipped, in ${TEXT_INDEX_FILE}`);
  return gzipped;
}
