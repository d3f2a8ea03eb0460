/**
 * The small text index (/search/text.json): on a small site, every indexed
 * page's text and record in one compact file, so a word query is answered
 * in the page without Pagefind's script, wasm and index chunks. The text is
 * the very text Pagefind indexed (its fragments: the page's content without
 * chrome), so matches and excerpts come from the same words.
 *
 * The file is written by src/integration/text-index.ts; this module packs it
 * (build) and reads it back (browser). Pure.
 */
import type { IsoDate } from '../calendar.ts';
import { decodeEntities } from './excerpt.ts';
import type { Facet, ResultType } from './facets.ts';

/** What the file holds for one page (the shape the build reads from Pagefind). */
export interface TextPage {
  url: string;
  /** The page's text as Pagefind stores it (XML entities escaped). */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One page, ready to search. */
export interface TextDoc {
  url: string;
  title: string;
  type: ResultType | string;
  /** The date as readers see it. */
  date: string;
  start: IsoDate;
  end: IsoDate;
  /** Facet values (type, year, actor, kind, topic). */
  facets: Partial<Record<Facet, string[]>>;
  /** The text as Pagefind stores it; excerpts are cut from it. */
  content: string;
}

/** The file: format version, then one row per page. */
export interface TextIndexFile {
  v: 1;
  /**
   * [url, title, type, date, start, end, years, actors, kinds, topics, content]; lists
   * space-separated; the title is its length when the text starts with it (it always does).
   */
  docs: (string | number)[][];
}

const LISTS: Facet[] = ['year', 'actor', 'kind', 'topic'];

function rank(page: TextPage): number {
  return page.meta['type'] === 'piece' ? 0 : page.meta['type'] === 'claim' ? 1 : 2;
}

/**
 * Rows in an order that compresses well: each piece followed by its claims
 * (whose pages quote the piece), then the events by date, then the rest.
 */
export function packTextIndex(pages: readonly TextPage[]): TextIndexFile {
  // Each page's piece is looked up once, among the pieces only, before sorting:
  // looked up inside the comparison, over every page, the sort grew with the
  // square of the pages (hundreds of millions of checks for a large record).
  const pieces = pages.filter((q) => q.meta['type'] === 'piece');
  const pieceUrl = new Map<TextPage, string>();
  for (const p of pages) {
    if (rank(p) === 2) continue; // events are ordered by date, not by piece
    const found = p.meta['type'] === 'piece' ? p.url : pieces.find((q) => (p.filters['piece'] ?? []).some((s) => q.url.includes(`/${s}/`)))?.url;
    pieceUrl.set(p, found ?? '');
  }
  const pieceOf = (p: TextPage) => pieceUrl.get(p) ?? '';
  const sorted = [...pages].sort((a, b) =>
    (rank(a) === 2 || rank(b) === 2 ? rank(a) - rank(b) : pieceOf(a).localeCompare(pieceOf(b)) || rank(a) - rank(b))
    || (a.meta['start'] ?? '').localeCompare(b.meta['start'] ?? '') || a.url.localeCompare(b.url));
  return {
    v: 1,
    docs: sorted.map((p) => {
      const title = p.meta['title'] ?? p.url;
      return [
        p.url,
        decodeEntities(p.content).startsWith(title) ? title.length : title,
        p.meta['type'] ?? '',
        p.meta['date'] ?? '',
        p.meta['start'] ?? '',
        p.meta['end'] ?? p.meta['start'] ?? '',
        ...LISTS.map((f) => (p.filters[f] ?? []).join(' ')),
        p.content,
      ];
    }),
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The file read back; null when it is not one (another version, a broken
 * row): the page then searches with Pagefind. Rows are read by position and
 * checked to be strings, so nothing in the file becomes an object key.
 */
export function readTextIndex(file: unknown): TextDoc[] | null {
  if (!file || typeof file !== 'object' || (file as { v?: unknown }).v !== 1) return null;
  const rows = (file as { docs?: unknown }).docs;
  if (!Array.isArray(rows)) return null;
  const docs: TextDoc[] = [];
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== 11) return null;
    const [url, title, type, date, start, end, ...rest] = row as unknown[];
    const content = rest[4];
    const lists = rest.slice(0, 4);
    if (![url, type, date, start, end, content, ...lists].every((v) => typeof v === 'string') || !(typeof title === 'string' || (Number.isInteger(title) && (title as number) >= 0))) return null;
    if (!ISO.test(start as string) || !ISO.test(end as string)) return null;
    const text = content as string;
    const facets: TextDoc['facets'] = { type: [type as string] };
    LISTS.forEach((f, i) => (facets[f] = (lists[i] as string).split(' ').filter(Boolean)));
    docs.push({
      url: url as string,
      title: typeof title === 'number' ? decodeEntities(text).slice(0, title) : (title as string),
      type: type as string,
      date: date as string,
      start: start as IsoDate,
      end: end as IsoDate,
      facets,
      content: text,
    });
  }
  return docs;
}
