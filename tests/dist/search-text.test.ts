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

test('every row of the text index is filed under the years, title and type its page gives Pagefind', () => {
  const problems: string[] = [];
  for (const doc of docs()) {
    const html = pageAt(doc.url)?.html ?? '';
    const years = [...html.matchAll(/<span data-pagefind-filter="year">(\d{4})<\/span>/g)].map((m) => m[1]);
    const title = /<span data-pagefind-meta="title">([^<]*)<\/span>/.exec(html)?.[1]?.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
    const type = /<span data-pagefind-meta="type">([^<]*)<\/span>/.exec(html)?.[1];
    if (years.join(' ') !== (doc.facets.year ?? []).join(' ')) problems.push(`${doc.url}: years ${String(doc.facets.year)}, its page ${years.join(',')}`);
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
