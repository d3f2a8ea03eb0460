import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Card } from '../../lib/share-image.ts';
import { fontsFingerprint } from './fonts.ts';
import { defaultWorkers, renderJobs } from './pool.ts';
import { fileInside } from '../inside.ts';
import type { Job } from './worker.ts';

/**
 * Renders every share card (satori → SVG → resvg → PNG) into a content-hash
 * cache, then copies them into the build output. A card is rendered again
 * only when its text, the template, the fonts or the renderers change; the
 * rest are copied from the cache. Cards are drawn in worker threads, one
 * per core (src/integration/og/pool.ts). The timing it returns is what
 * `npm run bench` records.
 */

/** Bump to force every card to be rendered again. */
export const RENDERER_VERSION = 3;

export interface RenderOptions {
  /** Every card's text (src/data/cards.ts, through the card manifest). */
  cards: readonly Card[];
  /** Where rendered PNGs are kept between builds. */
  cacheDir: string;
  /** Build output folder; when given, cards are copied to <outDir>/og/…. */
  outDir?: string;
  /** Threads drawing cards; one per core by default (CARD_WORKERS overrides). */
  workers?: number | undefined;
  /** Draw only the first this many cards (the benchmark's samples). */
  limit?: number | undefined;
}

export interface RenderReport {
  total: number;
  rendered: number;
  reused: number;
  /** Wall-clock milliseconds for the whole step, and for rendering alone. */
  ms: number;
  renderMs: number;
  /** Threads that drew the cards. */
  workers: number;
}

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  return (JSON.parse(require('node:fs').readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

let environment: Promise<string> | undefined;

/** Everything besides the card's text that changes the pixels. */
function environmentKey(): Promise<string> {
  environment ??= (async () => {
    const read = (name: string) => readFile(fileURLToPath(new URL(name, import.meta.url)), 'utf8').catch(() => '');
    const template = (await Promise.all(['./template.ts', '../../lib/card-type.ts', '../../lib/arc.ts'].map(read))).join('\n');
    return [RENDERER_VERSION, packageVersion('satori'), packageVersion('@resvg/resvg-js'), await fontsFingerprint(), template].join('\n');
  })();
  return environment;
}

export async function cardKey(card: Card): Promise<string> {
  return createHash('sha256').update(await environmentKey()).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export async function renderAllCards(options: RenderOptions): Promise<RenderReport> {
  const started = performance.now();
  const all = options.cards;
  const cards = options.limit === undefined ? all : all.slice(0, options.limit);
  await mkdir(options.cacheDir, { recursive: true });
  const cached = new Set(await readdir(options.cacheDir));
  const used = new Set<string>();
  const jobs: Job[] = [];
  const files = await Promise.all(cards.map(async (card) => `${await cardKey(card)}.png`));
  cards.forEach((card, i) => {
    const file = files[i] ?? '';
    if (!cached.has(file) && !used.has(file)) jobs.push({ card, file: join(options.cacheDir, file) });
    used.add(file);
  });
  const renderStarted = performance.now();
  const workers = jobs.length > 0 ? await renderJobs(jobs, options.workers ?? defaultWorkers()) : 0;
  const renderMs = performance.now() - renderStarted;
  if (options.outDir) {
    const outDir = options.outDir;
    await Promise.all(
      cards.map(async (card, i) => {
        // Card paths come from checked ids; proving them inside dist/ is the second net.
        const target = fileInside(outDir, card.path);
        if (target === null) throw new Error(`share card ${JSON.stringify(card.path)} would be written outside dist/; check the id it is named after`);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(options.cacheDir, files[i] ?? ''), target);
      }),
    );
  }
  // Cards no longer produced (a claim renamed, the template changed) leave the cache.
  await Promise.all([...cached].filter((f) => f.endsWith('.png') && !used.has(f)).map((f) => rm(join(options.cacheDir, f), { force: true })));
  return { total: cards.length, rendered: jobs.length, reused: cards.length - jobs.length, ms: performance.now() - started, renderMs, workers };
}
