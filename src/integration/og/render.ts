import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { CheckedContent } from '../../validate/check-content.ts';
import { ContentError } from '../../validate/problem.ts';
import { runPipeline } from '../../loader/pipeline.ts';
import { SHARE_IMAGE } from '../../lib/share-image.ts';
import { cardsFromContent, type Card } from './cards.ts';
import { cardTree } from './template.ts';
import { fontsFingerprint, loadFonts } from './fonts.ts';

/**
 * Renders every share card (satori → SVG → resvg → PNG) into a content-hash
 * cache, then copies them into the build output. A card is rendered again
 * only when its text, the template, the fonts or the renderers change; the
 * rest are copied from the cache. The timing it returns is what
 * `npm run bench` records.
 */

/** Bump to force every card to be rendered again. */
export const RENDERER_VERSION = 1;

export interface RenderOptions {
  /** Project root (content/ lives there). Defaults to the current directory. */
  root?: string;
  /** Where rendered PNGs are kept between builds. */
  cacheDir: string;
  /** Build output folder; when given, cards are copied to <outDir>/og/…. */
  outDir?: string;
  /** Already-checked content; read from <root>/content when omitted. */
  content?: CheckedContent | undefined;
}

export interface RenderReport {
  total: number;
  rendered: number;
  reused: number;
  /** Wall-clock milliseconds for the whole step, and for rendering alone. */
  ms: number;
  renderMs: number;
}

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
  return (JSON.parse(require('node:fs').readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
}

let environment: Promise<string> | undefined;

/** Everything besides the card's text that changes the pixels. */
function environmentKey(): Promise<string> {
  environment ??= (async () => {
    const template = await readFile(fileURLToPath(new URL('./template.ts', import.meta.url)), 'utf8').catch(() => '');
    return [RENDERER_VERSION, packageVersion('satori'), packageVersion('@resvg/resvg-js'), await fontsFingerprint(), template].join('\n');
  })();
  return environment;
}

export async function cardKey(card: Card): Promise<string> {
  return createHash('sha256').update(await environmentKey()).update('\0').update(JSON.stringify(card)).digest('hex').slice(0, 32);
}

export async function renderCard(card: Card): Promise<Buffer> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts: await loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return Buffer.from(png);
}

/** The same checked content the pages are built from (one pipeline run per content state). */
async function loadContent(root: string): Promise<CheckedContent> {
  const { problems, content } = await runPipeline(root);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

export async function renderAllCards(options: RenderOptions): Promise<RenderReport> {
  const started = performance.now();
  const content = options.content ?? (await loadContent(options.root ?? process.cwd()));
  const cards = cardsFromContent(content);
  await mkdir(options.cacheDir, { recursive: true });
  const cached = new Set(await readdir(options.cacheDir));
  const used = new Set<string>();
  let rendered = 0;
  let renderMs = 0;
  for (const card of cards) {
    const file = `${await cardKey(card)}.png`;
    used.add(file);
    const cachePath = join(options.cacheDir, file);
    if (!cached.has(file)) {
      const t = performance.now();
      await writeFile(cachePath, await renderCard(card));
      renderMs += performance.now() - t;
      rendered++;
    }
    if (options.outDir) {
      const target = join(options.outDir, card.path.replace(/^\//, ''));
      await mkdir(dirname(target), { recursive: true });
      await copyFile(cachePath, target);
    }
  }
  // Cards no longer produced (a claim renamed, the template changed) leave the cache.
  await Promise.all([...cached].filter((f) => f.endsWith('.png') && !used.has(f)).map((f) => rm(join(options.cacheDir, f), { force: true })));
  return { total: cards.length, rendered, reused: cards.length - rendered, ms: performance.now() - started, renderMs };
}
