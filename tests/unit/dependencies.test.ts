import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { projectImports, type Import } from './lib/cruise.ts';

/**
 * package.json tells the truth (docs/quality.md):
 * - every package the code imports is declared (for a package of types only,
 *   such as `mdast` or `geojson`, its `@types/…` package);
 * - every declared package is imported somewhere, or is in NOT_IMPORTED with
 *   the reason it is there all the same;
 * - `dependencies` holds what the build runs: packages whose code src/ or
 *   astro.config.ts imports (not types only), and the build's own tools;
 *   `devDependencies` holds the rest — tests, lint, the type check (types-only
 *   imports and @types/…), the benchmark and the maintenance commands.
 * Node's built-in modules and Astro's `astro:*` modules are not packages.
 */

/** Declared but never imported, each with why it is there. */
const NOT_IMPORTED: Record<string, string> = {
  node: 'dependency: provides Node 24 to every `npm run …` (Astro refuses older Node)',
  '@fontsource/inter': 'dependency: the share cards read its WOFF files by path (src/integration/og/fonts.ts)',
  '@fontsource/source-serif-4': 'dependency: the share cards read its WOFF files by path; scripts/maintenance/subset-fonts.ts cuts the site font from it',
  '@astrojs/check': 'run as a command by `npm run check`',
  eslint: 'run as a command by `npm run check` and `npm run lint` (its config imports only the plugins)',
  '@types/node': 'types of the node: modules the code imports',
  '@stryker-mutator/core': 'run as a command by `npm run test:mutation` (stryker.config.json)',
  '@stryker-mutator/vitest-runner': 'loaded by Stryker, named in stryker.config.json',
  knip: 'run as a command by `npm run check` (knip.json: unused files, exports and dependencies)',
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
const dependencies = Object.keys(pkg.dependencies ?? {});
const devDependencies = Object.keys(pkg.devDependencies ?? {});
const declared = new Set([...dependencies, ...devDependencies]);

const configs = readdirSync('.').filter((f) => /^[\w.-]+\.config\.(?:ts|js|mjs)$/.test(f));
const builtins = new Set(builtinModules);
// Read by dependency-cruiser (tests/unit/lib/cruise.ts), the same reader as the structure rules.
const packageImports = (await projectImports(configs)).filter(
  (i) => !i.specifier.startsWith('.') && !i.specifier.startsWith('node:') && !i.specifier.startsWith('astro:') && !builtins.has(i.specifier),
);

/** The package a bare specifier names: 'd3-geo' → 'd3-geo', '@astrojs/rss/x' → '@astrojs/rss'. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** What the build runs: code src/ or astro.config.ts imports, not types only. */
const runsInBuild = (i: Import) => !i.typeOnly && (i.from.startsWith('src/') || i.from === 'astro.config.ts');

/** The DefinitelyTyped package of a package's types: 'mdast' → '@types/mdast', '@a/b' → '@types/a__b'. */
function typesPackage(name: string): string {
  return `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;
}

describe('package.json', () => {
  test('declares every package the code imports', () => {
    const missing = packageImports
      .filter((i) => !declared.has(packageOf(i.specifier)) && !(i.typeOnly && declared.has(typesPackage(packageOf(i.specifier)))))
      .map((i) => {
        const name = packageOf(i.specifier);
        const fix = i.typeOnly ? `npm install -D ${typesPackage(name)}@<major> (or ${name} itself if it ships its types)` : `npm install ${runsInBuild(i) ? '' : '-D '}${name}@<major>`;
        return `${i.from} imports ${i.specifier}, which package.json does not declare: ${fix}`;
      });
    expect(missing).toEqual([]);
  });

  test('declares no package that nothing imports', () => {
    const used = new Set(packageImports.flatMap((i) => [packageOf(i.specifier), typesPackage(packageOf(i.specifier))]));
    const unused = [...declared]
      .filter((name) => !used.has(name) && !(name in NOT_IMPORTED))
      .map((name) => `${name} is declared but nothing imports it: npm uninstall ${name}, or say why it stays in NOT_IMPORTED (tests/unit/dependencies.test.ts)`);
    expect(unused).toEqual([]);
  });

  test('keeps what the build runs in dependencies, and only that', () => {
    const build = new Set(packageImports.filter(runsInBuild).map((i) => packageOf(i.specifier)));
    const buildTools = Object.keys(NOT_IMPORTED).filter((name) => NOT_IMPORTED[name]!.startsWith('dependency:'));
    const shouldBeDependency = [...build, ...buildTools].filter((name) => !dependencies.includes(name));
    const shouldBeDev = dependencies.filter((name) => !build.has(name) && !buildTools.includes(name));
    expect([
      ...shouldBeDependency.map((name) => `${name}: the build runs it, so move it to "dependencies"`),
      ...shouldBeDev.map((name) => `${name}: only tests, tools or types use it, so move it to "devDependencies"`),
    ]).toEqual([]);
  });
});
