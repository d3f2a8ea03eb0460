/**
 * The search's date index (/search/dates.json) carries no formatted dates:
 * the search page writes them from start, end and precision (eventDate,
 * pieceDate). Here every one of them is checked against the page it links
 * to, so a date answer shows exactly the date its event or piece shows.
 */
import { expect, test } from 'vitest';
import { eventDate, pieceDate, type DateIndex } from '../../src/lib/search/date-index.ts';
import { site } from './dist.ts';
import { answerDateQuery } from '../../src/lib/search/date-answer.ts';
import { mergePeriods, periodsFor, readManifest, type PeriodFile } from '../../src/lib/search/date-periods.ts';
import { parseDateQuery } from '../../src/lib/date-query/index.ts';
import { FACETS, type Facet } from '../../src/lib/search/facets.ts';

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

test('the date index by period: each period file holds what its period answers, and a range fetches only its periods', () => {
  const manifest = readManifest(JSON.parse(site().read('/search/dates/index.json')));
  expect(manifest, '/search/dates/index.json is not a manifest of periods').not.toBeNull();
  const files = new Map(manifest!.periods.map((id) => [id, JSON.parse(site().read(`/search/dates/${id}.json`)) as PeriodFile]));
  // No file but the manifest's (and the precompressed copies the build writes beside each).
  expect(site().files.filter((f) => f.startsWith('/search/dates/') && !/\.(?:gz|br)$/.test(f)).sort()).toEqual(['/search/dates/index.json', ...manifest!.periods.map((id) => `/search/dates/${id}.json`)].sort());
  const whole = index();
  const noFilters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;
  // Every year and month the record touches, and open ranges.
  const years = [...new Set(manifest!.periods.map((p) => p.slice(0, 4)))];
  const queries = [...years, ...years.flatMap((y) => ['01', '06', '12'].map((m) => `${y}-${m}`)), 'spring 2003', 'winter 2018', 'before March 2018', 'after June 2018', '2017..2019'];
  const problems: string[] = [];
  for (const q of queries) {
    const range = parseDateQuery(q).range!;
    const needed = periodsFor(manifest!, range);
    const answer = answerDateQuery(mergePeriods(needed.map((id) => files.get(id)!)), range, noFilters);
    if (JSON.stringify(answer) !== JSON.stringify(answerDateQuery(whole, range, noFilters))) problems.push(`${q}: the periods ${needed.join(', ')} answer otherwise than the whole index`);
  }
  expect(problems).toEqual([]);
  // June 2018 needs one period, well short of the whole index.
  const june = periodsFor(manifest!, parseDateQuery('June 2018').range!);
  expect(june).toHaveLength(1);
  expect(site().read(`/search/dates/${june[0]}.json`).length).toBeLessThan(site().read('/search/dates.json').length * 0.7);
});
