import type { Parent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { isClaimDirective, isStrayDirective, strayDirectiveAsText } from './claim-syntax.ts';
import type { MarkdownLinks } from '../lib/urls.ts';

export interface RemarkClaimsOptions {
  /** The site's link functions (src/lib/urls.ts `markdownLinks`), for links to claim pages. */
  links: Pick<MarkdownLinks, 'claim'>;
}

/**
 * Turn `:claim[span]{#id}` into a focusable, anchored mark followed by a
 * link to the claim's own page:
 *
 *   <mark class="claim" id="id" tabindex="-1">span</mark><a class="claim-ref" href="/claims/id/">…</a>
 *
 * Runs after remark-directive. Any other directive remark-directive thought it
 * saw ("10:30", "note:this") is put back as the text it was, so the piece stays
 * verbatim. The content pipeline (src/validate/) has checked the syntax before
 * any piece is rendered, so this plugin only draws.
 */
export default function remarkClaims(options: RemarkClaimsOptions) {
  const { links } = options;
  return (tree: Root, file: VFile): void => {
    const source = String(file.value);
    // Kind and key come from the piece's frontmatter, which the content loader
    // hands the renderer (absent in bare Markdown).
    const listed = ((file.data as { astro?: { frontmatter?: { claims?: unknown } } }).astro?.frontmatter?.claims ?? []) as { id?: string; kind?: string; key?: boolean }[];
    const metaById = new Map(listed.map((c) => [c.id ?? '', c]));
    const rewrite = (parent: Parent): void => {
      const children: RootContent[] = [];
      for (const child of parent.children) {
        if (isStrayDirective(child)) {
          children.push(strayDirectiveAsText(child, source));
          continue;
        }
        if ('children' in child) rewrite(child);
        if (!isClaimDirective(child)) {
          children.push(child);
          continue;
        }
        const id = child.attributes?.id ?? '';
        const meta = metaById.get(id);
        // Key claims are highlighted by default; the others stay quiet until
        // hovered, focused, targeted or switched on (reading-claims.css).
        child.data = {
          hName: 'mark',
          hProperties: { id, className: meta?.key ? ['claim', 'claim-key'] : ['claim'], tabIndex: -1, dataClaim: id, ...(meta?.kind ? { dataKind: meta.kind } : {}) },
        };
        const name = `${meta?.key ? 'Key claim' : 'Claim'}${meta?.kind ? ` (${meta.kind})` : ''}: ${id.replaceAll('-', ' ')}`;
        // The link sits inside the mark, so tabbing to it highlights the claim
        // (via :focus-within); its visible sign is decorative, its name is not.
        child.children.push({
          type: 'link',
          url: links.claim(id),
          data: {
            hProperties: { className: ['claim-ref'], dataClaimRef: id },
            hChildren: [
              { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: name }] },
              { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '§' }] },
            ],
          },
          children: [],
        });
        children.push(child);
      }
      parent.children = children as typeof parent.children;
    };
    rewrite(tree);
  };
}
