import type { Published } from '../schemas/article.ts';
import type { Precision } from '../schemas/vocabulary.ts';
import { parseIsoDate, type IsoDate } from '../calendar/calendar.ts';
import { normaliseSpace } from './share-text.ts';

/**
 * Citations a reference manager reads: CSL-JSON items (the format Zotero,
 * Mendeley and Pandoc share) for a piece, a claim or an event, and the
 * Highwire `citation_*` tags Zotero's connector reads from a page. Both name
 * only what is known: an unsigned piece has no author, a piece known only to
 * a window is dated by the window (CSL's date range, or in the tags the part
 * of the date both ends share). Pure: the pages and the downloads agree.
 */

export const SITE_NAME = 'Lips and Teeth';

/** A CSL date: one day, month or year, or a range of two. */
export interface CslDate {
  'date-parts': number[][];
}

/** The CSL-JSON fields this site writes (a subset of CSL 1.0.2's item schema). */
export interface CslItem {
  id: string;
  type: 'article-magazine' | 'document' | 'webpage';
  title: string;
  author?: { family: string; given?: string }[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  'event-date'?: CslDate;
  'event-place'?: string;
  URL: string;
  accessed?: CslDate;
  note?: string;
  language: 'en';
}

/** What a piece's citation needs. */
export interface PieceInfo {
  slug: string;
  title: string;
  author: string | null;
  outlet: string | null;
  published: Published;
}

/** "Frank Ching" → { family: "Ching", given: "Frank" }. */
export function cslName(name: string): { family: string; given?: string } {
  const parts = name.trim().split(/\s+/);
  const family = parts.pop() ?? name;
  return parts.length > 0 ? { family, given: parts.join(' ') } : { family };
}

/** An ISO day as CSL date parts, cut to the precision known. */
function parts(date: IsoDate, precision: Precision = 'day'): number[] {
  const p = parseIsoDate(date);
  if (!p) return [];
  if (precision === 'day') return [p.year, p.month, p.day];
  if (precision === 'month') return [p.year, p.month];
  return [p.year];
}

/** A piece's date: its day, or its window as a range. */
export function pieceIssued(published: Published): CslDate | undefined {
  if (published.date) return { 'date-parts': [parts(published.date)] };
  if (published.earliest && published.latest) return { 'date-parts': [parts(published.earliest), parts(published.latest)] };
  return undefined;
}

/** How an undated piece's window reads in a note. */
function windowNote(published: Published): string | undefined {
  if (published.date || !published.earliest || !published.latest) return undefined;
  return `Date unknown; written between ${published.earliest} and ${published.latest} (inferred from the text).`;
}

function day(date: IsoDate): CslDate {
  return { 'date-parts': [parts(date)] };
}

function authors(author: string | null): Pick<CslItem, 'author'> {
  return author ? { author: [cslName(author)] } : {};
}

/** The piece itself, as published: a magazine or news article. */
export function pieceItem(piece: PieceInfo, url: string, accessed: IsoDate): CslItem {
  const issued = pieceIssued(piece.published);
  const note = [piece.author ? undefined : 'Unsigned.', windowNote(piece.published), `Text held by ${SITE_NAME}.`].filter(Boolean).join(' ');
  return {
    id: `lipsandteeth-piece-${piece.slug}`,
    type: 'article-magazine',
    title: piece.title,
    ...authors(piece.author),
    ...(piece.outlet ? { 'container-title': piece.outlet, publisher: piece.outlet } : {}),
    ...(issued ? { issued } : {}),
    URL: url,
    accessed: day(accessed),
    note,
    language: 'en',
  };
}

/** One claim: the quote is the title, the piece its container. */
export function claimItem(claim: { id: string; quote: string }, piece: PieceInfo, url: string, accessed: IsoDate): CslItem {
  const issued = pieceIssued(piece.published);
  const note = [`Claim in “${piece.title}”${piece.outlet ? `, ${piece.outlet}` : ''}, as held by ${SITE_NAME}.`, piece.author ? undefined : 'Unsigned.', windowNote(piece.published)]
    .filter(Boolean)
    .join(' ');
  return {
    id: `lipsandteeth-claim-${claim.id}`,
    type: 'document',
    title: normaliseSpace(claim.quote),
    ...authors(piece.author),
    'container-title': piece.title,
    ...(piece.outlet ? { publisher: piece.outlet } : {}),
    ...(issued ? { issued } : {}),
    URL: url,
    accessed: day(accessed),
    note,
    language: 'en',
  };
}

/** What an event's citation needs. */
export interface EventInfo {
  id: string;
  title: string;
  start: IsoDate;
  end?: IsoDate | undefined;
  precision: Precision;
  place: string;
}

/** An event's record on this site: a web page, with the event's own date and place. */
export function eventItem(event: EventInfo, url: string, accessed: IsoDate): CslItem {
  const when: CslDate = event.end && event.end !== event.start && event.precision === 'day'
    ? { 'date-parts': [parts(event.start), parts(event.end)] }
    : { 'date-parts': [parts(event.start, event.precision)] };
  return {
    id: `lipsandteeth-event-${event.id}`,
    type: 'webpage',
    title: event.title,
    'container-title': SITE_NAME,
    publisher: SITE_NAME,
    'event-date': when,
    'event-place': event.place,
    URL: url,
    accessed: day(accessed),
    note: `Event record in ${SITE_NAME}.`,
    language: 'en',
  };
}

/** A Highwire date: "2018/03/26", "2019/01" or "2019", as precise as what is known. */
export function highwireDate(issued: CslDate | undefined): string | undefined {
  const [first, last] = issued?.['date-parts'] ?? [];
  if (!first) return undefined;
  // A range is known to the part both ends share.
  const known = last ? first.filter((_, i) => first.slice(0, i + 1).every((w, j) => w === last[j])) : first;
  if (known.length === 0) return undefined;
  return known.map((v, i) => (i === 0 ? String(v) : String(v).padStart(2, '0'))).join('/');
}

/** `citation_*` meta tags (name, content) for an item, in the order Zotero's translator reads them. */
export function highwireTags(item: CslItem): [string, string][] {
  const tags: [string, string][] = [['citation_title', item.title]];
  for (const a of item.author ?? []) tags.push(['citation_author', a.given ? `${a.family}, ${a.given}` : a.family]);
  const date = highwireDate(item.issued ?? item['event-date']);
  if (date) tags.push(['citation_publication_date', date]);
  if (item.type === 'article-magazine' && item['container-title']) tags.push(['citation_journal_title', item['container-title']]);
  if (item.type === 'document' && item['container-title']) tags.push(['citation_inbook_title', item['container-title']]);
  if (item.publisher) tags.push(['citation_publisher', item.publisher]);
  tags.push(['citation_language', item.language]);
  if (item.URL) tags.push(['citation_public_url', item.URL]);
  return tags;
}
