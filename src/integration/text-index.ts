/**
 * The small text index (/search/text.json, src/lib/search/text-index.ts),
 * written after Pagefind from Pagefind's own fragments — each indexed page's
 * text without chrome, its meta and filters — so both engines search the
 * same words. On a small site the search page answers word queries from it
 * alone; past TEXT_INDEX_MAX_BYTES (gzipped) the build writes none and the
 * page uses Pagefind, which fetches only the parts of its index a query needs.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { packTextIndex, type TextPage } from '../lib/search/text-index.ts';

/**
 * Above this many gzipped bytes one file costs more than Pagefind's chunks; the
 * build then writes no small index. The record to the present (about 170
 * pages) is near 45 KB; 72 KB is one request of under half a second on slow
 * 4G, and still well below Pagefind's own script, wasm and first chunks.
 */
export const TEXT_INDEX_MAX_BYTES = 72_000;

export const TEXT_INDEX_FILE = 'search/text.json';

/**
 * Past this many pages the file cannot fit under TEXT_INDEX_MAX_BYTES: each
 * row carries its own URL, title, date and text, which no compressor brings
 * under 10 bytes a page (this site's rows take about 250 bytes gzipped, the
 * benchmark corpus's about 170). Counting the fragments first spares a large
 * site reading, packing and gzipping every page only to throw the result away.
 */
export const TEXT_INDEX_MAX_PAGES = Math.floor(TEXT_INDEX_MAX_BYTES / 10);

/** Pagefind (1.x) writes each fragment gzipped, its JSON after this signature. */
const SIGNATURE = 'pagefind_dcd';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

function readFragment(path: string): TextPage {
  let text = gunzipSync(readFileSync(path)).toString('utf8');
  if (text.startsWith(SIGNATURE)) text = text.slice(SIGNATURE.length);
  const data = JSON.parse(text) as Partial<TextPage>;
  if (typeof data.url !== 'string' || typeof data.content !== 'string' || !data.meta || !data.filters) throw new Error(`${path}: not a Pagefind fragment (url, content, meta, filters)`);
  return { url: data.url, content: data.content, meta: data.meta, filters: data.filters };
}

/** Writes dist/search/text.json when the site is small enough; returns its gzipped size, or null when none was written. */
export function writeTextIndex(outDir: string, logger: Logger): number | null {
  const target = join(outDir, TEXT_INDEX_FILE);
  rmSync(target, { force: true });
  const folder = join(outDir, 'pagefind', 'fragment');
  let pages: TextPage[];
  try {
    const fragments = readdirSync(folder).filter((f) => f.endsWith('.pf_fragment'));
    if (fragments.length > TEXT_INDEX_MAX_PAGES) {
      logger.info(`small text index: not written, ${fragments.length} pages (over ${TEXT_INDEX_MAX_PAGES}, which cannot fit in ${TEXT_INDEX_MAX_BYTES} bytes gzipped); word queries use Pagefind`);
      return null;
    }
    pages = fragments.map((f) => readFragment(join(folder, f)));
  } catch (error) {
    logger.warn(`small text index: not written (${error instanceof Error ? error.message : String(error)}); word queries will use Pagefind`);
    return null;
  }
  const json = JSON.stringify(packTextIndex(pages));
  const gzipped = gzipSync(json, { level: 9 }).length;
  if (gzipped > TEXT_INDEX_MAX_BYTES) {
    logger.info(`small text index: not written, ${pages.length} pages would be ${gzipped} bytes gzipped (over ${TEXT_INDEX_MAX_BYTES}); word queries use Pagefind`);
    return null;
  }
  mkdirSync(join(outDir, 'search'), { recursive: true });
  writeFileSync(target, json);
  logger.info(`small text index: ${pages.length} pages, ${Buffer.byteLength(json)} bytes, ${gzipped} gzipped, in ${TEXT_INDEX_FILE}`);
  return gzipped;
}
