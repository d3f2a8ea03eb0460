import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import config from '../../../.dependency-cruiser.mjs';

/**
 * Runs dependency-cruiser over a project's src/ with the rules of
 * .dependency-cruiser.mjs. dependency-cruiser reads TypeScript but not .astro
 * files, and draws no edge for `import.meta.glob`; so the tree is first
 * copied to a scratch folder in which:
 * - each `X.astro` becomes `X.astro.ts`, holding its frontmatter, and each of
 *   its `<script>` elements becomes `X.astro.script-N.ts` (browser code, which
 *   the browser rule holds to pure code): inline bodies as written,
 *   `<script src="…">` as an import of that file; JSON-LD data is not code;
 * - every `import.meta.glob('…')` gets one import per file its pattern
 *   matches, so a glob counts as the imports it makes;
 * - every computed `import()` (a template with a placeholder, a variable)
 *   gets an import of a path that cannot resolve, so it is named rather
 *   than silently drawing no edge;
 * - specifiers naming `.astro` files name their copies.
 * Paths in the result are mapped back to the real files.
 */

export interface Violation {
  rule: string;
  from: string;
  to: string;
  /** For a rule over what a file reaches: the files in between. */
  via: string[];
}

/** One import as written in a file: what `package.json` must declare. */
export interface Import {
  /** The importing file ("src/pages/index.astro", "tests/unit/x.test.ts"). */
  from: string;
  /** The specifier as written: './x.ts', 'd3-geo', 'node:fs'. */
  specifier: string;
  /** True when only types are imported, so nothing of it runs. */
  typeOnly: boolean;
}

export interface Structure {
  /** Every code file cruised, as the project names it ("src/pages/index.astro"). */
  files: string[];
  violations: Violation[];
  imports: Import[];
}

const TYPE_ONLY = new Set(['type-only', 'type-import', 'triple-slash-type-reference']);

/**
 * How specifiers resolve: as the type checker sees them, so a package of
 * types only ('mdast' → @types/mdast) resolves and keeps its "type-only" mark.
 */
const RESOLVE = {
  extensions: ['.ts', '.d.ts', '.mjs', '.js'],
  modules: ['node_modules', 'node_modules/@types'],
  mainFields: ['types', 'typings', 'module', 'main'],
  conditionNames: ['types', 'import', 'require', 'default'],
};

function importsIn(output: ICruiseResult, keep: (file: string) => boolean): Import[] {
  return output.modules
    .filter((m) => keep(m.source))
    .flatMap((m) =>
      m.dependencies.map((d) => ({ from: real(m.source), specifier: d.module, typeOnly: d.dependencyTypes.some((t) => TYPE_ONLY.has(t)) })),
    );
}

const SCRATCH = '.astro/cache/structure';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });
}

