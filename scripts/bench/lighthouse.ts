/**
 * Lighthouse (the npm package) scores of a page, run headless with the same
 * Chromium the tests use. Only the benchmark uses Lighthouse, so it is not
 * installed with the project: npx fetches the pinned major on the first run
 * and reuses its cache after.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../tests/chromium.ts';
import { run, tail } from './process.ts';
import { median } from './table.ts';

/** Lighthouse's major version: scores are compared across runs, so a new major is a deliberate change. */
const LIGHTHOUSE_MAJOR = 13;

export interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export async function lighthouse(root: string, url: string): Promise<Scores> {
  const folder = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    const report = join(folder, 'report.json');
    const result = await run(
      'npx',
      ['--yes', `lighthouse@${LIGHTHOUSE_MAJOR}`, url, '--output=json', `--output-path=${report}`, '--quiet', '--only-categories=performance,accessibility,best-practices,seo', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { cwd: root, env: { CHROME_PATH: chromiumPath() }, timeoutMs: 3 * 60_000 },
    );
    if (result.code !== 0) throw new Error(`lighthouse failed: ${tail(result.output)}`);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string } };
    if (json.runtimeError) throw new Error(json.runtimeError.message);
    const score = (id: string) => Math.round((json.categories[id]?.score ?? Number.NaN) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export const formatScores = (s: Scores) => `perf ${s.performance} · a11y ${s.accessibility} · best practices ${s.bestPractices} · SEO ${s.seo}`;

export function medianScores(runs: readonly Scores[]): Scores {
  const of = (key: keyof Scores) => median(runs.map((r) => r[key]));
  return { performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('bestPractices'), seo: of('seo') };
}
