/**
 * "Did you mean …?" at its boundaries: the edit distance's limit and
 * transpositions, the word lengths that allow an edit, the order of
 * suggestions, which tokens of a query are corrected, and the vocabulary
 * file's form (search-words.test.ts runs a small vocabulary end to end).
 */
import { describe, expect, test } from 'vitest';
import { allowedDistance, closestWords, correctQuery, editDistance, readVocabulary, vocabularyOf, writeVocabulary } from '../../src/lib/search/spelling.ts';

describe('edit distance', () => {
  test.each([
    ['ab', 'ba', 1],
    ['abc', 'bca', 2],
    // Optimal string alignment: a swapped pair is not edited again.
    ['ca', 'abc', 3],
    ['abcd', 'acbd', 1],
    ['abcd', 'abdc', 1],
    ['abcd', 'bacd', 1],
    ['abc', '', 3],
    ['', '', 0],
    ['a', 'b', 1],
    ['abcd', 'wxyz', 4],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('a difference in length equal to the limit is measured; one more stops at once', () => {
    expect(editDistance('abc', 'abcde', 2)).toBe(2);
    expect(editDistance('abc', 'abcdef', 2)).toBe(3);
  });

  test('a distance equal to the limit is returned; past it, the limit plus one', () => {
    expect(editDistance('abcd', 'abxy', 2)).toBe(2);
    expect(editDistance('abcd', 'axyz', 2)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 2)).toBe(3);
    expect(editDistance('abcd', 'wxyz', 3)).toBe(4);
    expect(editDistance('abcd', 'wxyz', 4)).toBe(4);
  });

  test('a swap at the very start of a longer word still costs one', () => {
    expect(editDistance('baijing', 'abijing', 1)).toBe(1);
  });
});

describe('the edits a word of each length allows', () => {
  test.each([
    ['', 0],
    ['abc', 0],
    ['abcd', 1],
    ['abcde', 1],
    ['abcdef', 2],
    ['abcdefghijk', 2],
  ])('%j: %i', (word, n) => {
    expect(allowedDistance(word)).toBe(n);
  });
});

describe('the closest words', () => {
  const vocabulary = new Map([
    ['abcdex', 1],
    ['abcdez', 5],
    ['abcdey', 5],
    ['abcdxy', 9],
    ['abcdef', 100],
    ['zzzzzz', 100],
    ['kims', 2],
    ['kim', 7],
    ['hanoi', 3],
  ]);

  test('nearest first, then the more frequent, then alphabetical; the word itself never', () => {
    expect(closestWords('abcdef', vocabulary, 9)).toEqual(['abcdey', 'abcdez', 'abcdex', 'abcdxy']);
  });

  test('at most three unless told, and as many as asked', () => {
    expect(closestWords('abcdef', vocabulary)).toEqual(['abcdey', 'abcdez', 'abcdex']);
    expect(closestWords('abcdef', vocabulary, 1)).toEqual(['abcdey']);
  });

  test('capitals do not count', () => {
    expect(closestWords('HANOY', vocabulary)).toEqual(['hanoi']);
  });

  test('a word of four letters allows one edit; of three, none', () => {
    expect(closestWords('kimz', vocabulary)).toEqual(['kim', 'kims']);
    expect(closestWords('kin', vocabulary)).toEqual([]);
  });
});

describe('correcting a query', () => {
  const vocabulary = new Map([['summit', 5], ['singapore', 3], ['kim', 4], ["kim's", 1], ['north-korea', 1]]);

  test('an unknown word is replaced, punctuation and all; known words, numbers and quoted phrases stay', () => {
    expect(correctQuery('Kim sumit, 2018', vocabulary)).toBe('Kim summit 2018');
    expect(correctQuery('"sumit" singapre', vocabulary)).toBe('"sumit" singapore');
    expect(correctQuery('"sumit singapre', vocabulary)).toBeNull();
    expect(correctQuery('"sumit', vocabulary)).toBeNull();
    expect(correctQuery("Kim's summit", vocabulary)).toBeNull();
    expect(correctQuery('North-Korea', vocabulary)).toBeNull();
    expect(correctQuery('sumit2', vocabulary)).toBeNull();
  });

  test('a token with no letters, or with no close word, is left as it is', () => {
    expect(correctQuery('… — ?', vocabulary)).toBeNull();
    expect(correctQuery('zzzzzz', vocabulary)).toBeNull();
    expect(correctQuery('zzzzzz sumit', vocabulary)).toBe('zzzzzz summit');
    expect(correctQuery('', vocabulary)).toBeNull();
  });
});

describe('the vocabulary file', () => {
  test('pairs of word and count; a count that is not a number, an empty word or an odd word out are skipped', () => {
    expect([...readVocabulary('china 412 korea 380')]).toEqual([['china', 412], ['korea', 380]]);
    expect([...readVocabulary('china 412 korea')]).toEqual([['china', 412]]);
    expect([...readVocabulary('china x korea 3')]).toEqual([['korea', 3]]);
    expect([...readVocabulary(' 1 korea 3')]).toEqual([['korea', 3]]);
    expect([...readVocabulary('')]).toEqual([]);
    expect([...readVocabulary('a 0')]).toEqual([['a', 0]]);
  });

  test('words of three letters or more, accents off, common words left out, counted', () => {
    const counts = vocabularyOf(['Pyŏngyang and the UN; Pyongyang, Xi.', 'AND Seoul'], new Set(['and', 'the']));
    expect([...counts]).toEqual([['pyongyang', 2], ['seoul', 1]]);
    expect(vocabularyOf(['', 'a b', 'UN'], new Set()).size).toBe(0);
  });

  test('written most frequent first, ties in alphabetical order, and read back the same', () => {
    const vocabulary = new Map([['b', 2], ['c', 1], ['a', 2]]);
    expect(writeVocabulary(vocabulary)).toBe('a 2 b 2 c 1');
    expect(readVocabulary(writeVocabulary(vocabulary))).toEqual(new Map([['a', 2], ['b', 2], ['c', 1]]));
    expect(writeVocabulary(new Map())).toBe('');
  });
});
