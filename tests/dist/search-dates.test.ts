/**
 * The search's date index (/search/dates.json) carries no formatted dates:
 * the search page writes them from start, end and precision (eventDate,
 * pieceDate). Here every one of them is checked against the page it links
 * to, so a date answer shows exactly the date its event or piece shows.
 */
import { expect, test } from 'vitest';
import { eventDate, pieceDate, type DateIndex } from '../../src/lib/search/date-index.ts';
import { site } from './dist.ts';
import { answerDateQuery as answer, pageOf, textNeeded } from '../../src/lib/search/date-answer.ts';
import { mergePeriods, periodsFor, readManifest, textPeriods } from '../../src/lib/search/date-periods.ts';
import { decodePeriod, decodeText, type PeriodFacts } from '../../src/lib/search/date-wire.ts';
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

test('the date index by period: each period’s facts answer as the whole index does, its text shows the same words, and a range fetches only its periods', () => {
  const manifest = readManifest(JSON.parse(site().read('/search/dates/index.json')));
  expect(manifest, '/search/dates/index.json is not a manifest of periods').not.toBeNull();
  const facts = new Map(manifest!.periods.map((id) => [id, decodePeriod(JSON.parse(site().read(`/search/dates/${id}.json`)))]));
  const texts = new Map(manifest!.periods.map((id) => [id, JSON.parse(site().read(`/search/dates/text/${id}.json`)) as unknown]));
  // No file but the manifest's, a facts and a text file a period (and the precompressed copies the build writes beside each).
  expect(site().files.filter((f) => f.startsWith('/search/dates/') && !/\.(?:gz|br)$/.test(f)).sort()).toEqual(
    ['/search/dates/index.json', ...manifest!.periods.flatMap((id) => [`/search/dates/${id}.json`, `/search/dates/text/${id}.json`])].sort(),
  );
  const whole = index();
  const noFilters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Record<Facet, string[]>;
  // Every year and month the record touches, and open ranges.
  const years = [...new Set(manifest!.periods.map((p) => p.slice(0, 4)))];
  const queries = [...years, ...years.flatMap((y) => ['01', '06', '12'].map((m) => `${y}-${m}`)), 'spring 2003', 'winter 2018', 'before March 2018', 'after June 2018', '2017..2019'];
  const problems: string[] = [];
  let shown = 0;
  for (const q of queries) {
    const range = parseDateQuery(q).range!;
    const needed = periodsFor(manifest!, range);
    const read: PeriodFacts[] = needed.map((id) => facts.get(id)!);
    const found = answer(mergePeriods(read), range, noFilters);
    const expected = answer(whole, range, noFilters);
    // The same results in the same order, with the same facet counts.
    const ids = (a: typeof found) => JSON.stringify([a.events.map((e) => e.id), a.claims.map((c) => [c.claim.id, c.about.map((e) => e.id)]), a.pieces.map((p) => [p.piece.id, p.written, p.mentionAt]), [...Object.entries(a.counts)].map(([k, m]) => [k, [...m]])]);
    if (ids(found) !== ids(expected)) problems.push(`${q}: the periods ${needed.join(', ')} answer otherwise than the whole index`);
    // Each page's words, from the text files the page asks for, are the whole index's.
    const longest = Math.max(found.events.length, found.claims.length, found.pieces.length);
    for (let from = 0; from < longest; from += 10) {
      const need = textNeeded(pageOf(found, from, from + 10));
      const words = { events: new Map(), claims: new Map(), pieces: new Map() };
      for (const id of textPeriods(needed, read, need)) decodeText(texts.get(id), words);
      for (const id of need.events) {
        const e = whole.events.find((x) => x.id === id)!;
        shown += 1;
        if (JSON.stringify(words.events.get(id)) !== JSON.stringify({ title: e.title, summary: e.summary })) problems.push(`${q}: event ${id} shows other words`);
      }
      for (const id of need.named) if (words.events.get(id)?.title !== whole.events.find((x) => x.id === id)!.title) problems.push(`${q}: event ${id} is named otherwise`);
      for (const id of need.claims) if (words.claims.get(id) !== whole.claims.find((x) => x.id === id)!.quote) problems.push(`${q}: claim ${id} quotes other words`);
      for (const id of need.pieces) {
        const p = whole.pieces.find((x) => x.id === id)!;
        if (JSON.stringify(words.pieces.get(id)) !== JSON.stringify({ title: p.title, mentions: p.mentions.map(({ phrase, sentence }) => ({ phrase, sentence })) })) problems.push(`${q}: piece ${id} shows other words`);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(shown, 'no event was shown from the text files').toBeGreaterThan(whole.events.length);
  // June 2018 needs one period, well short of the whole index; its facts carry no text.
  const june = periodsFor(manifest!, parseDateQuery('June 2018').range!);
  expect(june).toHaveLength(1);
  expect(site().read(`/search/dates/${june[0]}.json`).length).toBeLessThan(site().read('/search/dates.json').length * 0.5);
  const singapore = whole.events.find((e) => e.id === 'singapore-summit');
  expect(singapore, 'the record has the Singapore summit').toBeDefined();
  expect(site().read(`/search/dates/${june[0]}.json`)).not.toContain(singapore!.title);
  expect(site().read(`/search/dates/text/${june[0]}.json`)).toContain(singapore!.title);
});
