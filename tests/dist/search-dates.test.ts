/**
 * The search's date index (/search/dates.json) carries no formatted dates:
 * the search page writes them from start, end and precision (eventDate,
 * pieceDate). Here every one of them is checked against the page it links
 * to, so a date answer shows exactly the date its event or piece shows.
 */
import { expect, test } from 'vitest';
import { eventDate, pieceDate, type DateIndex } from '../../src/lib/search/date-index.ts';
import { site } from './dist.ts';

const index = () => JSON.parse(site().read('/search/dates.json')) as DateIndex;

/** The text of every <time> element on a page. */
function timeTexts(file: string): string[] {
  const html = site().pages.get(file)?.html;
  if (html === undefined) throw new Error(`${file} is missing from the build`);
  return [...html.matchAll(/<time\b[^>]*>([^<]*)<\/time>/g)].map((m) => m[1]!);
}

test('every event in the date index reads, as the search writes it, as its page’s date', () => {
  const problems: string[] = [];
  expect(index().events.length, 'the date index lists no event').toBeGreaterThan(0);
  for (const event of index().events) {
    const page = /<time class="event-date"[^>]*>([^<]*)<\/time>/.exec(site().pages.get(`/events/${event.id}/index.html`)?.html ?? '')?.[1];
    if (page !== eventDate(event)) problems.push(`${event.id}: search writes “${eventDate(event)}”, its page shows “${page ?? 'no date'}”`);
  }
  expect(problems).toEqual([]);
});

test('every piece in the date index reads, as the search writes it, as its page’s date', () => {
  expect(index().pieces.length, 'the date index lists no piece').toBeGreaterThan(0);
  const problems = index().pieces
    .filter((piece) => !timeTexts(`/articles/${piece.id}/index.html`).includes(pieceDate(piece)))
    .map((piece) => `${piece.id}: search writes “${pieceDate(piece)}”, not a date its page shows`);
  expect(problems).toEqual([]);
});

test('the date index says nothing twice: no formatted dates, no day precision, no field the search does not read', () => {
  const { events, claims, pieces } = index();
  expect(events.filter((e) => 'date' in e || (e as { precision?: string }).precision === 'day').map((e) => e.id)).toEqual([]);
  expect(pieces.filter((p) => 'date' in p).map((p) => p.id)).toEqual([]);
  // A claim's piece is read by search as of a day (src/lib/search/asof-limit.ts): it must name a piece of the index.
  expect(claims.filter((c) => !pieces.some((p) => p.id === c.piece)).map((c) => c.id)).toEqual([]);
  // Coarse dates still carry their precision: an event known only to the month reads as the month.
  expect(events.some((e) => e.precision === 'month')).toBe(true);
});
