/**
 * The site built from a generated corpus in a temporary copy of the project:
 * the project's config, src/ and public/ with a generated content/, and a
 * symlink to node_modules. Nothing is written inside the project itself.
 * Share images are left out of the corpus build (SHARE_IMAGES=off) and
 * measured apart, by `sampleCardCost`: 14,000 cards would swamp the timing of
 * everything else.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateCorpus, type CorpusSize } from './corpus-content.ts';
import { run, tail, type RunResult } from './process.ts';

/** Top-level entries of the project that a build does not need. */
const SKIP = new Set(['node_modules', 'dist', 'content', '.astro', '.git', 'test-results', 'playwright-report', 'bench-results', 'tests']);

export interface CorpusProject {
  root: string;
  files: number;
  remove: () => void;
}

export function prepareCorpusProject(projectRoot: string, size: CorpusSize): CorpusProject {
  const root = mkdtempSync(join(tmpdir(), 'lips-corpus-'));
  for (const entry of readdirSync(projectRoot)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(realpathSync(join(projectRoot, 'node_modules')), join(root, 'node_modules'), 'dir');
  // The real record comes along (the site's own data, such as the comparisons
  // and the story callouts, cites its claims and events), and the generated
  // corpus is added beside it.
  cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  // The corpus publishes none of the real site's URLs: start it with an empty ledger.
  writeFileSync(join(root, 'permalinks.json'), '[]\n');
  writeFileSync(join(root, 'redirects.json'), '{}\n');
  const files = generateCorpus(size);
  for (const file of files) {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return { root, files: files.length, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export async function buildCorpus(project: CorpusProject, siteUrl: string): Promise<RunResult> {
  const result = await run('npx', ['astro', 'build'], { cwd: project.root, env: { SITE_URL: siteUrl, SHARE_IMAGES: 'off' }, timeoutMs: 30 * 60_000 });
  if (result.code !== 0) throw new Error(`corpus build failed: ${tail(result.output)}`);
  return result;
}

export interface CardCost {
  /** Cards the whole corpus has. */
  cards: number;
  /** Cards drawn cold in each run. */
  sampled: number;
  /** Wall-clock ms for the sample on one thread and on `workers` threads. */
  oneMs: number;
  allMs: number;
  workers: number;
}

/**
 * Draw a sample of the corpus's share cards from an empty cache, once on one
 * thread and once with one worker per core, through the build's own renderer;
 * the whole corpus's cold time is projected from each.
 */
export async function sampleCardCost(project: CorpusProject, sample: number): Promise<CardCost> {
  const { checkContent } = await import('../../src/validate/check-content.ts');
  const { readContentDir } = await import('../../src/validate/read-content.ts');
  const { cardsFromSite } = await import('../../src/data/cards.ts');
  const { joinSite } = await import('../../src/data/record.ts');
  const { entriesOf } = await import('../../src/loader/entries.ts');
  const { renderAllCards } = await import('../../src/integration/og/render.ts');
  const { defaultWorkers } = await import('../../src/integration/og/pool.ts');
  const { content } = checkContent(await readContentDir(project.root));
  const everyCard = cardsFromSite(joinSite(entriesOf(content) as unknown as Parameters<typeof joinSite>[0]));
  const cards = everyCard.length;
  const timed = async (workers: number) => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'og-sample-'));
    try {
      const report = await renderAllCards({ cards: everyCard, cacheDir, workers, limit: sample });
      return { ms: report.renderMs, workers: report.workers, sampled: report.rendered };
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  };
  const one = await timed(1);
  const all = await timed(defaultWorkers());
  return { cards, sampled: one.sampled, oneMs: one.ms, allMs: all.ms, workers: all.workers };
}