/** Files a Vite glob pattern ("../data/*.ts", "./x/**\/*.ts") matches, relative to the file using it. */
export function globTargets(fromDir: string, pattern: string): string[] {
  const base = pattern.replace(/\/[^/]*[*?{[].*$/, '');
  const root = resolve(fromDir, base);
  const regex = new RegExp(
    `^${resolve(fromDir, pattern)
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\\\{([^}]*)\\\}/g, (_, alts: string) => `(?:${alts.split(',').join('|')})`)
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );
  let files: string[] = [];
  try {
    if (statSync(root).isDirectory()) files = walk(root);
  } catch {
    return [];
  }
  return files.filter((f) => regex.test(f)).map((f) => {
    const rel = relative(fromDir, f).split('\\').join('/');
    return rel.startsWith('.') ? rel : `./${rel}`;
  });
}

/** The code with one import added per file each import.meta.glob matches, and .astro specifiers pointed at their copies. */
function mirrorCode(code: string, fromDir: string): string {
  const globbed = [...code.matchAll(/import\.meta\.glob\s*\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*"|`[^`]*`)/g)].flatMap((m) =>
    [...m[1]!.matchAll(/['"`]([^'"`]+)['"`]/g)].flatMap((p) => globTargets(fromDir, p[1]!)),
  );
  // A computed import() (a template with \${…}, a variable) is invisible to the cruiser: it becomes an import of
  // a path that cannot resolve, so the every-import-resolves rule names it.
  const computed = [...code.matchAll(/\bimport\s*\(\s*(`[^`]*\$\{[^`]*`|[A-Za-z_$][\w$.]*)\s*[,)]/g)].map((m) => `computed import: ${m[1]!.replace(/['\n]/g, '')}`);
  const added = [...globbed, ...computed];
  const withGlobs = added.length > 0 ? `${code}\n${added.map((t) => `import '${t}';`).join('\n')}\n` : code;
  return withGlobs.replace(/(['"])(\.{1,2}\/[^'"\n]*?\.astro)\1/g, '$1$2.ts$1');
}

/** An .astro file as its frontmatter (the copy's body) and its scripts (files of their own). */
function mirrorAstro(source: string, fromDir: string): { front: string; scripts: string[] } {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const front = frontmatter?.[1] ?? '';
  // Scripts are looked for in the markup only: the frontmatter may mention one in a comment.
  const markup = frontmatter ? source.slice(frontmatter[0].length) : source;
  const scripts: string[] = [];
  for (const m of markup.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = m[1]!;
    if (/type\s*=\s*["']application\/(?:ld\+)?json["']/.test(attributes)) continue;
    const src = /\bsrc\s*=\s*["']([^"']+)["']/.exec(attributes)?.[1];
    scripts.push(mirrorCode(src ? `import '${src}';\n${m[2]!}` : m[2]!, fromDir));
  }
  return { front: mirrorCode(front, fromDir), scripts };
}

/** Copy `root`'s src/ into a scratch folder inside the project, with .astro files and globs made readable. */
function mirror(root: string, scratch: string): void {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync(join(root, 'src'), join(scratch, 'src'), { recursive: true });
  for (const file of walk(join(scratch, 'src'))) {
    const dir = dirname(file);
    if (file.endsWith('.astro')) {
      const { front, scripts } = mirrorAstro(readFileSync(file, 'utf8'), dir);
      const own = scripts.map((_, i) => `import './${file.slice(dir.length + 1)}.script-${i + 1}.ts';`);
      writeFileSync(`${file}.ts`, `${front}\n${own.join('\n')}\n`);
      scripts.forEach((code, i) => writeFileSync(`${file}.script-${i + 1}.ts`, code));
      rmSync(file);
    } else if (/\.(?:ts|mts|js|mjs)$/.test(file) && !file.endsWith('.d.ts')) {
      writeFileSync(file, mirrorCode(readFileSync(file, 'utf8'), dir));
    }
  }
}

/** Back from the copy to the real file: "src/x/Y.astro.ts" → "src/x/Y.astro"; a script keeps its suffix. */
const real = (path: string) => path.replace(/\.astro\.ts$/, '.astro');

export async function cruiseStructure(root = '.', name = 'src'): Promise<Structure> {
  const project = resolve('.');
  const scratch = join(project, SCRATCH, name.replace(/[^\w-]/g, '_'));
  mirror(resolve(root), scratch);
  const result = await cruise(['src'], { ...config.options, baseDir: scratch, validate: true, ruleSet: { forbidden: config.forbidden ?? [] } }, RESOLVE);
  const output = result.output as ICruiseResult;
  const violations = output.summary.violations.map((v: IViolation) => ({
    rule: v.rule.name,
    from: real(v.from),
    to: real(v.to),
    via: (v.via ?? []).map((step) => real(typeof step === 'string' ? step : step.name)),
  }));
  const files = output.modules.map((m) => m.source).filter((s) => s.startsWith('src/')).map(real);
  return { files, violations, imports: importsIn(output, (f) => f.startsWith('src/')) };
}

/**
 * Every import of the project's own code: src/ (read as above, .astro files
 * included), scripts/, tests/ (not their fixtures) and the root config files.
 */
export async function projectImports(configs: readonly string[]): Promise<Import[]> {
  const { imports } = await cruiseStructure('.', 'src');
  const rest = await cruise(['scripts', 'tests', ...configs], {
    tsPreCompilationDeps: true,
    // Only these files' own imports: what they import from src/ is read above.
    doNotFollow: { path: ['node_modules', '^src/'] },
    exclude: { path: ['^tests/fixtures/', '^(?:tests|scripts)/.*\\.d\\.ts$', '^\\.astro/'] },
  }, RESOLVE);
  const output = rest.output as ICruiseResult;
  return [...imports, ...importsIn(output, (f) => !f.startsWith('src/') && !f.startsWith('node_modules/'))];
}
