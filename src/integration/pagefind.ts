/**
 * The full-text index, written after the site is built: Pagefind reads every
 * page whose <main> carries data-pagefind-body (pieces, claims, events), with
 * the meta, filters and sort key from src/components/SearchMeta.astro, and
 * writes its bundle to dist/pagefind/; then, from that bundle, the small
 * text index (src/integration/text-index.ts).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeTextIndex } from './text-index.ts';

interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Labels and furniture inside <main> that are not the page's text, so no
 * result excerpt shows them: definition terms ("Author", "When"), eyebrows,
 * hidden headings that repeat the text, buttons, in-page navigation, the
 * event page's small timeline with its "Open the timeline on these months"
 * caption, forms and buttons, the site's own notes about the record
 * ("This happened after both pieces were written").
 */
const LABELS = ['dt', '.eyebrow', '.visually-hidden', '.button', 'nav', '.tl-strip', 'figcaption', 'form', 'button', '.note'];

export class SearchIndexError extends Error {
  constructor(errors: string[]) {
    super(`The search index could not be built:\n${errors.map((e) => `  - ${e}`).join('\n')}\nCheck that pagefind is installed (npm install) and that dist/ holds the built pages.`);
    this.name = 'SearchIndexError';
  }
}

export async function buildSearchIndex(outDir: string, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: LABELS });
    if (!created.index) throw new SearchIndexError(created.errors);
    const added = await created.index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new SearchIndexError(added.errors);
    if (added.page_count === 0) throw new SearchIndexError(['no page with data-pagefind-body was found']);
    const written = await created.index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new SearchIndexError(written.errors);
    logger.info(`search index (Pagefind): ${added.page_count} pages indexed into pagefind/ in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
  // On a small site, the same pages' text in one file the search page answers words from.
  writeTextIndex(outDir, logger);
}
