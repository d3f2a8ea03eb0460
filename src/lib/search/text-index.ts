/**
 * The small text index (/search/text.json): on a small site, every indexed
 * page's text and record in one compact file, so a word query is answered
 * in the page without Pagefind's script, wasm and index chunks. Its rows are
 * the very search records Pagefind is given (src/lib/search/record.ts), so
 * both engines match and cut excerpts from the same words.
 *
 * The file is written by src/integration/text-index.ts; this module packs it
 * (build) and reads it back (browser). Pure.
 */
import type { IsoDate } from '../../calendar/calendar.ts';
import { yearsOf } from '../date-query/overlap.ts';
import { decodeEntities } from './excerpt.ts';
import type { Facet, ResultType } from './facets.ts';
import { dateCode, rowDate } from './text-dates.ts';
import { rowOrder, type TextPage } from './text-order.ts';
import { packVerdict, unpackVerdict, type Verdict } from './verdict.ts';

export type { TextPage } from './text-order.ts';

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
  /** The record's text; excerpts are cut from it. */
  content: string;
  /** Claims: the record's status and line. */
  verdict?: Verdict | undefined;
}

/**
 * The file: format version, one row per page, and the pages' texts in the
 * same order. The texts come apart from the rows so that text follows text
 * and gzip finds the repeats between neighbouring pages.
 */
export interface TextIndexFile {
  v: 3;
  /**
   * [url, title, type, start, end, date, actors, kinds, topics, verdict]: the title is
   * its length when the text starts with it (it always does); end is empty
   * when it is the start; date is what src/lib/search/text-dates.ts needs to
   * write the date as the page shows it (mostly nothing); lists
   * space-separated; verdict is a claim's "status<TAB>record line" (src/lib/search/verdict.ts),
   * empty for other pages. A page's years are those from start to end.
   */
  docs: (string | number)[][];
  /** The records' texts, in the order of `docs`. */
  text: string[];
}

const LISTS = ['actor', 'kind', 'topic'] as const satisfies Facet[];
const ROW_LENGTH = 10;

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Rows in an order that compresses well (src/lib/search/text-order.ts). */
export function packTextIndex(pages: readonly TextPage[]): TextIndexFile {
  const ordered = rowOrder(pages);
  return {
    v: 3,
    docs: ordered.map((p) => {
      const title = p.meta['title'] ?? p.url;
      const type = p.meta['type'] ?? '';
      const start = p.meta['start'] ?? '';
      const end = p.meta['end'] ?? start;
      // The reader gives every page the years from start to end: a page filed under others would be found under the wrong ones.
      if (!sameList(p.filters['year'] ?? [], yearsOf(start, end))) {
        throw new Error(`search text index: ${p.url} is filed under the years ${(p.filters['year'] ?? []).join(', ') || 'none'}, not those from ${start} to ${end}; src/data/search/index-entry.ts gives a page the years of its dates`);
      }
      return [
        p.url,
        decodeEntities(p.content).startsWith(title) ? title.length : title,
        type,
        start,
        end === start ? '' : end,
        dateCode(type, start, end, p.meta['date'] ?? ''),
        ...LISTS.map((f) => (p.filters[f] ?? []).join(' ')),
        packVerdict(p.meta['status'], p.meta['line']),
      ];
    }),
    text: ordered.map((p) => p.content),
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The file read back; null when it is not one (another version, a broken
 * row): the page then searches with Pagefind. Rows are read by position and
 * checked to be strings, so nothing in the file becomes an object key.
 */
export function readTextIndex(file: unknown): TextDoc[] | null {
  if (!file || (file as { v?: unknown }).v !== 3) return null;
  const { docs: rows, text: texts } = file as { docs?: unknown; text?: unknown };
  if (!Array.isArray(rows) || !Array.isArray(texts) || rows.length !== texts.length) return null;
  const docs: TextDoc[] = [];
  for (const [i, row] of (rows as unknown[]).entries()) {
    if (!Array.isArray(row) || row.length !== ROW_LENGTH) return null;
    const [url, title, type, start, endOrNone, code, actors, kinds, topics, verdict] = row as unknown[];
    // In the order of LISTS, as packTextIndex writes them.
    const lists = [actors, kinds, topics];
    const content: unknown = texts[i];
    if (![url, type, start, endOrNone, code, content, verdict, ...lists].every((v) => typeof v === 'string') || !(typeof title === 'string' || (Number.isInteger(title) && (title as number) >= 0))) return null;
    const end = (endOrNone as string) || (start as string);
    if (!ISO.test(start as string) || !ISO.test(end)) return null;
    const text = content as string;
    const facets: TextDoc['facets'] = { type: [type as string], year: yearsOf(start as string, end) };
    LISTS.forEach((f, j) => (facets[f] = (lists[j] as string).split(' ').filter(Boolean)));
    docs.push({
      url: url as string,
      title: typeof title === 'number' ? decodeEntities(text).slice(0, title) : (title as string),
      type: type as string,
      date: rowDate(type as string, start as string, end, code as string),
      start: start as IsoDate,
      end: end as IsoDate,
      facets,
      content: text,
      verdict: unpackVerdict(verdict as string),
    });
  }
  return docs;
}
