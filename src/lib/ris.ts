import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import type { CslDate, CslItem } from './csl.ts';

/**
 * RIS, the tagged format every reference manager imports (EndNote, Zotero,
 * Mendeley, RefWorks), written from the same CSL-JSON items by citation-js
 * rather than by hand. RIS has one date per item, so a date range is cut to
 * the part both ends share (a window inside 2019 is "2019", never its first
 * day passed off as the day of publication); the item's note keeps the window.
 */
export function toRis(items: readonly CslItem[]): string {
  const cut = items.map((item) => ({
    ...item,
    // RIS keeps 20 characters of an ID: a short hash of the whole id stays unique where a cut one would not.
    id: shortId(item.id),
    ...(item.issued ? { issued: shared(item.issued) } : {}),
    // RIS has no event date: the record's note carries it.
    ...(item['event-date'] ? { note: `${item.note ?? ''} Event date: ${formatParts(item['event-date'])}${item['event-place'] ? `; place: ${item['event-place']}` : ''}.`.trim() } : {}),
  }));
  return `${unwrap(new Cite(cut).format('ris') as string).replace(/\n+$/, '')}\n`;
}

/** "lipsandteeth-claim-china-card-a-bluff" → "LT-1x9k2f7" (FNV-1a, base 36): stable, short, unique in practice. */
export function shortId(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `LT-${hash.toString(36)}`;
}

/**
 * citation-js breaks every value after 70 characters, mid-word, with a bare
 * line break; readers that take a line without a tag as a new paragraph, or
 * join it with a space, then misquote the claim. RIS allows 255 characters
 * and more to a line, and the values here have no line breaks of their own,
 * so every break that does not start a tag line is undone.
 */
export function unwrap(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9]  - )(?=.)/g, '');
}

/** A range's shared leading parts ([[2019,1,10],[2019,2,26]] → [[2019]]); a single date as it is. */
function shared(date: CslDate): CslDate {
  const [first = [], last] = date['date-parts'];
  if (!last) return { 'date-parts': [first] };
  const common: number[] = [];
  for (let i = 0; i < first.length && first[i] === last[i]; i++) common.push(first[i]!);
  return { 'date-parts': [common.length > 0 ? common : first.slice(0, 1)] };
}

function formatParts(date: CslDate): string {
  const [first = [], last] = date['date-parts'];
  const iso = (p: number[]) => p.map((v, i) => (i === 0 ? String(v) : String(v).padStart(2, '0'))).join('-');
  return last ? `${iso(first)} to ${iso(last)}` : iso(first);
}
