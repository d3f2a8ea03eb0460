import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { idProblem } from '../schemas/ids.ts';

/**
 * The claim directive: `:claim[the exact quoted span]{#claim-id}`.
 *
 * These helpers read claims out of a parsed Markdown tree (with
 * remark-directive), so that the remark plugin that renders them and the
 * validator that checks them share one reading of the syntax.
 */

export const CLAIM_DIRECTIVE = 'claim';

/** A claim as found in a piece's body. */
export interface MarkedClaim {
  id: string;
  /** The quoted span, as a reader sees it. */
  quote: string;
  /** The whole paragraph around it, as a reader sees it. */
  paragraph: string;
  /** 1-based line of the directive in the Markdown body. */
  line: number;
}

export interface SyntaxProblem {
  line: number;
  field?: string;
  message: string;
}

type Node = Root | RootContent;

export function isClaimDirective(node: Node): node is TextDirective {
  return node.type === 'textDirective' && node.name === CLAIM_DIRECTIVE;
}

/** Any directive that is not ours: remark-directive reads "a:b" as one; it was just text. */
export function isStrayDirective(node: Node): boolean {
  return (
    (node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective') &&
    !isClaimDirective(node)
  );
}

/** The Markdown source a stray directive came from, so it can be put back as text. */
export function strayDirectiveAsText(node: Node, source: string): Text {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const value = start !== undefined && end !== undefined ? source.slice(start, end) : '';
  return { type: 'text', value };
}

/** Text of a phrasing tree as rendered: directives contribute their label only. */
export function readerText(nodes: readonly PhrasingContent[], source: string): string {
  return nodes
    .map((node) => {
      if (isStrayDirective(node)) return strayDirectiveAsText(node, source).value;
      if ('children' in node) return readerText(node.children as PhrasingContent[], source);
      return toString(node);
    })
    .join('');
}

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/** The id exactly as written between "{#" and "}", when the attributes are written that way. */
function writtenId(node: TextDirective, source: string): string | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const attributes = /\{#([^}]*)\}$/.exec(source.slice(start, end));
  return attributes ? (attributes[1] ?? '').trim() : null;
}

const CLAIM_SHAPE = 'write it as :claim[exact quoted text]{#claim-id}';

/** What is left open right after a claim directive, if anything. */
function unclosedPart(node: TextDirective, source: string): string | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  const written = source.slice(start, end);
  const next = source.charAt(end);
  if (!written.includes('[') && next === '[') return `a ":claim[" directive is not closed; ${CLAIM_SHAPE}`;
  if (!written.includes('{') && next === '{') return `the {#id} after this claim is not closed; ${CLAIM_SHAPE}`;
  return null;
}

/**
 * Walk a Markdown tree, collect its claims and report what is wrong with
 * their syntax: missing or malformed ids, empty spans, claims inside claims,
 * claims outside a paragraph, and `:claim[` text that never closed.
 */
export function readClaims(tree: Root, source: string): { claims: MarkedClaim[]; problems: SyntaxProblem[] } {
  const claims: MarkedClaim[] = [];
  const problems: SyntaxProblem[] = [];

  const visit = (node: Node, paragraph: Paragraph | null, insideClaim: string | null): void => {
    if (node.type === 'text' && /:claim\[/.test(node.value)) {
      problems.push({
        line: lineOf(node),
        message: 'a ":claim[" directive is not closed; write it as :claim[exact quoted text]{#claim-id}',
      });
    }
    if (isClaimDirective(node)) {
      const line = lineOf(node);
      // remark-directive reads a claim whose [ or { never closes as a bare
      // ":claim" followed by plain text; say what is unclosed, not "no id".
      const unclosed = unclosedPart(node, source);
      if (unclosed) {
        problems.push({ line, message: unclosed });
        return;
      }
      // remark-directive reads {#two words} as the id "two" and a stray
      // attribute: judge the id as written, so the space gets named.
      const written = writtenId(node, source);
      const id = written ?? node.attributes?.id ?? '';
      const quote = readerText(node.children, source).trim();
      if (insideClaim !== null) {
        problems.push({ line, field: id || undefined, message: `claim "${id}" overlaps claim "${insideClaim}"; claims may not nest or overlap, so mark each span once` } as SyntaxProblem);
      } else if (paragraph === null) {
        problems.push({ line, message: 'a claim must sit inside a paragraph of the text; write the line it is on as a plain paragraph' });
      }
      if (!id) {
        problems.push({ line, message: 'this claim has no id; add one after the span, e.g. :claim[…]{#china-card-a-bluff}' });
      } else {
        const bad = idProblem(id);
        if (bad) problems.push({ line, field: id, message: `claim ${bad}` });
      }
      if (quote === '') {
        problems.push({ line, field: id || undefined, message: 'this claim marks no text; put the exact quoted span between the brackets' } as SyntaxProblem);
      }
      if (id && paragraph && insideClaim === null) {
        claims.push({ id, quote, line, paragraph: readerText(paragraph.children, source).trim() });
      }
      for (const child of node.children) visit(child, paragraph, id || '(no id)');
      return;
    }
    if ('children' in node) {
      const nextParagraph = node.type === 'paragraph' ? node : paragraph;
      for (const child of node.children) visit(child as Node, nextParagraph, insideClaim);
    }
  };

  visit(tree, null, null);
  return { claims, problems };
}
