import type { PhrasingContent, Root, RootContent } from 'mdast';
import { isClaimDirective, readerText } from '../markdown/claim-syntax.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * The pieces are verbatim. A piece's body, read as a reader sees it (claim
 * directives reduced to their text, whitespace collapsed), must be its source
 * text line by line, less the lines its frontmatter lists under `removed`.
 * A changed word, a line of debris left in, a line dropped without saying so,
 * and a "removed" line the source never had each stop the build here.
 */

export interface VerbatimInput {
  /** The piece, e.g. content/articles/x.md. */
  file: string;
  tree: Root;
  body: string;
  /** Lines before the body in the piece's file. */
  bodyLineOffset: number;
  /** The source text's path and contents. */
  sourceFile: string;
  source: string;
  /** The removed lines, each with its frontmatter line. */
  removed: { text: string; line: number | undefined; field: string }[];
  /** The headline and standfirst, which must each be a whole line of the source. */
  headings: { text: string; line: number | undefined; field: string; what: string }[];
}

export interface Line {
  text: string;
  /** 1-based line in its own file. */
  line: number;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * A paragraph's text as a reader sees it, except that emphasis keeps the
 * marks it was written with ("*word*"): the source's own emphasis is written
 * the same way in its text file, so it matches, and emphasis the source does
 * not have is a difference like a changed word.
 */
function blockText(nodes: readonly PhrasingContent[], body: string): string {
  return nodes
    .map((node) => {
      if (isClaimDirective(node)) return blockText(node.children, body);
      if (node.type !== 'emphasis' && node.type !== 'strong') return readerText([node], body);
      const start = node.position?.start.offset ?? 0;
      const mark = body.slice(start, start + (node.type === 'strong' ? 2 : 1));
      return `${mark}${blockText(node.children, body)}${mark}`;
    })
    .join('');
}

/** Emphasis marks around words, as Markdown reads them. */
const EMPHASIS_MARKS = /(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1/g;

/** The body's text blocks in reading order, as a reader sees them. */
export function bodyBlocks(tree: Root, body: string, offset: number): Line[] {
  const blocks: Line[] = [];
  const visit = (node: Root | RootContent): void => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      blocks.push({ text: normalise(blockText(node.children, body)), line: (node.position?.start.line ?? 1) + offset });
      return;
    }
    if (node.type === 'code') blocks.push({ text: normalise(node.value), line: (node.position?.start.line ?? 1) + offset });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return blocks.filter((block) => block.text !== '');
}

/** Longest common subsequence of two lists of lines, as index pairs. */
function commonLines(a: readonly Line[], b: readonly Line[]): [number, number][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i]![j] = a[i]!.text === b[j]!.text ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i]!.text === b[j]!.text) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

function quote(words: readonly string[]): string {
  const text = words.join(' ');
  return `"${text.length > 80 ? `${text.slice(0, 77)}…` : text}"`;
}

/** Where two versions of a paragraph part ways, with a few words either side. */
function wordDifference(source: string, piece: string): string {
  const a = source.split(' ');
  const b = piece.split(' ');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const from = Math.max(0, head - 3);
  const was = a.slice(from, Math.min(a.length, a.length - tail + 3));
  const now = b.slice(from, Math.min(b.length, b.length - tail + 3));
  return `the source has ${quote(was)} where the piece has ${quote(now)}`;
}

export function verbatimProblems(input: VerbatimInput): Problem[] {
  const problems: Problem[] = [];
  const { file, sourceFile } = input;
  const sourceLines: Line[] = input.source
    .split(/\r?\n/)
    .map((text, index) => ({ text: normalise(text), line: index + 1 }))
    .filter((line) => line.text !== '');

  // A headline is the source's own line, usually listed under removed as
  // "moved to the title/dek field"; words the source never had are not its title.
  for (const heading of input.headings) {
    if (!sourceLines.some((line) => line.text === normalise(heading.text))) {
      problems.push({
        file,
        ...(heading.line ? { line: heading.line } : {}),
        field: heading.field,
        message: `the ${heading.what} is not a line of ${sourceFile}; restore the source's own words, copied exactly from that file (the ${heading.what} is verbatim too)${heading.field === 'dek' ? ', or write dek: null when the source has none' : ''}`,
      });
    }
  }

  // Each removal accounts for one line of the source, the first not yet taken.
  const taken = new Set<number>();
  for (const removal of input.removed) {
    const wanted = normalise(removal.text);
    const index = sourceLines.findIndex((line, i) => !taken.has(i) && line.text === wanted);
    if (index === -1) {
      const twice = sourceLines.some((line) => line.text === wanted);
      problems.push({
        file,
        ...(removal.line ? { line: removal.line } : {}),
        field: removal.field,
        message: twice
          ? `this removed line is listed more often than ${sourceFile} has it; delete the extra entry`
          : `this removed line is not a line of ${sourceFile}; copy the line exactly from the source text, or delete the entry`,
      });
    } else {
      taken.add(index);
    }
  }
  const expected = sourceLines.filter((_, i) => !taken.has(i));
  const blocks = bodyBlocks(input.tree, input.body, input.bodyLineOffset);
  const pairs = commonLines(expected, blocks);
  const endLine = input.bodyLineOffset + input.body.split('\n').length;

  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [expected.length, blocks.length] as [number, number]]) {
    const missing = expected.slice(i, pi);
    const extra = blocks.slice(j, pj);
    const changed = Math.min(missing.length, extra.length);
    for (let k = 0; k < changed; k++) {
      const was = missing[k]!;
      const now = extra[k]!;
      if (now.text.replace(EMPHASIS_MARKS, '$2') === was.text) {
        problems.push({ file, line: now.line, message: `this paragraph adds emphasis that line ${was.line} of ${sourceFile} does not have: ${wordDifference(was.text, now.text)}; remove the * or _ marks (the pieces are verbatim)` });
        continue;
      }
      problems.push({ file, line: now.line, message: `this paragraph differs from line ${was.line} of ${sourceFile}: ${wordDifference(was.text, now.text)}; restore the source's exact wording (the pieces are verbatim)` });
    }
    for (const now of extra.slice(changed)) {
      problems.push({ file, line: now.line, message: `this paragraph is not in ${sourceFile} (left-over debris such as a page stamp or caption?); delete it, or copy it exactly if the source has it` });
    }
    const at = blocks[pj]?.line ?? endLine;
    for (const was of missing.slice(changed)) {
      problems.push({ file, line: at, message: `line ${was.line} of ${sourceFile} (${quote(was.text.split(' ').slice(0, 8))}) is missing from the piece before this line; restore it, or list it under removed with a reason` });
    }
    i = pi + 1;
    j = pj + 1;
  }
  return problems;
}
