import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * Finds site paths built outside src/lib/urls.ts. The URL module owns the
 * base path and every path's shape; anywhere else, a site path is a
 * `paths.*()` call passed to `href` or `absolute`. Flagged:
 * - reading `BASE_URL`, or closing a base path with `.replace(/\/?$/, '/')`;
 * - a string or template text that starts a site path ("/claims/…",
 *   "events/…" after `${base}`), the site's folders read from src/pages/ and
 *   public/;
 * - text glued after `href(…)`, `absolute(…)` or `paths.*(…)` in a template
 *   ("#anchor", "?query", "/more");
 * - `href` or `absolute` given a literal instead of a `paths.*()` shape.
 * TypeScript files (and an .astro file's frontmatter and scripts) are read as
 * syntax trees, so comments and messages that merely mention a path pass; an
 * .astro file's markup is read with patterns.
 */

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** The first segments of the site's paths: src/pages/ entries, public/ files, and the folders the build adds. */
export function siteSegments(): string[] {
  const pages = readdirSync('src/pages').map((name) => name.replace(/\.(?:astro|ts)$/, ''));
  const files = readdirSync('public').filter((name) => !name.startsWith('_'));
  return [...new Set([...pages, ...files, 'og', 'pagefind', 'sitemap-index.xml'])].filter((s) => s !== 'index' && s !== '404');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function scanner(segments: readonly string[]) {
  const seg = segments.map(escape).join('|');
  /** Text that starts a site path: "/claims/…", "/claims.json", or "claims/…" (after a base). */
  const startsPath = new RegExp(`^(?:/(?:${seg})(?=[/.#?]|$)|(?:${seg})/)`);
  const urlCall = /^(?:href|absolute|sitePath|paths\.\w+)$/;

  function scanCode(file: string, code: string, lineOffset = 0): Finding[] {
    const tree = ts.createSourceFile(file.replace(/\.astro$/, '.ts'), code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const found: Finding[] = [];
    const flag = (node: ts.Node) => {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1 + lineOffset;
      found.push({ file, line, text: node.getText(tree).slice(0, 120) });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) && node.name.text === 'BASE_URL') flag(node);
      else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (startsPath.test(node.text)) flag(node);
      } else if (ts.isTemplateExpression(node)) {
        const glued = node.templateSpans.some(
          (span) => ts.isCallExpression(span.expression) && urlCall.test(span.expression.expression.getText(tree)) && /^[#?/]/.test(span.literal.text),
        );
        if (startsPath.test(node.head.text) || node.templateSpans.some((span) => startsPath.test(span.literal.text)) || glued) flag(node);
      } else if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(tree);
        const first = node.arguments[0];
        const literalArg = first && (ts.isStringLiteralLike(first) || ts.isTemplateExpression(first));
        if (/^(?:href|absolute|sitePath)$/.test(callee) && literalArg) flag(node);
        // .replace(/\/?$/, '/'): closing a base path by hand.
        if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'replace' && node.arguments[0]?.getText(tree) === '/\\/?$/') flag(node);
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
    return found;
  }

  /** An .astro file: its frontmatter and scripts as code, its markup by pattern. */
  function scanAstro(file: string, source: string): Finding[] {
    const found: Finding[] = [];
    const lineAt = (index: number) => source.slice(0, index).split('\n').length;
    const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    let markupStart = 0;
    if (front) {
      found.push(...scanCode(file, front[1]!, lineAt(front.index + front[0].indexOf(front[1]!)) - 1));
      markupStart = front.index + front[0].length;
    }
    // Blank out scripts (read as code) and comments, keeping offsets.
    let markup = source.slice(markupStart);
    for (const m of markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      const bodyAt = markupStart + m.index + m[0].indexOf(m[1]!);
      found.push(...scanCode(file, m[1]!, lineAt(bodyAt) - 1));
    }
    markup = markup.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ' '));
    const patterns = [
      /BASE_URL/g,
      new RegExp(`[\`'"](?:/(?:${seg})(?=[/.#?\`'"])|(?:${seg})/)`, 'g'),
      new RegExp(`\\}(?:${seg})/`, 'g'),
      /\b(?:href|absolute|sitePath|paths\.\w+)\((?:[^()]|\([^()]*\))*\)\}[#?/]/g,
      /\b(?:href|absolute|sitePath)\(\s*[`'"]/g,
    ];
    for (const pattern of patterns) {
      for (const m of markup.matchAll(pattern)) {
        const at = markupStart + m.index;
        found.push({ file, line: lineAt(at), text: source.slice(at, at + 80).split('\n')[0]! });
      }
    }
    return found;
  }

  return function scan(file: string): Finding[] {
    const source = readFileSync(file, 'utf8');
    return file.endsWith('.astro') ? scanAstro(file, source) : scanCode(file, source);
  };
}
