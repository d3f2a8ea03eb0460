/**
 * The cost of share images: every card rendered from an empty cache (a clean
 * build) on one thread and with one worker per core, then again with the
 * cache warm (a rebuild with nothing changed), then with one card's input
 * changed. Prints JSON; writes bench-results/og.json. `npm run bench` can
 * call measureShareImages().
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAllCards, type RenderReport } from '../../src/integration/og/render.ts';
import { checkContent, type CheckedContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { cardsFromSite } from '../../src/data/cards.ts';
import { joinSite } from '../../src/data/record.ts';
import type { Store } from '../../src/data/store.ts';
import { entriesOf } from '../../src/loader/entries.ts';

/** The build's cards for this content: the loader's entries, joined by src/data/. */
const cardsOf = (content: CheckedContent) => cardsFromSite(joinSite(entriesOf(content) as unknown as Store));

export interface ShareImageBench {
  /** Every card from an empty cache, on one thread. */
  coldOneWorker: RenderReport;
  /** Every card from an empty cache, one worker per core. */
  cold: RenderReport;
  warm: RenderReport;
  oneChanged: RenderReport;
}

export async function measureShareImages(root = process.cwd()): Promise<ShareImageBench> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'og-bench-'));
  try {
    const { content } = checkContent(await readContentDir(root));
    const cards = cardsOf(content);
    const coldOneWorker = await renderAllCards({ cards, cacheDir, workers: 1 });
    await rm(cacheDir, { recursive: true, force: true });
    const cold = await renderAllCards({ cards, cacheDir });
    const warm = await renderAllCards({ cards, cacheDir });
    // Change one claim's quote in memory: only its card should be rendered again.
    const [first] = content.articles;
    const edited = first && first.claims[0]
      ? { ...content, articles: [{ ...first, claims: [{ ...first.claims[0], quote: `Edited: ${first.claims[0].quote}` }, ...first.claims.slice(1)] }, ...content.articles.slice(1)] }
      : content;
    const oneChanged = await renderAllCards({ cards: cardsOf(edited), cacheDir });
    return { coldOneWorker, cold, warm, oneChanged };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await measureShareImages();
  const text = JSON.stringify(result, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v), 2);
  await mkdir('bench-results', { recursive: true });
  await writeFile(join('bench-results', 'og.json'), `${text}\n`);
  console.log(text);
}
