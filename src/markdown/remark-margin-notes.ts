import type { Paragraph, Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { ContentError, type Problem } from '../lib/problem.ts';
import { locateNotes } from '../lib/margin-notes.ts';
import { CLAIM_KINDS, type ClaimKind } from '../schemas/claim.ts';
import type { MarkdownLinks } from '../lib/urls.ts';

export interface RemarkMarginOptions {
  /** The site's link functions (src/lib/urls.ts `markdownLinks`), for links to event and claim pages. */
  links: MarkdownLinks;
}

interface NoteData {
  phrase: string;
  note: string;
  events: string[];
}
interface ClaimData {
  id: string;
  kind?: ClaimKind;
  key?: boolean;
  record?: { note: string; outcome?: string; events: string[] };
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, className: string[], children: ElementContent[], extra: Record<string, string> = {}): ElementContent => ({
  type: 'element',
  tagName,
  properties: { className, ...extra },
  children,
});

function eventLinks(links: MarkdownLinks, ids: readonly string[], labels: Readonly<Record<string, string>>): ElementContent[] {
  return ids.flatMap((id, i) => [
    ...(i > 0 ? [text(', ')] : []),
    el('a', [], [text(labels[id]!)], { href: links.event(id) }),
  ]);
}

/** Each cited event that the loader gave no label for, as a problem naming the note and the fix. */
function missingLabels(where: string, notes: readonly NoteData[], labels: Readonly<Record<string, string>>): Problem[] {
  return notes.flatMap((note, n) =>
    note.events
      .map((id, e) => ({ id, e }))
      .filter(({ id }) => !Object.hasOwn(labels, id))
      .map(({ id, e }) => ({
        file: where,
        field: `margin[${n}].events[${e}]`,
        message: `margin note "${note.phrase}" cites event "${id}", which has no label to link by; add content/events/${id}.md or fix the id (the loader passes each cited event's label as eventLabels)`,
      })),
  );
}

/**
 * Margin notes: each note in the piece's `margin` frontmatter quotes an exact
 * phrase of the text; the paragraph holding it is wrapped together with its
 * notes (a div with role note, not a landmark), the notes first so that on wide
 * screens they float into the margin level with the paragraph's first line
 * (stacking, never overlapping); on narrow screens CSS folds them under the
 * paragraph. Key claims with a record note add a short pointer to it (the note
 * itself is on the claim page, so the margin stays level with the text).
 * The paragraph's own text is untouched. Each cited event is linked by the
 * label the loader passes in the frontmatter (`eventLabels`, id → label), so
 * rendering never reads content/ itself. A phrase that is not found, or an
 * event without a label, stops the build, naming the file, the note and the fix.
 */
export default function remarkMarginNotes(options: RemarkMarginOptions) {
  const { links } = options;
  return (tree: Root, file: VFile): void => {
    const frontmatter = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {}) as {
      margin?: NoteData[];
      claims?: ClaimData[];
      eventLabels?: Record<string, string>;
    };
    const notes = frontmatter.margin ?? [];
    const claims = frontmatter.claims ?? [];
    const labels = frontmatter.eventLabels ?? {};
    if (notes.length === 0 && !claims.some((c) => c.key && c.record)) return;
    const cwd = file.cwd;
    const where = file.path && file.path.startsWith(cwd) ? file.path.slice(cwd.length + 1) : (file.path ?? 'unknown file');
    const unlabelled = missingLabels(where, notes, labels);
    if (unlabelled.length > 0) throw new ContentError(unlabelled);

    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph');
    const { located, problems } = locateNotes(paragraphs.map((p) => toString(p)), notes);
    if (problems.length > 0) throw new ContentError(problems.map((message) => ({ file: where, field: 'margin', message })));

    const items = new Map<Paragraph, ElementContent[]>();
    const add = (p: Paragraph | undefined, item: ElementContent) => {
      if (p) items.set(p, [...(items.get(p) ?? []), item]);
    };
    for (const { paragraph, note } of located) {
      add(
        paragraphs[paragraph],
        el('div', ['margin-note'], [
          el('span', ['margin-phrase'], [text(`“${note.phrase}”`)]),
          text(' '),
          text(note.note),
          text(' '),
          el('span', ['margin-links'], [text('Record: '), ...eventLinks(links, note.events, labels), text('.')]),
        ]),
      );
    }
    // Key claims point to their record note beside them.
    for (const claim of claims) {
      if (!claim.key || !claim.record) continue;
      const holder = paragraphs.find((p) => JSON.stringify(p).includes(`"id":"${claim.id}"`));
      const kind = claim.kind ? CLAIM_KINDS[claim.kind] : 'Claim';
      add(
        holder,
        el('div', ['margin-note', 'margin-note-key'], [
          el('span', ['margin-phrase'], [text(`Key claim · ${kind}.`)]),
          text(' '),
          el('a', [], [text('What the record shows')], { href: links.claimRecord(claim.id) }),
        ]),
      );
    }

    const children: RootContent[] = [];
    for (const node of tree.children) {
      const list = node.type === 'paragraph' ? items.get(node) : undefined;
      if (!list) {
        children.push(node);
        continue;
      }
      const aside = {
        type: 'marginAside',
        data: { hName: 'div', hProperties: { className: ['margin-notes'], role: 'note', ariaLabel: 'From the record' }, hChildren: list },
        children: [],
      };
      children.push({
        type: 'marginBlock',
        data: { hName: 'div', hProperties: { className: ['noted'] } },
        children: [aside, node],
      } as unknown as RootContent);
    }
    tree.children = children;
  };
}
