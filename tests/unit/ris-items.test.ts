/**
 * RIS written from made-up CSL items: one date per item, cut to the part a
 * range's ends share; an event's days and place in its note; short stable
 * IDs (citations.test.ts reads the real pieces' RIS back with citation-js).
 */
import { describe, expect, test } from 'vitest';
import { shortId, toRis, unwrap } from '../../src/lib/ris.ts';
import type { CslItem } from '../../src/lib/csl.ts';

const item = (id: string, fields: Partial<CslItem>): CslItem => ({ id, type: 'document', title: id.toUpperCase(), URL: 'https://x.example/', language: 'en', ...fields });
/** One record's DA, PY and N1 lines. */
const dated = (ris: string) => ris.split('\n').filter((l) => /^(DA|PY|N1) {2}- /.test(l));

describe('dates', () => {
  test('a day is kept whole', () => {
    expect(dated(toRis([item('d', { issued: { 'date-parts': [[2018, 3, 5]] } })]))).toEqual(['DA  - 2018/3/5/', 'PY  - 2018']);
  });

  test('a range within a month is that month; within a year, that year', () => {
    expect(dated(toRis([item('m', { issued: { 'date-parts': [[2019, 2, 1], [2019, 2, 26]] } })]))).toEqual(['DA  - 2019/2//', 'PY  - 2019']);
    expect(dated(toRis([item('y', { issued: { 'date-parts': [[2019, 1, 10], [2019, 2, 26]] } })]))).toEqual(['DA  - 2019///', 'PY  - 2019']);
  });

  test('a range whose ends are the same day is that day', () => {
    expect(dated(toRis([item('s', { issued: { 'date-parts': [[2019, 2, 1], [2019, 2, 1]] } })]))).toEqual(['DA  - 2019/2/1/', 'PY  - 2019']);
  });

  test('a range across years keeps its first year, and only that', () => {
    expect(dated(toRis([item('e', { issued: { 'date-parts': [[2018, 3, 5], [2019, 3, 5]] } })]))).toEqual(['DA  - 2018///', 'PY  - 2018']);
  });

  test('an item with no date has none', () => {
    expect(dated(toRis([item('n', {})]))).toEqual([]);
  });
});

describe('an event’s days and place, in its note', () => {
  test('a range of days and the place, after the note', () => {
    const ris = toRis([item('ev', { type: 'webpage', note: 'Event record.', 'event-date': { 'date-parts': [[2018, 3, 5], [2018, 3, 28]] }, 'event-place': 'Beijing' })]);
    expect(dated(ris)).toEqual(['N1  - Event record. Event date: 2018-03-05 to 2018-03-28; place: Beijing.']);
  });

  test('a month, with no place and no note of its own', () => {
    expect(dated(toRis([item('c', { 'event-date': { 'date-parts': [[2018, 3]] } })]))).toEqual(['N1  - Event date: 2018-03.']);
  });
});

describe('the file', () => {
  test('one record per item, each with its short ID, ending in one line break', () => {
    const ris = toRis([item('a', { type: 'article-magazine' }), item('b', { type: 'webpage' })]);
    expect(ris).toBe(
      'TY  - MGZN\nID  - LT-1r9wi7g\nLA  - en\nTI  - A\nUR  - https://x.example/\nER  - \n' +
        'TY  - ELEC\nID  - LT-1s3vbad\nLA  - en\nTI  - B\nUR  - https://x.example/\nER  - \n',
    );
  });

  test('a long title stays on one line', () => {
    const title = 'China and North Korea: lips and teeth, seventy years on, and what the record of their meetings says';
    expect(toRis([item('t', { title })]).split('\n')).toContain(`TI  - ${title}`);
  });

  test('unwrapping joins only lines that do not start a tag, and leaves the last line break', () => {
    expect(unwrap('TI  - ab\ncd\nef\nUR  - x\n')).toBe('TI  - abcdef\nUR  - x\n');
    expect(unwrap('TI  - ab\nT1  - cd\n')).toBe('TI  - ab\nT1  - cd\n');
    expect(unwrap('TI  - ab\nTI - cd\n')).toBe('TI  - abTI - cd\n');
  });
});

describe('short IDs', () => {
  test('FNV-1a of the id, in base 36', () => {
    expect(shortId('')).toBe('LT-ztntfp');
    expect(shortId('a')).toBe('LT-1r9wi7g');
    expect(shortId('lipsandteeth-claim-china-card-a-bluff')).toBe('LT-4e4x6o');
  });
});
