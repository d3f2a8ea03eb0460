import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { LAYERS } from '../../.dependency-cruiser.mjs';
import { cruiseStructure, type Structure } from './lib/cruise.ts';

/**
 * The structure of src/, checked by dependency-cruiser with the rules of
 * .dependency-cruiser.mjs (README "Layers"): imports point down the layers
 * (a feature folder's sub-folders are layers of their own), no import
 * circle, browser code (src/client/, src/timeline/enhance/, every .astro
 * <script>) reaches only pure code, pure code imports no Node built-in (bare
 * or node:) and no Astro module, src/data/store.ts alone reads the content
 * store, only the collections run the loader, and every import resolves (a
 * computed import() would hide its edge). `.astro` files, their
 * `<script src>` and `import.meta.glob` targets are read too
 * (tests/unit/lib/cruise.ts). Each rule is proved by a fixture under
 * tests/fixtures/structure/ holding one planted violation.
 */

/** A file's unit: the most specific entry of LAYERS that holds it ('timeline/model', 'lib', 'pages'…). */
function unitOf(file: string): string {
  const inSrc = file.replace(/^src\//, '');
  const units = LAYERS.flat().filter((u) => inSrc === u || inSrc.startsWith(`${u}/`));
  return units.sort((a, b) => b.length - a.length)[0] ?? `(no layer: ${inSrc.split('/').slice(0, -1).join('/') || inSrc})`;
}

const hasLayer = (file: string) => LAYERS.some((layer) => layer.includes(unitOf(file)));
const explain = (s: Structure) => s.violations.map((v) => `${v.rule}: ${v.from} → ${v.to}${v.via.length > 0 ? ` (through ${v.via.join(' → ')})` : ''}`);

describe('the structure of src/', () => {
  let site: Structure;
  test('breaks no rule', async () => {
    site = await cruiseStructure('.', 'src');
    expect(site.files.length).toBeGreaterThan(200);
    expect(explain(site)).toEqual([]);
  }, 120_000);

  test('reads .astro files and their scripts', () => {
    expect(site.files).toContain('src/pages/index.astro');
    expect(site.files.some((f) => /\.astro\.script-\d+\.ts$/.test(f))).toBe(true);
  });

  test('every folder of src/ has a layer', () => {
    expect(site.files.filter((f) => !hasLayer(f)).map((f) => `${f}: ${unitOf(f)}; add its folder to LAYERS in .dependency-cruiser.mjs`)).toEqual([]);
  });
});

/** Each fixture holds one planted violation; its rule, and only the rules it must also break, fire. */
const PLANTS: [fixture: string, rules: string[]][] = [
  ['layers', ['layers']],
  ['feature-one-way', ['layers']],
  ['no-circular', ['no-circular']],
  // A component's script is browser code; components may import data, the browser may not.
  ['browser-script', ['browser-reaches-pure-code-only']],
  ['browser-script-src', ['browser-reaches-pure-code-only']],
  ['glob', ['layers']],
  ['bare-builtin', ['pure-code-no-node-or-astro']],
  ['node-builtin-in-browser', ['pure-code-no-node-or-astro']],
  ['astro-in-pure-code', ['pure-code-no-astro']],
  ['content-store', ['one-reader-of-the-content-store']],
  ['component-data', ['components-take-data-by-props']],
  ['loader-outside-collections', ['only-the-collections-run-the-loader']],
  // A computed import() draws no edge, so it could hide any of the violations above.
  ['template-import', ['every-import-resolves']],
];

describe('each rule fails on its planted violation', () => {
  test.each(PLANTS)('%s', async (fixture, rules) => {
    const found = await cruiseStructure(`tests/fixtures/structure/${fixture}`, `fixture-${fixture}`);
    expect([...new Set(found.violations.map((v) => v.rule))].sort(), explain(found).join('\n')).toEqual([...rules].sort());
    // The violation starts at the planted file.
    expect(found.violations.every((v) => /\/[Pp]lant(?:\.astro(?:\.script-\d+\.ts)?|\.ts)$/.test(v.from) || v.rule === 'no-circular'), explain(found).join('\n')).toBe(true);
  }, 60_000);

  test('a folder no layer names', async () => {
    const found = await cruiseStructure('tests/fixtures/structure/folder-without-layer', 'fixture-folder-without-layer');
    expect(found.files.filter((f) => !hasLayer(f))).toEqual(['src/stray/plant.ts']);
  }, 60_000);
});

/**
 * Files under src/ stay small (docs/quality.md): a file over 250 lines says
 * why in its opening comment, in a sentence starting "Long because".
 */
test('no file under src/ over 250 lines without a reason', () => {
  const long = sourceFiles('src')
    .map((file) => ({ file, lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter(({ lines }) => lines > 250)
    .filter(({ file }) => !/Long because/.test(openingComment(readFileSync(file, 'utf8'))))
    .map(({ file, lines }) => `${file} has ${lines} lines: split it by concern (under 250 lines each), or say why it must be long in its opening comment ("Long because …")`);
  expect(long).toEqual([]);
});

/** Lines as `wc -l` counts them, plus a last line without its line break. */
function lineCount(source: string): number {
  return source.split('\n').length - (source.endsWith('\n') ? 1 : 0);
}

/** The first comment of a file (of an .astro file's frontmatter): a block comment or a run of line comments. */
function openingComment(source: string): string {
  const text = source.replace(/^\s*---\r?\n/, '').trimStart();
  const block = /^(?:\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->)/.exec(text);
  if (block) return block[0];
  const lines = /^(?:\/\/.*(?:\r?\n|$))+/.exec(text);
  return lines ? lines[0] : '';
}

/** Every code file under a folder, with forward slashes. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|mts|js|mjs|astro)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
