import { describe, expect, test } from 'vitest';
import { pagefindRecord, readSearchRecords, RECORDS_FILE, type SearchRecord } from '../../src/lib/search/record.ts';

const claim: SearchRecord = {
  url: '/claims/lips-and-teeth/',
  content: 'Lips and teeth. China and North Korea …',
  meta: { title: 'Lips and teeth', type: 'claim', date: '26 March 2018', start: '2018-03-26', end: '2018-03-28', status: 'supported', line: '' },
  filters: { type: ['claim'], year: ['2018'], actor: [], topic: ['alliance', 'summits'] },
};

describe('a search record as Pagefind takes it', () => {
  test('keeps url and content, writes English, and sorts by the first day', () => {
    expect(pagefindRecord(claim)).toEqual({
      url: '/claims/lips-and-teeth/',
      content: 'Lips and teeth. China and North Korea …',
      language: 'en',
      meta: { title: 'Lips and teeth', type: 'claim', date: '26 March 2018', start: '2018-03-26', end: '2018-03-28', status: 'supported' },
      filters: { type: ['claim'], year: ['2018'], topic: ['alliance', 'summits'] },
      sort: { date: '2018-03-26' },
    });
  });

  test('leaves out meta that is empty or missing, and filters with no value', () => {
    const bare: SearchRecord = { url: '/x/', content: 'x', meta: { title: 'X', note: undefined, line: '' }, filters: { other: undefined, actor: [], type: ['event'] } };
    const out = pagefindRecord(bare);
    expect(out.meta).toEqual({ title: 'X' });
    expect(Object.keys(out.meta)).toEqual(['title']);
    expect(out.filters).toEqual({ type: ['event'] });
    expect(Object.keys(out.filters)).toEqual(['type']);
  });

  test('a record with no start sorts with an empty date', () => {
    expect(pagefindRecord({ url: '/p/', content: 'p', meta: { title: 'P' }, filters: {} }).sort).toEqual({ date: '' });
  });

  test('a one-letter meta value and a one-value filter are kept', () => {
    const out = pagefindRecord({ url: '/p/', content: 'p', meta: { status: 'x' }, filters: { year: ['2019'] } });
    expect(out.meta).toEqual({ status: 'x' });
    expect(out.filters).toEqual({ year: ['2019'] });
  });
});

describe('the records handed over from the page build', () => {
  test('the hand-over file sits beside the search files, without a leading slash', () => {
    expect(RECORDS_FILE).toBe('search/records.json');
  });

  test('a list of records reads back as exactly its records, extra fields dropped', () => {
    const file = [
      { url: '/a/', content: 'A text', meta: { title: 'A' }, filters: { year: ['2018'] }, sort: { date: '2018-01-01' } },
      { url: '/b/', content: '', meta: {}, filters: {} },
    ];
    expect(readSearchRecords(file)).toEqual([
      { url: '/a/', content: 'A text', meta: { title: 'A' }, filters: { year: ['2018'] } },
      { url: '/b/', content: '', meta: {}, filters: {} },
    ]);
    expect(readSearchRecords([])).toEqual([]);
  });

  test.each([
    ['an object', { records: [] }],
    ['null', null],
    ['a string', 'records'],
  ])('a file that is %s is not a list of records', (_, file) => {
    expect(() => readSearchRecords(file)).toThrow(new Error('search/records.json: not a list of search records'));
  });

  const good = { url: '/a/', content: 'A', meta: { title: 'A' }, filters: { year: ['2018'] } };
  test.each([
    ['null', null],
    ['a string', 'record'],
    ['without a url', { ...good, url: undefined }],
    ['with a number for url', { ...good, url: 1 }],
    ['without content', { ...good, content: undefined }],
    ['with a list for content', { ...good, content: ['A'] }],
    ['with null meta', { ...good, meta: null }],
    ['with a number for meta', { ...good, meta: 5 }],
    ['with a string for meta', { ...good, meta: 'title' }],
    ['with a list for meta', { ...good, meta: ['A'] }],
    ['with a number in meta', { ...good, meta: { title: 'A', n: 1 } }],
    ['with null filters', { ...good, filters: null }],
    ['with a number for filters', { ...good, filters: 5 }],
    ['with an empty string for filters', { ...good, filters: '' }],
    ['with a list of lists for filters', { ...good, filters: [['2018']] }],
    ['with a filter that is a string', { ...good, filters: { year: ['2018'], type: 'claim' } }],
    ['with a number in a filter', { ...good, filters: { year: ['2018', 2019] } }],
  ])('a record %s is named by its place', (_, record) => {
    expect(() => readSearchRecords([good, record])).toThrow(new Error('search/records.json: record 1 is not { url, content, meta, filters }'));
  });
});
