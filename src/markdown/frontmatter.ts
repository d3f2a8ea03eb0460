import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { SyntaxProblem } from './claim-syntax.ts';

/**
 * Frontmatter split from its Markdown body, parsed with line numbers so that
 * schema errors can point at the line to fix. YAML 1.2's core schema is used on
 * purpose: it leaves 2018-02-30 as a string for the schema to reject, where a
 * YAML 1.1 parser would quietly turn it into 2 March.
 */
export interface SplitFile {
  data: unknown;
  /** The Markdown after the closing ---. */
  body: string;
  /** Lines before the body starts (to turn body lines into file lines). */
  bodyLineOffset: number;
  /** 1-based line of a field, e.g. ['claims', 2, 'topics'], or of the nearest parent that exists. */
  lineOf: LineOf;
}

export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

function documentLines(doc: Document, counter: LineCounter, firstLine: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
}

/** Parse a YAML data file. */
export function parseYamlFile(text: string): SplitFile | { problem: SyntaxProblem } {
  return parseYaml(text, 1, '');
}

/** Split and parse a Markdown file with frontmatter. */
export function parseMarkdownFile(text: string): SplitFile | { problem: SyntaxProblem } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) {
    return { problem: { line: 1, message: 'the file must start with YAML frontmatter; put the fields between two "---" lines at the top' } };
  }
  const yamlText = match[1] ?? '';
  const body = text.slice(match[0].length);
  const bodyLineOffset = match[0].split('\n').length - 1;
  return parseYaml(yamlText, 2, body, bodyLineOffset);
}

function firstAliasOffset(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function parseYaml(yamlText: string, firstLine: number, body: string, bodyLineOffset = 0): SplitFile | { problem: SyntaxProblem } {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = counter.linePos(error.pos[0]).line + firstLine - 1;
    const reason = error.message.split('\n')[0] ?? 'invalid YAML';
    return { problem: { line, message: `the frontmatter is not valid YAML (${reason}); check quoting and indentation on this line` } };
  }
  let data: unknown;
  try {
    // Content never needs aliases (&name / *name): refusing them all also
    // refuses the "billion laughs" expansion that would hang the build.
    data = doc.toJS({ maxAliasCount: 0 });
  } catch {
    const line = counter.linePos(firstAliasOffset(doc)).line + firstLine - 1;
    return { problem: { line, message: 'the YAML uses an alias (*name); write the value out in full instead of using & and *' } };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { problem: { line: firstLine, message: 'the frontmatter is not a list of fields; write one "field: value" per line' } };
  }
  return { data, body, bodyLineOffset, lineOf: documentLines(doc, counter, firstLine) };
}
