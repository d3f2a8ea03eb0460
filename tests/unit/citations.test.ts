/**
 * Citations a reference manager reads: the CSL-JSON items and the RIS written
 * from them, for both pieces, a claim and an event, read back with citation-js
 * (the library Zotero's own CSL tooling shares), and the Highwire tags' dates.
 */
import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { claimItem, eventItem, highwireDate, highwireTags, pieceItem, type CslItem, type PieceInfo } from '../../src/lib/csl.ts';
import { shortId, toRis, unwrap } from '../../src/lib/ris.ts';

const { content } = checkContent(await readContentDir(process.cwd()));
const info = (slug: string): PieceInfo => {
  const a = content.articles.find((x) => x.slug === slug);
  if (!a) throw new Error(`no piece ${slug}`);
  return { slug, title: a.data.title, author: a.data.author, outlet: a.data.outlet, published: a.data.published };
};
const ching = info('ching-mend-ties');
const diplomat = info('china-doing-for-north-korea');
const dipArticle = content.articles.find((a) => a.slug === 'china-doing-for-north-korea')!;
const claim = dipArticle.claims[0]!;
const visit = content.events.find((e) => e.data.id === 'kim-visit-china-1')!.data;
const at = (path: string) => `https://lipsandteeth.example${path}`;

const items: CslItem[] = [
  pieceItem(ching, at('/articles/ching-mend-ties/'), '2026-12-07'),
  pieceItem(diplomat, at('/articles/china-doing-for-north-korea/'), '2026-12-07'),
  claimItem(claim, diplomat, at(`/claims/${claim.id}/`), '2026-12-07'),
  eventItem(visit, at('/events/kim-visit-china-1/'), '2026-12-07'),
];

async function readRis(ris: string): Promise<Record<string, unknown>[]> {
  return (await Cite.async(ris)).data;
}

describe('CSL-JSON', () => {
  test('citation-js reads every item back unchanged in what matters', async () => {
    const back = (await Cite.async(items)).data;
    expect(back.map((i) => [i['type'], i['title'], i['URL']])).toEqual(items.map((i) => [i.type, i.title, i.URL]));
  });

  test("Ching's piece: his name, EJ Insight, 26 March 2018", () => {
    expect(items[0]).toMatchObject({ type: 'article-magazine', author: [{ family: 'Ching', given: 'Frank' }], 'container-title': 'EJ Insight', issued: { 'date-parts': [[2018, 3, 26]] } });
  });

  test('the unsigned piece has no author, and its window as a date range', () => {
    expect(items[1]!.author).toBeUndefined();
    expect(items[1]!.issued).toEqual({ 'date-parts': [[2019, 1, 10], [2019, 2, 26]] });
    expect(items[1]!.note).toContain('Unsigned.');
  });

  test('a claim is its quote, in its piece', () => {
    expect(items[2]).toMatchObject({ type: 'document', title: claim.quote.replace(/\s+/g, ' ').trim(), 'container-title': diplomat.title });
  });

  test('an event carries its own dates and place', () => {
    expect(items[3]).toMatchObject({ type: 'webpage', title: visit.title, 'event-date': { 'date-parts': [[2018, 3, 25], [2018, 3, 28]] }, 'event-place': visit.place });
  });
});

describe('RIS', () => {
  const ris = toRis(items);

  test('has one record per item, one line per tag, and unique IDs', () => {
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(4);
    expect(ris.match(/^ER {2}- ?$/gm)).toHaveLength(4);
    expect(ris.split('\n').filter((l) => l !== '' && !/^[A-Z][A-Z0-9] {2}- /.test(l))).toEqual([]);
    const ids = ris.match(/^ID {2}- (.*)$/gm) ?? [];
    expect(new Set(ids).size).toBe(4);
  });

  test('reads back to the same titles, authors, containers and dates', async () => {
    const back = await readRis(ris);
    expect(back.map((i) => i['title'])).toEqual(items.map((i) => i.title));
    expect(back[0]).toMatchObject({ type: 'article-magazine', author: [{ family: 'Ching', given: 'Frank' }], issued: { 'date-parts': [[2018, 3, 26]] }, 'container-title': 'EJ Insight' });
    // The window is known to the year only: RIS has one date, so it is 2019, never 10 January passed off as the day.
    expect(back[1]!['issued']).toEqual({ 'date-parts': [[2019]] });
    expect(back[1]!['author']).toBeUndefined();
    expect(back[2]).toMatchObject({ type: 'document', 'container-title': diplomat.title });
    expect(String(back[3]!['note'])).toContain('Event date: 2018-03-25 to 2018-03-28; place: ');
  });

  test('undoes citation-js line breaks inside values, and only those', () => {
    expect(unwrap('TI  - abcdef\nghi\nUR  - x\nER  - \n')).toBe('TI  - abcdefghi\nUR  - x\nER  - \n');
  });

  test('short IDs are stable and distinct', () => {
    expect(shortId('lipsandteeth-claim-a')).toBe(shortId('lipsandteeth-claim-a'));
    expect(shortId('lipsandteeth-claim-a')).not.toBe(shortId('lipsandteeth-claim-b'));
    expect(shortId('lipsandteeth-claim-china-card-a-bluff').length).toBeLessThanOrEqual(20);
  });
});

describe('Highwire citation_* tags', () => {
  test('dates are as precise as what is known', () => {
    expect(highwireDate({ 'date-parts': [[2018, 3, 26]] })).toBe('2018/03/26');
    expect(highwireDate({ 'date-parts': [[2019, 1, 10], [2019, 2, 26]] })).toBe('2019');
    expect(highwireDate({ 'date-parts': [[2019, 2, 1], [2019, 2, 26]] })).toBe('2019/02');
    expect(highwireDate(undefined)).toBeUndefined();
  });

  test('a signed piece names its author; the unsigned one names none', () => {
    expect(highwireTags(items[0]!)).toContainEqual(['citation_author', 'Ching, Frank']);
    expect(highwireTags(items[1]!).some(([n]) => n === 'citation_author')).toBe(false);
    expect(highwireTags(items[1]!)).toContainEqual(['citation_publication_date', '2019']);
  });

  test('a claim names its piece as the container', () => {
    expect(highwireTags(items[2]!)).toContainEqual(['citation_inbook_title', diplomat.title]);
    expect(highwireTags(items[2]!)[0]).toEqual(['citation_title', items[2]!.title]);
  });
});
