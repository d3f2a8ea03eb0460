/**
 * Budgets for the search page's data files, gzipped (1 KB = 1,000 bytes):
 * a date query fetches the periods of the date index it needs (their facts,
 * and the text of the results on screen), the labels
 * and names go with every search, the vocabulary when a word query finds
 * little, the small text index with the first word query; the whole date
 * index only with search as of a day. Each budget is the file's size on the
 * record to the present with a tenth or so to grow, so a jump is noticed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SEARCH_DATA_KB: Record<string, number> = {
  // The whole date index (every event with a line of summary: 15.5 KB for the 117 events to June 2026,
  // about 0.13 KB each): fetched only by search as of a day.
  'search/dates.json': 18,
  // The date index's largest period (2018), in two files fetched together by a date query in it: its facts
  // (2.3 KB) and its text (6.4 KB; a query over several periods fetches only the text of its first page's).
  // Each period is checked below. (Both in one file, as before the text was split off: 9.5 KB.)
  'search/dates/*.json': 3,
  'search/dates/text/*.json': 7.5,
  'search/labels.json': 2,
  'search/words.txt': 8,
  // Every name form of every person, fetched with the labels by every search.
  'search/names.json': 3,
  // The small text index (src/integration/text-index.ts): every word query's one fetch on this site,
  // one record a page (src/data/search/records.ts): about 0.3 KB a page, 52.9 KB for the 176 pages of
  // the record to June 2026, with room for about twenty more events before the budget speaks.
  'search/text.json': 58,
};

/** The files of a one-star pattern ("search/dates/*.json"), the manifest (index.json) aside. */
function filesMatching(dist: string, pattern: string): string[] {
  const folder = pattern.slice(0, pattern.lastIndexOf('/'));
  const [before, after] = pattern.slice(folder.length + 1).split('*') as [string, string];
  if (!existsSync(join(dist, folder))) return [];
  return readdirSync(join(dist, folder)).filter((f) => f !== 'index.json' && f.startsWith(before) && f.endsWith(after)).map((f) => `${folder}/${f}`);
}

/** One line per file, and the failures (file, size, overage). */
export function checkSearchData(dist: string): { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [pattern, limit] of Object.entries(SEARCH_DATA_KB)) {
    // A pattern ("search/dates/*.json") stands for each of its files: the heaviest is shown, every one is held to the budget.
    const files = pattern.includes('*') ? filesMatching(dist, pattern) : [pattern];
    if (files.length === 0 || !existsSync(join(dist, files[0]!))) {
      failures.push(`${pattern}: missing from the build (${pattern === 'search/text.json' ? 'src/integration/text-index.ts' : `src/pages/${pattern.replace('*', '[period]')}.ts`} makes it)`);
      continue;
    }
    const sizes = files.map((file) => ({ file, gz: gzipSync(readFileSync(join(dist, file))).length })).sort((a, b) => b.gz - a.gz);
    const { file, gz } = sizes[0]!;
    lines.push(`${(pattern.includes('*') ? `${pattern} (${file.split('/').pop()})` : file).padEnd(20)} ${(gz / 1000).toFixed(1).padStart(5)} KB gz  (budget ${limit} KB)`);
    for (const each of sizes.filter((s) => s.gz > limit * 1000)) {
      failures.push(`${each.file}: ${(each.gz / 1000).toFixed(1)} KB gzipped is over its ${limit} KB budget by ${((each.gz - limit * 1000) / 1000).toFixed(1)} KB; shorten what src/data/search/ writes into it`);
    }
  }
  return { lines, failures };
}
