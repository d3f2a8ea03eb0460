/**
 * The search record: one per piece, claim and event page, built once from the
 * site's data (src/data/search/records.ts) and handed to both full-text
 * engines — packed into the small text index (/search/text.json,
 * text-index.ts) and given to Pagefind as a custom record
 * (src/integration/pagefind.ts). Its shape is Pagefind's own custom record
 * (`addCustomRecord`: url, content, meta, filters, sort), the one format
 * Pagefind publishes, so neither engine needs a translation the other lacks.
 * Pure.
 */
import type { FilterName } from './facets.ts';
import { paths } from '../urls.ts';

/** The meta each record carries: what a result shows. */
export type MetaName = 'title' | 'type' | 'date' | 'start' | 'end' | 'status' | 'line';

export interface SearchRecord {
  /** The page's path without the base ("/claims/x/"): both engines prefix the base when they show it. */
  url: string;
  /** The page's words as it shows them: its title first, then its text, without labels or navigation. */
  content: string;
  /** title, type, date (as the page shows it), start and end (ISO days); a claim's status and record line. */
  meta: Partial<Record<MetaName, string>> & Record<string, string | undefined>;
  /** type, year, month, actor, kind, topic, piece. */
  filters: Partial<Record<FilterName, string[]>> & Record<string, string[] | undefined>;
}

/**
 * What a page shows but its record leaves out, besides anything marked
 * `data-pagefind-ignore` (kept on the pages so any indexer run over the HTML
 * reads them as this site does): definition terms ("Author", "When"),
 * eyebrows, hidden headings that repeat the text, buttons, in-page
 * navigation, the event page's small timeline with its caption, forms, the
 * site's own notes about the record ("This happened after both pieces were
 * written"). tests/dist/search-records.test.ts holds each record to the words
 * its page shows outside these.
 */
export const NOT_TEXT = ['dt', '.eyebrow', '.visually-hidden', '.button', 'nav', '.tl-strip', 'figcaption', 'form', 'button', '.note'] as const;

/** Pagefind's custom record for a search record (pagefind's `CustomRecord`). */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The record as Pagefind takes it: empty meta and filters left out, sorted by its first day. */
export function pagefindRecord(record: SearchRecord): PagefindRecord {
  const meta = Object.fromEntries(Object.entries(record.meta).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
  const filters = Object.fromEntries(Object.entries(record.filters).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].length > 0));
  return { url: record.url, content: record.content, language: 'en', meta, filters, sort: { date: record.meta.start ?? '' } };
}

/**
 * Where the page build leaves the records for the build's last step, which
 * hands them to both engines and then removes the file: it is a hand-over,
 * not something the site serves.
 */
export const RECORDS_FILE = paths.searchFile('records.json').slice(1);

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
const stringMap = (value: unknown): value is Record<string, string> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
const listMap = (value: unknown): value is Record<string, string[]> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(strings);

/** The records read back from RECORDS_FILE; throws, naming the first bad one, when the file is not a list of records. */
export function readSearchRecords(file: unknown): SearchRecord[] {
  if (!Array.isArray(file)) throw new Error(`${RECORDS_FILE}: not a list of search records`);
  return file.map((r: unknown, i) => {
    const { url, content, meta, filters } = (r ?? {}) as Record<string, unknown>;
    if (typeof url !== 'string' || typeof content !== 'string' || !stringMap(meta) || !listMap(filters)) {
      throw new Error(`${RECORDS_FILE}: record ${i} is not { url, content, meta, filters }`);
    }
    return { url, content, meta, filters };
  });
}
