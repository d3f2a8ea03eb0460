import type { Root, RootContent } from 'mdast';
import { isClaimDirective, type SyntaxProblem } from '../markdown/claim-syntax.ts';

/**
 * A piece's body is the source's text and nothing else: paragraphs, the
 * claim directive, and emphasis only where the source has it (checked against
 * the source in verbatim.ts). Everything else Markdown can build is refused
 * here, at its line, before anything is rendered: "verbatim" covers the
 * structure as well as the words, so a link around source words, an image in
 * place of a word, a paragraph turned into a heading, a list or a code block
 * (which also brings an inline style the CSP blocks) cannot pass as the
 * source. Raw HTML (a <script>, an onerror= attribute) and links that run
 * code get their own messages; the dist checks remain a second net.
 */

const FIX = 'pieces hold Markdown text and :claim[…]{#id} only';

/** Structure the source texts never have, each with what to do instead. */
const NOT_TEXT: Partial<Record<string, string>> = {
  heading: 'a heading (a line starting "#", or underlined with = or -) is not in the source; write the line as a plain paragraph (remove the # marks or the underline)',
  code: 'a code block (a line indented four spaces, or fenced with ```) is not in the source; remove the indentation or the fences so the line is a plain paragraph',
  inlineCode: 'code (text between backticks) is not in the source; remove the backticks',
  blockquote: 'a block quote (a line starting ">") is not in the source; remove the ">" so the line is a plain paragraph',
  list: 'a list (lines starting "-", "*", "+" or "1.") is not in the source; write the lines as plain paragraphs (escape a leading "-" or "1." with a backslash if the source starts a line with it)',
  thematicBreak: 'a rule (a line of ---, *** or ___) is not in the source; delete the line',
  break: 'a hard line break (a line ending in two spaces or a backslash) is not in the source; remove the trailing spaces or backslash',
  definition: 'a link definition ([label]: address) is not in the source; delete the line',
  linkReference: 'a link ([words][label]) is not in the source; remove the brackets and keep the words',
  imageReference: 'an image (![words][label]) is not in the source; remove it and restore the source\'s words',
};
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

function holdsClaim(node: Node): boolean {
  return isClaimDirective(node) || ('children' in node && node.children.some(holdsClaim));
}

/** Every construct in the body that is not text, with its line (in the body) and fix. */
export function bodyTextProblems(tree: Root): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'html') problems.push({ line: line(node), message: htmlProblem(node.value) });
    else if (node.type === 'link' || node.type === 'definition') {
      const message =
        urlProblem('link', node.url) ??
        (node.type === 'link' && holdsClaim(node)
          ? 'a claim sits inside a link, which the source does not have; remove the link ([ ] and the address in ( )), keeping the claim'
          : node.type === 'link'
            ? `a link (to ${node.url || 'an empty address'}) is not in the source; remove the brackets and the address in ( ), keeping the words`
            : NOT_TEXT['definition']!);
      problems.push({ line: line(node), message });
      return;
    } else if (node.type === 'image') {
      problems.push({ line: line(node), message: urlProblem('image', node.url) ?? `an image (${node.url || 'no address'}) is not in the source; remove it and restore the source's words` });
      return;
    } else {
      const message = NOT_TEXT[node.type];
      if (message) problems.push({ line: line(node), message });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return problems;
}
