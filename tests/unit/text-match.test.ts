/**
 * The word search of the small text index, rule by rule and score by score:
 * the splitting of tokens, the light stemmer's boundaries, how much each kind
 * of match weighs, and BM25 worked out by hand on three short pages.
 */
import { describe, expect, test } from 'vitest';
import { indexDocs, matchTerm, matchTerms, matchWeight, stem, wordsOf } from '../../src/lib/search/text-match.ts';
import type { TextDoc } from '../../src/lib/search/text-index.ts';

describe('the words of a token', () => {
  test.each([
    ['Pyongyang’s', ['pyongyang', 's']],
    ['US-North', ['us', 'north']],
    ['Pyŏngyang', ['pyongyang']],
    ['KCNA', ['kcna']],
    ['roleSummits.', ['rolesummits', 'role', 'summits']],
    ['2018Kim', ['2018kim', '2018', 'kim']],
    ['Kim2018', ['kim2018']],
    ['“Lips', ['lips']],
    ['—', []],
    ['', []],
  ])('%j → %j', (token, words) => {
    expect(wordsOf(token)).toEqual(words);
  });
});

describe('the light stemmer', () => {
  test.each([
    // Three letters or fewer, or any digit: left alone.
    ['bus', 'bus'],
    ['gas', 'gas'],
    // An ending inside a word is not an ending.
    ['richest', 'richest'],
    ['1990s', '1990s'],
    // -ies → -y past four letters.
    ['parties', 'party'],
    ['ties', 'tie'],
    // -ing off past five letters.
    ['meeting', 'meet'],
    ['during', 'dur'],
    ['bring', 'bring'],
    // -ed off past four letters.
    ['armed', 'arm'],
    ['used', 'used'],
    // -es off after s, x, z, ch, sh.
    ['classes', 'class'],
    ['boxes', 'box'],
    ['buzzes', 'buzz'],
    ['churches', 'church'],
    ['wishes', 'wish'],
    ['tones', 'tone'],
    // -s off, except after s, u or i.
    ['sanctions', 'sanction'],
    ['seas', 'sea'],
    ['class', 'class'],
    ['status', 'status'],
    ['crisis', 'crisis'],
    ['talk', 'talk'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe('how much an indexed word counts for a query word', () => {
  test.each([
    ['kim', 'kim', 1],
    ['us', 'us', 1],
    // Two letters or a digit: the exact word only.
    ['us', 'usa', 0],
    ['201', '2018', 0],
    ['visit', 'visits', 0.8],
    ['visits', 'visit', 0.8],
    ['sea', 'seas', 0.8],
    // A longer word it begins: less the more it adds.
    ['dead', 'deadlocked', 0.32],
    ['deadlock', 'deadlocked', 0.8],
    ['deadl', 'deadlocked', 0.4],
    ['deadlocked', 'dead', 0],
    ['summit', 'sanction', 0],
  ])('%s in %s: %f', (query, word, weight) => {
    expect(matchWeight(query, word)).toBeCloseTo(weight, 12);
  });
});

const doc = (url: string, title: string, content: string, start = '2018-01-01'): TextDoc => ({
  url,
  title,
  type: 'event',
  date: '',
  start,
  end: start,
  facets: {},
  content,
});

/** Eight, five and three words: an average page of 16/3 words. */
const docs = [
  doc('/a/', 'Kim visits Beijing', 'Kim visits Beijing. Kim met Xi in Beijing.'),
  doc('/b/', 'Summit', 'Summit in Singapore with Trump.'),
  doc('/c/', 'Sanctions', 'Sanctions on Pyongyang'),
];
const index = indexDocs(docs);
/** BM25's parts for a page of `length` words when the average is 16/3 (k1 1.2, b 0.75). */
const norm = (tf: number, length: number) => tf + 1.2 * (0.25 + (0.75 * length) / (16 / 3));
const idf = (found: number) => Math.log(1 + (3 - found + 0.5) / (found + 0.5));

describe('the index', () => {
  test('counts each page’s words and title words, and where each word stands', () => {
    expect(index.lengths).toEqual([8, 5, 3]);
    expect(index.titleLengths).toEqual([3, 1, 1]);
    expect(index.postings.get('beijing')).toEqual([0, 2, 0, 7]);
    expect(index.postings.get('in')).toEqual([0, 6, 1, 1]);
    expect(index.postings.get('visits')).toEqual([0, 1]);
  });

  test('positions are counted as the excerpt counts them: whitespace only, entities decoded, no empty words', () => {
    const i = indexDocs([doc('/x/', ' Kim', '  Kim &amp; Xi\n\tmet ')]);
    expect(i.lengths).toEqual([4]);
    expect(i.titleLengths).toEqual([1]);
    expect(i.postings.get('kim')).toEqual([0, 0]);
    expect(i.postings.get('xi')).toEqual([0, 2]);
    expect(i.postings.get('met')).toEqual([0, 3]);
    expect(i.postings.has('amp')).toBe(false);
  });
});

describe('matching a term', () => {
  test('a word in the title counts three times: “Beijing” twice on the first page, once in its title', () => {
    const [hit, ...rest] = matchTerm(index, 'Beijing');
    expect(rest).toEqual([]);
    expect(hit!.doc.url).toBe('/a/');
    expect(hit!.locations).toEqual([2, 7]);
    expect(hit!.score).toBeCloseTo((idf(1) * 4 * 2.2) / norm(4, 8), 12);
  });

  test('the word just after the title counts once', () => {
    // “Kim” at 0 (title) and 3 (text): 3 + 1.
    const [hit] = matchTerm(index, 'kim');
    expect(hit!.score).toBeCloseTo((idf(1) * 4 * 2.2) / norm(4, 8), 12);
    expect(hit!.locations).toEqual([0, 3]);
  });

  test('a word on two pages is rarer than one on one, and a short page ranks higher', () => {
    const hits = matchTerm(index, 'in');
    expect(hits.map((h) => h.doc.url)).toEqual(['/b/', '/a/']);
    expect(hits[0]!.score).toBeCloseTo((idf(2) * 2.2) / norm(1, 5), 12);
    expect(hits[1]!.score).toBeCloseTo((idf(2) * 2.2) / norm(1, 8), 12);
    expect(hits.map((h) => h.locations)).toEqual([[1], [6]]);
  });

  test('a stem counts 0.8', () => {
    const [hit] = matchTerm(index, 'visit');
    expect(hit!.score).toBeCloseTo((idf(1) * 2.4 * 2.2) / norm(2.4, 8), 12);
  });

  test('every word must be on the page, in whichever order the query gives them', () => {
    expect(matchTerm(index, 'kim singapore')).toEqual([]);
    expect(matchTerm(index, 'singapore kim')).toEqual([]);
    expect(matchTerm(index, 'in kim').map((h) => h.doc.url)).toEqual(['/a/']);
    expect(matchTerm(index, 'kim in').map((h) => h.doc.url)).toEqual(['/a/']);
    expect(matchTerm(index, 'kim nothing')).toEqual([]);
  });

  test('two words add their scores and their places, each place once, in order', () => {
    const [hit] = matchTerm(index, 'beijing kim');
    expect(hit!.score).toBeCloseTo((2 * idf(1) * 4 * 2.2) / norm(4, 8), 12);
    expect(hit!.locations).toEqual([0, 2, 3, 7]);
    const [both] = matchTerm(index, 'visits visit');
    expect(both!.locations).toEqual([1]);
  });

  test('a word repeated in the query counts once', () => {
    expect(matchTerm(index, 'kim Kim KIM')[0]!.score).toBeCloseTo(matchTerm(index, 'kim')[0]!.score, 12);
  });

  test('a query with no words finds nothing', () => {
    expect(matchTerm(index, '')).toEqual([]);
    expect(matchTerm(index, ' — ')).toEqual([]);
  });

  test('equal scores: the earlier page first, then by address', () => {
    const same = indexDocs([
      doc('/z/', 'T', 'T word', '2019-01-01'),
      doc('/y/', 'T', 'T word', '2018-01-01'),
      doc('/x/', 'T', 'T word', '2019-01-01'),
      doc('/w/', 'T', 'T other', '2017-01-01'),
    ]);
    expect(matchTerm(same, 'word').map((h) => h.doc.url)).toEqual(['/y/', '/x/', '/z/']);
  });

  test('an empty index finds nothing', () => {
    expect(matchTerm(indexDocs([]), 'kim')).toEqual([]);
  });
});

describe('matching several forms of a query', () => {
  test('each page once, with its best score, best first', () => {
    const hits = matchTerms(index, ['in', 'beijing']);
    expect(hits.map((h) => h.doc.url)).toEqual(['/a/', '/b/']);
    expect(hits[0]!.score).toBeCloseTo(matchTerm(index, 'beijing')[0]!.score, 12);
    expect(hits[0]!.locations).toEqual([2, 7]);
    expect(hits[1]!.score).toBeCloseTo(matchTerm(index, 'in')[0]!.score, 12);
    // The other order of the forms gives the same.
    expect(matchTerms(index, ['beijing', 'in'])).toEqual(hits);
  });

  test('equal scores: the earlier page first, then by address', () => {
    const same = indexDocs([
      doc('/z/', 'T', 'T word', '2019-01-01'),
      doc('/y/', 'T', 'T word', '2018-01-01'),
      doc('/x/', 'T', 'T word', '2019-01-01'),
    ]);
    expect(matchTerms(same, ['word', 'word']).map((h) => h.doc.url)).toEqual(['/y/', '/x/', '/z/']);
  });

  test('no forms, no pages', () => {
    expect(matchTerms(index, [])).toEqual([]);
  });
});
