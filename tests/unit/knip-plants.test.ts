import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';

/**
 * knip (run by `npm run check` over the whole project, knip.json) fails on
 * unused files, exports and dependencies. Each fixture under
 * tests/fixtures/structure/knip/ is a small project with one planted
 * violation; knip must fail on it and report that one thing.
 */
interface KnipReport {
  issues: { file: string; exports: { name: string }[]; dependencies: { name: string }[] }[];
  files?: string[];
}

function knip(fixture: string): { status: number | null; report: KnipReport } {
  const run = spawnSync('node_modules/.bin/knip', ['--directory', `tests/fixtures/structure/knip/${fixture}`, '--reporter', 'json', '--no-progress'], { encoding: 'utf8' });
  return { status: run.status, report: JSON.parse(run.stdout) as KnipReport };
}

describe('knip fails on each planted violation', () => {
  test('an unused export', () => {
    const { status, report } = knip('unused-export');
    expect(status).toBe(1);
    expect(report.issues.flatMap((i) => i.exports.map((e) => `${i.file}: ${e.name}`))).toEqual(['src/util.ts: unused']);
  }, 60_000);

  test('an unused file', () => {
    const { status, report } = knip('unused-file');
    expect(status).toBe(1);
    const files = report.files ?? report.issues.filter((i) => (i as { files?: unknown[] }).files?.length).map((i) => i.file);
    expect(files).toEqual(['src/orphan.ts']);
  }, 60_000);

  test('an unused dependency', () => {
    const { status, report } = knip('unused-dependency');
    expect(status).toBe(1);
    expect(report.issues.flatMap((i) => i.dependencies.map((d) => d.name))).toEqual(['left-pad']);
  }, 60_000);
});
