import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * Every import in the project's own code, read from TypeScript's syntax tree:
 * static imports and `import type`, `export … from`, `import()` and
 * `require()` with a literal specifier, and `import('x').T` in types. An
 * `.astro` file's code is its frontmatter and its `<script>` elements (not
 * JSON-LD data). Shared by the layers test and the dependencies test.
 */

export interface Import {
  /** The importing file, relative to the project root, with forward slashes. */
  from: string;
  /** The specifier as written: './x.ts', 'd3-geo', 'node:fs'. */
  specifier: string;
  /** For a relative specifier, the file it names, relative to the root; otherwise undefined. */
  target?: string;
  /** True when only types are imported, so nothing of it runs (erased when compiled). */
  typeOnly: boolean;
}

const CODE = /\.(?:ts|mts|js|mjs|astro)$/;
const SKIP = new Set(['node_modules', '.astro', 'fixtures']);

/** Every code file under `dir` (recursively), relative to the root. */
export function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : codeFiles(path);
    return CODE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path.split('\\').join('/')] : [];
  });
}

/** The code in an `.astro` file: frontmatter and `<script>` bodies, with line breaks kept. */
export function astroCode(source: string): string {
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (front) parts.push(front[1]!);
  for (const m of source.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (!/type\s*=\s*["']application\/(?:ld\+)?json["']/.test(m[1]!)) parts.push(m[2]!);
  }
  return parts.join('\n;\n');
}

/** The specifiers a file imports, in order of appearance, each with whether only types come of it. */
export function specifiersOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const source = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? astroCode(source) : source;
  const tree = ts.createSourceFile(file.replace(/\.astro$/, '.ts'), code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const literal = (node: ts.Node | undefined) => (node && ts.isStringLiteralLike(node) ? node.text : undefined);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings;
      const allNamedTypes = !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
      const typeOnly = !!clause && (clause.phaseModifier === ts.SyntaxKind.TypeKeyword || (!clause.name && allNamedTypes));
      found.push({ specifier: literal(node.moduleSpecifier)!, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      found.push({ specifier: literal(node.moduleSpecifier)!, typeOnly: node.isTypeOnly });
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      const text = ts.isLiteralTypeNode(arg) ? literal(arg.literal) : undefined;
      if (text) found.push({ specifier: text, typeOnly: true });
    } else if (ts.isCallExpression(node)) {
      const isImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const text = literal(node.arguments[0]);
      if ((isImport || isRequire) && text) found.push({ specifier: text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** The imports of every file under the given folders (or single files). */
export function importsOf(paths: string[]): Import[] {
  const files = paths.flatMap((p) => (CODE.test(p) ? [p] : codeFiles(p)));
  return files.flatMap((from) =>
    specifiersOf(from).map(({ specifier, typeOnly }) => {
      if (!specifier.startsWith('.')) return { from, specifier, typeOnly };
      const target = relative('.', resolve(dirname(from), specifier)).split('\\').join('/');
      return { from, specifier, target, typeOnly };
    }),
  );
}

/** The package a bare specifier names: 'd3-geo' → 'd3-geo', '@astrojs/rss/x' → '@astrojs/rss'. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}
