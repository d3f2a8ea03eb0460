import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { readClaims, type MarkedClaim, type SyntaxProblem } from './claim-syntax.ts';

/**
 * The one place a piece's Markdown is read for its claims. The content
 * pipeline calls it once per piece and hands the claims on with the entry, so
 * pages, share cards, exports and search all see the same spans.
 */

const parser = unified().use(remarkParse).use(remarkDirective);

export interface ParsedBody {
  /** The Markdown tree, for checks that look at more than claims. */
  tree: Root;
  claims: MarkedClaim[];
  /** Syntax problems with lines in the body (1-based). */
  problems: SyntaxProblem[];
}

/** A piece's Markdown as a tree, read as the claims are (with the directive syntax). */
export function parseBody(body: string): Root {
  return parser.parse(body);
}

export function extractClaims(body: string): ParsedBody {
  const tree = parseBody(body);
  const { claims, problems } = readClaims(tree, body);
  return { tree, claims, problems };
}
