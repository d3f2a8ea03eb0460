import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { parseMarkdownFile } from './frontmatter.ts';
import { ContentError } from '../lib/problem.ts';
import { locateNotes } from '../lib/margin-notes.ts';
import { CLAIM_KINDS, type ClaimKind } from '../schemas/claim.ts';

export interface RemarkMarginOptions {
  /** Site base path, for links to event and claim pages. */
  base?: string;
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

/** An event's short name for a link, read once from content/events/<id>.md. */
const eventNames = new Map<string, string>();
function eventName(cwd: string, id: string): string {
  let name = eventNames.get(id);
  if (name === undefined) {
    try {
      const split = parseMarkdownFile(readFileSync(join(cwd, 'content/events', `${id}.md`), 'utf8'));
      const data = 'problem' in split ? {} : (split.data as { label?: string; title?: string });
      name = data.label ?? data.title ?? id;
    } catch {
      name = id; // the content check reports the missing event
    }
    eventNames.set(id, name);
  }
  return name;
}

const text = (value: string): ElementContent => ({ type: 'text', value });
const el = (tagName: string, className: string[], children: ElementContent[], extra: Record<string, string> = {}): ElementContent => ({
  type: 'element',
  tagName,
  properties: { className, ...extra },
  children,
});

function eventLinks(cwd: string, base: string, ids: readonly string[]): ElementContent[] {
  return ids.flatMap((id, i) => [
    ...(i > 0 ? [text(', ')] : []),
    el('a', [], [text(eventName(cwd, id))], { href: `${base}events/${id}/` }),
  ]);
}

/**
 * Margin notes: each note in the piece's `margin` frontmatter quotes an exact
 * phrase of the text; the paragraph holding it is wrapped together with its
 * notes (a div with role note, not a landmark), the notes first so that on wide
 * screens they float into the margin level with the paragraph's first line
 * (stacking, never overlapping); on narrow screens CSS folds them under the
 * paragraph. Key claims with a record note add a short pointer to it (the note
 * itself is on the claim page, so the margin stays level with the text).
 * the paragraph's own text is untouched. A phrase that is not found stops the
 * build, naming the file and the phrase.
 */
export default function remarkMarginNotes(options: RemarkMarginOptions = {}) {
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  return (tree: Root, file: VFile): void => {
    const frontmatter = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {}) as { margin?: NoteData[]; claims?: ClaimData[] };
    const notes = frontmatter.margin ?? [];
    const claims = frontmatter.claims ?? [];
    if (notes.length === 0 && !claims.some((c) => c.key && c.record)) return;
    const cwd = file.cwd;
    const where = file.path && file.path.startsWith(cwd) ? file.path.slice(cwd.length + 1) : (file.path ?? 'unknown file');

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
          el('span', ['margin-links'], [text('Record: '), ...eventLinks(cwd, base, note.events), text('.')]),
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
          el('a', [], [text('What the record shows')], { href: `${base}claims/${claim.id}/#record` }),
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
