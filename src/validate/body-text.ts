import type { Root, RootContent } from 'mdast';
import type { SyntaxProblem } from '../markdown/claim-syntax.ts';

/**
 * A piece's body is text: Markdown and the claim directive, nothing that runs
 * or loads. Raw HTML (a <script>, an onerror= attribute, an <iframe>), links
 * that run code or carry data (javascript:, data:, vbscript:) and images from
 * other sites are refused here, at the line they are on, before anything is
 * rendered; the dist checks remain a second net, not the first.
 */

const FIX = 'pieces hold Markdown text and :claim[…]{#id} only';
const RUNNABLE = /^\s*(javascript|data|vbscript|file):/i;

type Node = Root | RootContent;

function line(node: Node): number {
  return node.position?.start.line ?? 1;
}

function htmlProblem(value: string): string {
  if (/<\s*script\b/i.test(value)) return `a <script> element is not text; remove it (${FIX})`;
  const handler = /\son[a-z]+\s*=/i.exec(value);
  if (handler) return `raw HTML with an event-handler attribute (${handler[0].trim().replace(/=$/, '')}) is not text; remove the HTML (${FIX})`;
  const tag = /<\s*\/?\s*([a-z][a-z0-9-]*)/i.exec(value)?.[1];
  if (/^<!--/.test(value.trim())) return `an HTML comment is not part of the piece; remove it (${FIX})`;
  return `raw HTML${tag ? ` (<${tag.toLowerCase()}>)` : ''} is not text; remove it, or write the characters as text with a backslash before "<" (${FIX})`;
}

function urlProblem(kind: 'link' | 'image', url: string): string | null {
  if (RUNNABLE.test(url)) {
    const scheme = RUNNABLE.exec(url)?.[1]?.toLowerCase() ?? '';
    return `a ${kind} to a ${scheme}: address runs or embeds code; remove it (${FIX}; links go to http(s) addresses or site paths)`;
  }
  if (kind === 'image' && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))) {
    return `an image from another site (${url}) would load from outside the site; remove it, or save the image under public/ and use its site path`;
  }
  return null;
}

/** Every construct in the body that is not text, with its line (in the body) and fix. */
export function bodyTextProblems(tree: Root): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'html') problems.push({ line: line(node), message: htmlProblem(node.value) });
    if (node.type === 'link' || node.type === 'definition') {
      const problem = urlProblem('link', node.url);
      if (problem) problems.push({ line: line(node), message: problem });
    }
    if (node.type === 'image') {
      const problem = urlProblem('image', node.url);
      if (problem) problems.push({ line: line(node), message: problem });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return problems;
}
