/**
 * The small text index's rows, field by field: what a page without a title,
 * type or dates is packed as, a title kept whole when the text does not start
 * with it, and every field of a row the reader refuses (search-text.test.ts
 * packs and reads a small site).
 */
import { describe, expect, test } from 'vitest';
import { packTextIndex, readTextIndex, type TextPage } from '../../src/lib/search/text-index.ts';

const row = (fields: Partial<Record<number, unknown>> = {}): unknown[] => {
  const r: unknown[] = ['/events/a/', 1, 'event', '2018-06-19', '2018-06-20', '', 'kim xi', 'visit', '', ''];
  for (const [i, v] of Object.entries(fields)) r[Number(i)] = v;
  return r;
};
const file = (rows: unknown[][], text = rows.map(() => 'A visit')) => ({ v: 3, docs: rows, text });

describe('packing a page', () => {
  test('its title as a length when the text, entities decoded, starts with it', () => {
    const page: TextPage = { url: '/claims/a/', content: 'Kim &amp; Xi met. More.', meta: { title: 'Kim & Xi', type: 'claim', date: '26 March 2018', start: '2018-03-26', end: '2018-03-26', status: 'what-followed', line: 'So it went.' }, filters: { type: ['claim'], year: ['2018'], topic: ['summits', 'trade'] } };
    const packed = packTextIndex([page]);
    expect(packed).toEqual({ v: 3, docs: [['/claims/a/', 8, 'claim', '2018-03-26', '', '', '', '', 'summits trade', 'what-followed\tSo it went.']], text: ['Kim &amp; Xi met. More.'] });
    expect(readTextIndex(packed)![0]!.title).toBe('Kim & Xi');
  });

  test('its title written out when the text does not start with it', () => {
    const page: TextPage = { url: '/events/b/', content: 'Another text.', meta: { title: 'B', type: 'event', date: '19–20 June 2018', start: '2018-06-19', end: '2018-06-20' }, filters: { type: ['event'], year: ['2018'], actor: ['kim', 'xi'], kind: ['visit'] } };
    expect(packTextIndex([page]).docs).toEqual([['/events/b/', 'B', 'event', '2018-06-19', '2018-06-20', '', 'kim xi', 'visit', '', '']]);
  });

  test('a page without a title is titled by its address; without a type or an end, those are empty', () => {
    const page: TextPage = { url: '/x/', content: '/x/ text', meta: { start: '2018-01-01', date: '1 January 2018' }, filters: { year: ['2018'] } };
    expect(packTextIndex([page]).docs).toEqual([['/x/', 3, '', '2018-01-01', '', '', '', '', '', '']]);
  });

  test('a page filed under no year, though dated, stops the build naming none', () => {
    const page: TextPage = { url: '/y/', content: 'Y', meta: { title: 'Y', type: 'event', date: '1 May 2018', start: '2018-05-01', end: '2018-05-01' }, filters: { type: ['event'] } };
    expect(() => packTextIndex([page])).toThrow(new Error('search text index: /y/ is filed under the years none, not those from 2018-05-01 to 2018-05-01; src/data/search/index-entry.ts gives a page the years of its dates'));
  });

  test('a page filed under the right years in another order, or too few, stops the build', () => {
    const page: TextPage = { url: '/z/', content: 'Z', meta: { title: 'Z', type: 'event', date: '', start: '2017-12-30', end: '2018-01-02' }, filters: { type: ['event'], year: ['2018', '2017'] } };
    expect(() => packTextIndex([page])).toThrow('search text index: /z/ is filed under the years 2018, 2017, not those from 2017-12-30 to 2018-01-02');
    expect(() => packTextIndex([{ ...page, filters: { year: ['2017'] } }])).toThrow('filed under the years 2017, not');
    expect(() => packTextIndex([{ ...page, filters: { year: ['2017', '2019'] } }])).toThrow('filed under the years 2017, 2019, not');
    expect(() => packTextIndex([{ ...page, filters: { year: ['2017', '2018', '2019'] } }])).toThrow('filed under the years 2017, 2018, 2019, not');
    expect(packTextIndex([{ ...page, meta: { ...page.meta, date: '30 December 2017 – 2 January 2018' }, filters: { year: ['2017', '2018'] } }]).docs[0]![4]).toBe('2018-01-02');
  });
});

