/**
 * What the date index shows of a result: the whole index's own text by id,
 * and a summary cut to its first sentence and to a length, at a word.
 */
import { describe, expect, test } from 'vitest';
import { firstSentence, shorten, textsOf, type DateIndex } from '../../src/lib/search/date-index.ts';

describe('the index’s own text, by id', () => {
  test('titles and summaries, quotes, and each piece’s title with its mentions’ words (not their days)', () => {
    const index: DateIndex = {
      events: [
        { id: 'a', title: 'A visit', start: '2018-03-25', kind: 'visit', actors: [], summary: 'Kim went.' },
        { id: 'b', title: 'Talks', start: '2018-06-01', kind: 'talks', actors: ['x'], summary: '' },
      ],
      claims: [{ id: 'c', quote: 'Ties mended.', events: ['a'], topics: [], piece: 'p' }],
      pieces: [
        { id: 'p', title: 'Mending ties', from: '2018-03-26', to: '2018-03-26', topics: [], mentions: [{ from: '2018-06-01', to: '2018-06-30', phrase: 'June 2018', sentence: 'In June 2018 they met.' }] },
        { id: 'q', title: 'Quiet', from: '2019-01-01', to: '2019-02-01', topics: [], mentions: [] },
      ],
    };
    const texts = textsOf(index);
    expect([...texts.events]).toEqual([['a', { title: 'A visit', summary: 'Kim went.' }], ['b', { title: 'Talks', summary: '' }]]);
    expect([...texts.claims]).toEqual([['c', 'Ties mended.']]);
    expect([...texts.pieces]).toEqual([
      ['p', { title: 'Mending ties', mentions: [{ phrase: 'June 2018', sentence: 'In June 2018 they met.' }] }],
      ['q', { title: 'Quiet', mentions: [] }],
    ]);
    expect(Object.keys(texts.pieces.get('p')!.mentions[0]!)).toEqual(['phrase', 'sentence']);
    expect(Object.keys(texts.events.get('a')!)).toEqual(['title', 'summary']);
  });

  test('an empty index has no text', () => {
    const texts = textsOf({ events: [], claims: [], pieces: [] });
    expect([texts.events.size, texts.claims.size, texts.pieces.size]).toEqual([0, 0, 0]);
  });
});

describe('the first sentence', () => {
  test.each([
    ['Kim visited. Then he left.', 'Kim visited.'],
    ['Why? Because.', 'Why?'],
    ['Wow! Yes.', 'Wow!'],
    ['Trade rose 3.5 percent. Then fell.', 'Trade rose 3.5 percent.'],
    ['It ended.', 'It ended.'],
    ['No full stop at all', 'No full stop at all'],
    ['Kim visited.\nThen left.', 'Kim visited.'],
    // A line break before the first stop: the sentence is not found, and the text is kept whole.
    ['No stop\nTwo. Three.', 'No stop\nTwo. Three.'],
    ['', ''],
  ])('%j → %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });

  test('is cut at 200 characters unless told otherwise', () => {
    const long = `${'word '.repeat(50)}end.`;
    expect(firstSentence(long)).toBe(`${'word '.repeat(39)}word…`);
    expect(firstSentence(long, 12)).toBe('word word…');
    expect(firstSentence('Short one. Then more.', 10)).toBe('Short one.');
  });
});

describe('shortening at a word', () => {
  test('a text of the length allowed is left whole; one character more is cut', () => {
    expect(shorten('alpha beta', 10)).toBe('alpha beta');
    expect(shorten('alpha beta gamma', 11)).toBe('alpha beta…');
    expect(shorten('alpha beta gamma', 10)).toBe('alpha…');
    expect(shorten('alpha beta gamma', 12)).toBe('alpha beta…');
  });

  test('every space before the cut word goes', () => {
    expect(shorten('ab  cdef', 5)).toBe('ab…');
  });

  test('a single word longer than allowed is cut inside it', () => {
    expect(shorten('Pyongyang', 5)).toBe('Pyong…');
  });
});
