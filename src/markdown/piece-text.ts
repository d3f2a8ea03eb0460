import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseBody } from './claims.ts';

/**
 * A piece's text, one paragraph a line, claim markers reduced to their words:
 * what search scans for dated mentions and for its spelling vocabulary.
 * Paragraphs inside quotes and lists count too.
 */
export function pieceText(body: string): string {
  const paragraphs: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph') paragraphs.push(toString(node));
    else if ('children' in node) node.children.forEach(walk);
  };
  walk(parseBody(body));
  return paragraphs.join('\n');
}
