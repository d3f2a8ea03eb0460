/**
 * Both full-text engines, written after the site is built from one list of
 * search records (src/data/search/records.ts, left by the page build in
 * RECORDS_FILE): each record goes to Pagefind through its public Node API
 * (`addCustomRecord`), which writes its bundle to dist/pagefind/, and the
 * same records become the small text index (src/integration/text-index.ts).
 * Neither engine reads the built HTML, and nothing reads Pagefind's output.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindRecord, readSearchRecords, RECORDS_FILE, type SearchRecord } from '../lib/search/record.ts';
import { writeTextIndex } from './text-index.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export class SearchIndexError extends Error {
  constructor(errors: string[]) {
    super(`The search index could not be built:\n${errors.map((e) => `  - ${e}`).join('\n')}\nCheck that pagefind is installed (npm install) and that the page build wrote ${RECORDS_FILE} (src/pages/search/records.json.ts).`);
    this.name = 'SearchIndexError';
  }
}

/** The records the page build left, read and removed from the output. */
function takeRecords(outDir: string): SearchRecord[] {
  const path = join(outDir, RECORDS_FILE);
  try {
    return readSearchRecords(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new SearchIndexError([error instanceof Error ? error.message : String(error)]);
  } finally {
    rmSync(path, { force: true });
  }
}

/** Pagefind's index of the records, in dist/pagefind/. */
async function writePagefind(outDir: string, records: readonly SearchRecord[]): Promise<void> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!created.index) throw new SearchIndexError(created.errors);
    for (const record of records) {
      const added = await created.index.addCustomRecord(pagefindRecord(record));
      if (added.errors.length > 0) throw new SearchIndexError(added.errors.map((e) => `${record.url}: ${e}`));
    }
    const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
  } finally {
    await pagefind.close();
  }
}

export async function buildSearchIndex(outDir: string, logger: Logger): Promise<void> {
  const started = performance.now();
  const records = takeRecords(outDir);
  if (records.length === 0) throw new SearchIndexError(['the site has no piece, claim or event to index']);
  await writePagefind(outDir, records);
  logger.info(`search index (Pagefind): ${records.length} records indexed into pagefind/ in ${Math.round(performance.now() - started)} ms`);
  // On a small site, the same records in one file the search page answers words from.
  writeTextIndex(outDir, records, logger);
}
