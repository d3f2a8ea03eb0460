/**
 * The small text index (/search/text.json) carries no formatted dates and no
 * years: the search page writes each date from start, end and a code
 * (src/lib/search/text-dates.ts) and takes the years from start to end.
 * Here every row, read as the page reads it, is checked against the page it
 * links to, so a word result shows exactly the date its page shows and is
 * filed under the years its page is.
 */
import { expect, test } from 'vitest';
import { readTextIndex, type TextDoc } from '../../src/lib/search/text-index.ts';
import { site, type Page } from './dist.ts';

const docs = (): TextDoc[] => {
  const read = readTextIndex(JSON.parse(site().read('/search/text.json')));
  if (!read) throw new Error('search/text.json does not read as the current format');
  return read;
};

const pageAt = (url: string): Page | undefined => [...site().pages.values()].find((p) => p.url === url);

/** The date a page shows for itself: an event's date line, a piece's or claim's "Written"/"Published" entry. */
function shownDate(html: string): string | undefined {
  return /<time class="event-date"[^>]*>([^<]*)<\/time>/.exec(html)?.[1]
    ?? /<dt>(?:Written|Published)<\/dt><dd><time\b[^>]*>([^<]*)<\/time>/.exec(html)?.[1];
}

test('every row of the text index reads, as the search writes it, as its page’s date', () => {
  const rows = docs();
  expect(rows.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const doc of rows) {
    const page = pageAt(doc.url);
    const shown = page ? shownDate(page.html) : undefined;
    if (shown !== doc.date) problems.push(`${doc.url}: search writes “${doc.date}”, its page shows “${shown ?? 'no date'}”`);
  }
  expect(problems).toEqual([]);
  // Coarse dates keep their precision: an event known only to the month reads as the month.
  expect(rows.some((d) => d.type === 'event' && /^[A-Z][a-z]+ \d{4}$/.test(d.date))).toBe(true);
});

/** The page's own heading (a claim's is its quote in quotation marks), as text. */
const headingOf = (html: string): string | undefined =>
  /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]*>/g, '').replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").trim();
const TYPE_OF_FOLDER: Record<string, string> = { articles: 'piece', claims: 'claim', events: 'event' };

// The years each row is filed under are checked against Pagefind's record of the same page in search-records.test.ts.
test('every row of the text index is filed under the title and type its page shows', () => {
  const problems: string[] = [];
  for (const doc of docs()) {
    const html = pageAt(doc.url)?.html ?? '';
    const title = headingOf(html);
    const type = TYPE_OF_FOLDER[doc.url.split('/')[1] ?? ''];
    if (title !== doc.title) problems.push(`${doc.url}: title “${doc.title}”, its page “${title ?? 'none'}”`);
    if (type !== doc.type) problems.push(`${doc.url}: type ${doc.type}, its page ${type ?? 'none'}`);
  }
  expect(problems).toEqual([]);
});

test('the text index says nothing twice: no formatted date where start and end say it, no end equal to the start', () => {
  const file = JSON.parse(site().read('/search/text.json')) as { docs: (string | number)[][] };
  expect(file.docs.filter((row) => row[4] === row[3]).map((row) => row[0])).toEqual([]);
  expect(file.docs.filter((row) => String(row[5]).length > 1).map((row) => `${String(row[0])}: ${String(row[5])}`)).toEqual([]);
});
