/**
 * Finding names in a query, on made-up people: where each match starts and
 * ends in the query's own characters, the shortest forms matched, word
 * boundaries on both sides, overlaps, and the query rewritten with English
 * names (names-search.test.ts runs every form of the real actors).
 */
import { describe, expect, test } from 'vitest';
import { findNames, foldName, withEnglishNames, type NamedPerson } from '../../src/lib/search/names.ts';

const kim: NamedPerson = { id: 'kim', name: 'Kim Jong Un', forms: ['Kim Jong Un', '김정은', '金正恩', 'KJU'] };
const xi: NamedPerson = { id: 'xi', name: 'Xi Jinping', forms: ['Xi Jinping', '习近平'] };
const people = [kim, xi];
const spans = (query: string, among: readonly NamedPerson[] = people) =>
  findNames(query, among).map((m) => [m.person.id, m.from, m.to, query.slice(m.from, m.to)]);

describe('folding', () => {
  test('drops every separator a source may put in a name', () => {
    expect(foldName('Kim·Jong‐Un’s')).toBe('kimjonguns');
    expect(foldName(' -‐‑–—\'’‘ʼ`.·・')).toBe('');
    expect(foldName('Ｋｉｍ Ｊｏｎｇ')).toBe('kimjong');
    expect(foldName('Xí Jìnpíng')).toBe('xijinping');
  });
});

describe('where a name is in the query', () => {
  test('a Latin name with spaces and a hyphen spans its own characters', () => {
    expect(spans('Did Kim Jong-un go?')).toEqual([['kim', 4, 15, 'Kim Jong-un']]);
  });

  test('names in Hangul and Hanzi, with no spaces around them, in the order written', () => {
    expect(spans('习近平会见김정은')).toEqual([['xi', 0, 3, '习近平'], ['kim', 5, 8, '김정은']]);
  });

  test('a name outside the Basic Multilingual Plane ends after its last surrogate pair', () => {
    const rare: NamedPerson = { id: 'rare', name: 'Rare', forms: ['𠀀𠀁'] };
    expect(spans('a 𠀀𠀁 b', [rare])).toEqual([['rare', 2, 6, '𠀀𠀁']]);
  });

  test('the last character of the Basic Multilingual Plane is one code unit', () => {
    const edge: NamedPerson = { id: 'edge', name: 'Edge', forms: ['金\uffff'] };
    expect(spans('金\uffff.', [edge])).toEqual([['edge', 0, 2, '金\uffff']]);
  });

  test('a character that folds to two letters maps both back to itself', () => {
    const five: NamedPerson = { id: 'five', name: 'Final Five', forms: ['finalfive'] };
    expect(spans('the ﬁnal ﬁve', [five])).toEqual([['five', 4, 12, 'ﬁnal ﬁve']]);
  });
});

describe('which forms are matched inside other text', () => {
  test('five Latin letters are enough, four are not', () => {
    const five: NamedPerson = { id: 'five', name: 'Five', forms: ['Abcde'] };
    const four: NamedPerson = { id: 'four', name: 'Four', forms: ['Abcd'] };
    expect(spans('abcde', [five])).toEqual([['five', 0, 5, 'abcde']]);
    expect(spans('abcd', [four])).toEqual([]);
    expect(spans('KJU')).toEqual([]);
  });

  test('two Chinese characters are enough, one is not, counted as characters not code units', () => {
    const one: NamedPerson = { id: 'one', name: 'One', forms: ['金'] };
    const two: NamedPerson = { id: 'two', name: 'Two', forms: ['金正'] };
    const astral: NamedPerson = { id: 'astral', name: 'Astral', forms: ['𠀀'] };
    expect(spans('金正恩', [one])).toEqual([]);
    expect(spans('金正恩', [two])).toEqual([['two', 0, 2, '金正']]);
    expect(spans('𠀀', [astral])).toEqual([]);
  });
});

describe('a Latin name must stand as its own word', () => {
  test.each([
    ['XKim Jong Un', []],
    ['1Kim Jong Un', []],
    ['aKim Jong Un', []],
    ['Kim Jong Unx', []],
    ['Kim Jong Un2', []],
    ['-Kim Jong Un', [['kim', 1, 12, 'Kim Jong Un']]],
    ['Park-Kim Jong Un', [['kim', 5, 16, 'Kim Jong Un']]],
    ['Park Kim Jong Un', [['kim', 5, 16, 'Kim Jong Un']]],
    ['김Kim Jong Un', [['kim', 1, 12, 'Kim Jong Un']]],
    ['Kim Jong Un-ism', [['kim', 0, 11, 'Kim Jong Un']]],
    ['Kim Jong Un김', [['kim', 0, 11, 'Kim Jong Un']]],
  ])('%s', (query, found) => {
    expect(spans(query)).toEqual(found);
  });

  test('Chinese and Korean names need no boundary', () => {
    expect(spans('x金正恩y')).toEqual([['kim', 1, 4, '金正恩']]);
  });

  test('a form that runs on is passed over for a later one that stands alone', () => {
    expect(spans('Kim Jong Unx Kim Jong Un')).toEqual([['kim', 13, 24, 'Kim Jong Un']]);
  });
});

describe('several matches', () => {
  test('a person named twice is listed once, at the longest form', () => {
    expect(spans('김정은 and Kim Jong Un')).toEqual([['kim', 8, 19, 'Kim Jong Un']]);
  });

  test('overlapping forms: the longer wins; of equal length, the earlier', () => {
    const p: NamedPerson = { id: 'p', name: 'P', forms: ['一二'] };
    const q: NamedPerson = { id: 'q', name: 'Q', forms: ['二三'] };
    const r: NamedPerson = { id: 'r', name: 'R', forms: ['二三四'] };
    expect(spans('一二三', [q, p])).toEqual([['p', 0, 2, '一二']]);
    expect(spans('一二三四', [p, r])).toEqual([['r', 1, 4, '二三四']]);
  });

  test('a longer form wins over a shorter one after it, whichever person is listed first', () => {
    const p: NamedPerson = { id: 'p', name: 'P', forms: ['一二三'] };
    const q: NamedPerson = { id: 'q', name: 'Q', forms: ['三四'] };
    expect(spans('一二三四', [p, q])).toEqual([['p', 0, 3, '一二三']]);
    expect(spans('一二三四', [q, p])).toEqual([['p', 0, 3, '一二三']]);
  });

  test('forms that meet without overlapping are both found, on either side of the one taken first', () => {
    const p: NamedPerson = { id: 'p', name: 'P', forms: ['一二'] };
    const q: NamedPerson = { id: 'q', name: 'Q', forms: ['三四'] };
    expect(spans('一二三四', [q, p])).toEqual([['p', 0, 2, '一二'], ['q', 2, 4, '三四']]);
    const r: NamedPerson = { id: 'r', name: 'R', forms: ['三四五'] };
    expect(spans('一二三四五', [p, r])).toEqual([['p', 0, 2, '一二'], ['r', 2, 5, '三四五']]);
  });
});

describe('the query with English names', () => {
  test('each name found is replaced, spaces made single', () => {
    const query = 'Did 김정은 meet 习近平?';
    expect(withEnglishNames(query, findNames(query, people))).toBe('Did Kim Jong Un meet Xi Jinping ?');
  });

  test('names at both ends', () => {
    const query = '习近平 and Kim Jong-un';
    expect(withEnglishNames(query, findNames(query, people))).toBe('Xi Jinping and Kim Jong Un');
  });

  test('with no names, the query trimmed and its spaces made single', () => {
    expect(withEnglishNames('  sanctions   2018 ', [])).toBe('sanctions 2018');
  });
});
