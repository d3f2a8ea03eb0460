import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The "pure" unit project (vitest.config.ts) runs its files without
 * per-file isolation: a file there that mocks a module, stubs a global or
 * the environment, fakes the clock or runs Astro's build would leak into the
 * files after it. Such a file belongs in "isolated", by its name.
 */
const DIR = 'tests/unit';
const NEEDS_ISOLATION: [RegExp, string][] = [
  [/\bvi\s*\.\s*(mock|doMock|unmock|hoisted|stubGlobal|stubEnv|useFakeTimers|setSystemTime|resetModules)\b/, 'mocks a module, stubs a global or the environment, or fakes the clock'],
  [/process\.(chdir|env\s*\[[^\]]+\]\s*=(?!=)|env\.\w+\s*=(?!=))/, 'changes the working folder or the environment'],
  [/globalThis\.\w+\s*=(?!=)/, 'sets a global'],
  [/from 'astro'|import\('astro'\)|'astro',\s*'build'/, 'runs Astro\'s build'],
];

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const pure = testFiles(DIR).filter((file) => !/\.(isolated|build|astro)\.test\.ts$/.test(file) && !file.endsWith('isolation.test.ts'));

test('the pure unit project holds test files', () => {
  expect(pure.length).toBeGreaterThan(10);
});

test('no file in the pure unit project does what needs isolation', () => {
  const wrong: string[] = [];
  for (const file of pure) {
    const text = readFileSync(file, 'utf8');
    for (const [pattern, why] of NEEDS_ISOLATION) {
      if (pattern.test(text)) wrong.push(`${file} ${why}: rename it to *.isolated.test.ts (or *.build.test.ts if it builds)`);
    }
  }
  expect(wrong).toEqual([]);
});