describe('reading a row back', () => {
  test('every field, its facets split on spaces, its years from start to end', () => {
    expect(readTextIndex(file([row({ 6: ' kim  xi ', 8: 'summits' })]))).toEqual([
      {
        url: '/events/a/',
        title: 'A',
        type: 'event',
        date: '19–20 June 2018',
        start: '2018-06-19',
        end: '2018-06-20',
        facets: { type: ['event'], year: ['2018'], actor: ['kim', 'xi'], kind: ['visit'], topic: ['summits'] },
        content: 'A visit',
        verdict: undefined,
      },
    ]);
  });

  test('an empty end is the start; a title of length 0 is empty; a written title is kept', () => {
    const [one, two] = readTextIndex(file([row({ 4: '', 1: 0 }), row({ 1: 'Whole title', 3: '2017-12-31', 4: '2019-01-01' })]))!;
    expect([one!.end, one!.title, one!.date, one!.facets.year]).toEqual(['2018-06-19', '', '19 June 2018', ['2018']]);
    expect([two!.title, two!.facets.year]).toEqual(['Whole title', ['2017', '2018', '2019']]);
  });

  test('a title’s length counts the decoded text', () => {
    expect(readTextIndex(file([row({ 1: 8 })], ['Kim &amp; Xi met']))![0]!.title).toBe('Kim & Xi');
  });

  test('an empty file is an empty index', () => {
    expect(readTextIndex({ v: 3, docs: [], text: [] })).toEqual([]);
  });

  test.each([
    ['not an object', 'text'],
    ['a list', [row()]],
    ['no rows', { v: 3, text: [] }],
    ['rows not a list', { v: 3, docs: {}, text: [] }],
    ['texts not a list', { v: 3, docs: [], text: 'x' }],
    ['more texts than rows', { v: 3, docs: [], text: ['x'] }],
    ['more rows than texts', { v: 3, docs: [row()], text: [] }],
    ['a row that is not a list', file([{ 0: '/x/' } as unknown as unknown[]])],
    ['a row one field short', file([row().slice(0, 9)])],
    ['a row one field long', file([[...row(), '']])],
    ['a url that is not a string', file([row({ 0: 7 })])],
    ['a negative title length', file([row({ 1: -1 })])],
    ['a fractional title length', file([row({ 1: 1.5 })])],
    ['a title that is neither', file([row({ 1: null })])],
    ['a type that is not a string', file([row({ 2: ['event'] })])],
    ['a start that is not a string', file([row({ 3: 20180619 })])],
    ['a start that is not a day', file([row({ 3: '2018-6-19' })])],
    ['a start with more after the day', file([row({ 3: '2018-06-19x' })])],
    ['an end that is not a string', file([row({ 4: null })])],
    ['an end that is not a day', file([row({ 4: 'x2018-06-20' })])],
    ['a date code that is not a string', file([row({ 5: 0 })])],
    ['actors that are not a string', file([row({ 6: ['kim'] })])],
    ['kinds that are not a string', file([row({ 7: 1 })])],
    ['topics that are not a string', file([row({ 8: null })])],
    ['a verdict that is not a string', file([row({ 9: {} })])],
    ['a text that is not a string', file([row()], [1 as unknown as string])],
  ])('refused: %s', (_, value) => {
    expect(readTextIndex(value)).toBeNull();
  });

  test('one bad row refuses the whole file', () => {
    expect(readTextIndex(file([row(), row({ 0: 1 })]))).toBeNull();
  });
});
