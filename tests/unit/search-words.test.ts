import { describe, expect, it } from 'vitest';
import { allowedDistance, closestWords, correctQuery, editDistance, readVocabulary, vocabularyOf, writeVocabulary } from '../../src/lib/search/spelling.ts';
import { prepareWords, STOP_WORDS } from '../../src/lib/search/query-words.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('sanctons', 'sanctions')).toBe(1);
    expect(editDistance('sanctions', 'sanctons')).toBe(1);
    expect(editDistance('korea', 'kroea')).toBe(1);
    expect(editDistance('summit', 'sumit')).toBe(1);
    expect(editDistance('beijing', 'bejing')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('stops past the limit', () => {
    expect(editDistance('pyongyang', 'washington', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
  it('allows no edit up to 3 letters, one up to 5, two beyond', () => {
    expect([allowedDistance('un'), allowedDistance('kim'), allowedDistance('korea'), allowedDistance('sanctons')]).toEqual([0, 0, 1, 2]);
  });
});

describe('the closest words', () => {
  const vocabulary = readVocabulary(writeVocabulary(vocabularyOf([
    'Sanctions and more sanctions; the sanction regime. Summit in Singapore. Kim met Xi at the summit. Beijing section.',
  ], STOP_WORDS)));
  it('builds a vocabulary of distinct 3+ letter words with counts, common words left out', () => {
    expect(vocabulary.get('sanctions')).toBe(2);
    expect(vocabulary.get('summit')).toBe(2);
    expect(vocabulary.has('the')).toBe(false);
    expect(vocabulary.has('xi')).toBe(false);
    expect(writeVocabulary(new Map([['b', 1], ['a', 1], ['c', 5]]))).toBe('c 5 a 1 b 1');
  });
  it('suggests the nearest, then the most frequent word', () => {
    expect(closestWords('sanctons', vocabulary)).toEqual(['sanctions', 'sanction']);
    expect(closestWords('sumit', vocabulary)).toEqual(['summit']);
    expect(closestWords('qqqqqq', vocabulary)).toEqual([]);
  });
  it('corrects only the unknown words of a query, and says when nothing changes', () => {
    expect(correctQuery('sanctons summit', vocabulary)).toBe('sanctions summit');
    expect(correctQuery('Kim sumit Singapre', vocabulary)).toBe('Kim summit singapore');
    expect(correctQuery('sanctions', vocabulary)).toBeNull();
    expect(correctQuery('"sanctons"', vocabulary)).toBeNull();
    expect(correctQuery('2371', vocabulary)).toBeNull();
  });
  it('reads a vocabulary file without inheriting anything', () => {
    const read = readVocabulary('toString 2 __proto__ 3');
    expect(read.get('__proto__')).toBe(3);
    expect(read.has('constructor')).toBe(false);
  });
});

describe('query words for the index', () => {
  it('makes every spelling of a name one query', () => {
    const forms = ['Kim Jong Un', 'Kim Jong-un', 'Kim Jongun', 'kim  jong-un', 'KIM JONG UN'];
    for (const form of forms) expect(prepareWords(form).terms).toEqual(['kim jong un']);
    expect(prepareWords('Xi Jinping').terms).toEqual(['xi']);
    expect(prepareWords('Moon Jae-in').terms).toEqual(['moon jae in']);
  });
  it('searches every form of a name with more than one', () => {
    expect(prepareWords('DPRK sanctions').terms).toEqual(['north korea sanctions', 'dprk sanctions']);
    expect(prepareWords('North Korea').terms).toEqual(['north korea', 'dprk']);
    expect(prepareWords('ROK').terms).toEqual(['south korea', 'rok']);
    expect(prepareWords('PRC DPRK').terms).toEqual(['china north korea', 'prc north korea', 'china dprk', 'prc dprk']);
  });
  it('leaves out common words unless nothing else is left', () => {
    expect(prepareWords('what did China say about the sanctions?')).toEqual({ terms: ['china say sanctions', 'prc say sanctions'], dropped: ['what', 'did', 'about', 'the'] });
    expect(prepareWords('the')).toEqual({ terms: [], dropped: ['the'] });
  });
});
