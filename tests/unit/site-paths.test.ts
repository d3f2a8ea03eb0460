import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scanner, siteSegments } from './lib/site-paths.ts';

/**
 * One URL module: src/lib/urls.ts owns the base path and the shape of every
 * site path (docs/urls.md). Everywhere else a link is `href(paths.x(…))`, so
 * a path's shape changes in one place and every page, feed, card and Markdown
 * link follows.
 */
const URL_MODULE = 'src/lib/urls.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name).split('\\').join('/');
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const scan = scanner(siteSegments());

describe('site paths', () => {
  test('the site folders read from src/pages/ and public/ include the content pages', () => {
    expect(siteSegments()).toEqual(expect.arrayContaining(['claims', 'events', 'articles', 'search', 'favicon.svg', 'claims.json', 'og', 'pagefind']));
  });

  test('no file of src/ but the URL module builds a site path', () => {
    const found = sourceFiles('src')
      .filter((file) => file !== URL_MODULE)
      .flatMap(scan)
      .map((f) => `${f.file}:${f.line} builds a site path (${f.text}); add its shape to paths in ${URL_MODULE} and link with href(paths.…)`);
    expect(found).toEqual([]);
  }, 30_000);

  test('the check finds the one planted path in each fixture (code and markup)', () => {
    expect(scan('tests/fixtures/structure/site-path/planted.ts').map((f) => f.line)).toEqual([2]);
    expect(scan('tests/fixtures/structure/site-path/Planted.astro').map((f) => f.line)).toEqual([5]);
  });

  test('the URL module itself is where paths are built', () => {
    expect(scan(URL_MODULE).length).toBeGreaterThan(10);
  });
});
