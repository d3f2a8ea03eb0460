import type { TextPoint } from '../../lib/text-match.ts';

/**
 * The piece's text as text-fragment "segments" (see src/lib/text-fragment.ts):
 * one per paragraph, split again wherever something that is not the piece's
 * text sits inside it (a claim's § link, the share button), so a passage
 * link never spans them. Also maps DOM points to segment points.
 */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, figcaption';
const NOT_TEXT = '.claim-ref, button, .visually-hidden, [aria-hidden="true"]';

interface Placed {
  node: Text;
  segment: number;
  base: number;
}

export interface PieceText {
  segments: string[];
  /** The segment point of a DOM boundary point inside the piece. */
  pointOf(node: Node, offset: number): TextPoint;
}

export function readPieceText(root: Element): PieceText {
  const segments: string[] = [];
  const placed: Placed[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let block: Element | null = null;
  let broken = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || parent.closest(NOT_TEXT)) {
      broken = true;
      continue;
    }
    const owner = parent.closest(BLOCKS);
    if (broken || owner !== block) {
      segments.push('');
      block = owner;
      broken = false;
    }
    const index = segments.length - 1;
    placed.push({ node: text, segment: index, base: segments[index]?.length ?? 0 });
    segments[index] += text.data;
  }

  const pointOf = (node: Node, offset: number): TextPoint => {
    const direct = placed.find((p) => p.node === node);
    if (direct) return { segment: direct.segment, offset: direct.base + offset };
    // An element boundary, or a point inside a § link: the next text of the piece.
    const probe = document.createRange();
    probe.setStart(node, offset);
    const next = placed.find((p) => probe.comparePoint(p.node, 0) >= 0);
    if (next) return { segment: next.segment, offset: next.base };
    const last = placed.at(-1);
    return last ? { segment: last.segment, offset: last.base + last.node.data.length } : { segment: 0, offset: 0 };
  };
  return { segments, pointOf };
}
