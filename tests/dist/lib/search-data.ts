/**
 * Budgets for the search page's data files, gzipped (1 KB = 1,000 bytes):
 * the date index is fetched whole by every date query, the labels by every
 * search, the vocabulary when a word query finds little.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SEARCH_DATA_KB: Record<string, number> = {
  // The record to the present: about a hundred events, each with a line of summary.
  'search/dates.json': 18,
  'search/labels.json': 2,
  'search/words.txt': 8,
  // Every name form of every person, fetched with the labels by every search.
  'search/names.json': 3,
  // The small text index (src/integration/text-index.ts): every word query's one fetch on this site.
  'search/text.json': 60,
};

/** One line per file, and the failures (file, size, overage). */
export function checkSearchData(dist: string): { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [file, limit] of Object.entries(SEARCH_DATA_KB)) {
    const path = join(dist, file);
    if (!existsSync(path)) {
      failures.push(`${file}: missing from the build (${file === 'search/text.json' ? 'src/integration/text-index.ts' : `src/pages/${file}.ts`} makes it)`);
      continue;
    }
    const gz = gzipSync(readFileSync(path)).length;
    lines.push(`${file.padEnd(20)} ${(gz / 1000).toFixed(1).padStart(5)} KB gz  (budget ${limit} KB)`);
    if (gz > limit * 1000) failures.push(`${file}: ${(gz / 1000).toFixed(1)} KB gzipped is over its ${limit} KB budget by ${((gz - limit * 1000) / 1000).toFixed(1)} KB; shorten what src/data/search/ writes into it`);
  }
  return { lines, failures };
}
