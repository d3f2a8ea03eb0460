import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The README's folder table matches the tree: every folder it names exists,
 * and every folder under src/, tests/ and scripts/ is in it. Every link from
 * the README or a docs/ page to a file in the project leads to one that exists.
 */
const readme = readFileSync('README.md', 'utf8');
const section = readme.slice(readme.indexOf('## Folders'), readme.indexOf('\n## ', readme.indexOf('## Folders') + 1));
const tableFolders = [...section.matchAll(/^\| `([^`]+\/)` \|/gm)].map((m) => m[1]!);

describe('the README folder table', () => {
  test('names folders that exist', () => {
    expect(tableFolders.length).toBeGreaterThan(10);
    expect(tableFolders.filter((folder) => !existsSync(folder))).toEqual([]);
  });

  test('lists every folder under src/, tests/ and scripts/', () => {
    const tree = ['src', 'tests', 'scripts'].flatMap((top) =>
      readdirSync(top, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${top}/${e.name}/`),
    );
    expect(tree.filter((folder) => !tableFolders.includes(folder))).toEqual([]);
  });
});

test('links from the README and docs/ to project files resolve', () => {
  const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const broken = pages.flatMap((page) =>
    [...readFileSync(page, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((href) => !/^[a-z]+:/i.test(href))
      .filter((href) => !existsSync(join(dirname(page), href)))
      .map((href) => `${page} → ${href}`),
  );
  expect(broken).toEqual([]);
});
