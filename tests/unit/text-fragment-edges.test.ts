import { describe, expect, it } from 'vitest';
import { buildTextFragment, encodePart, firstMatch, formatDirective, passageUrl } from '../../src/lib/text-fragment.ts';

/**
 * Text fragments at their edges, with the exact directive each selection
 * gets: word boundaries (an apostrophe or hyphen inside a word, letters of
 * other scripts), the ten-word limit for an exact passage, the context added
 * one word at a time up to five, selections that start or end in an empty
 * segment, and the simulated browser's rules for prefix, suffix and textEnd.
 */

const pt = (segment: number, offset: number) => ({ segment, offset });

describe('the directive as written in a URL', () => {
  it('each part optional but the start, in the order prefix-, start, end, -suffix', () => {
    expect(formatDirective({ textStart: 'a b' })).toBe(':~:text=a%20b');
    expect(formatDirective({ prefix: 'p', textStart: 's' })).toBe(':~:text=p-,s');
    expect(formatDirective({ textStart: 's', suffix: 'x' })).toBe(':~:text=s,-x');
    expect(formatDirective({ textStart: 's', textEnd: 'e' })).toBe(':~:text=s,e');
    expect(encodePart('a-b-c')).toBe('a%2Db%2Dc');
  });

  it('replaces the page’s own fragment, and keeps a page without one', () => {
    const f = buildTextFragment(['China was left out.'], pt(0, 0), pt(0, 5))!;
    expect(passageUrl('https://example.org/a/', f)).toBe('https://example.org/a/#:~:text=China');
    expect(passageUrl('https://example.org/a/#x#y', f)).toBe('https://example.org/a/#:~:text=China');
  });
});

describe('where a browser lands', () => {
  const segs = ['Kim’s low-key visit to Beijing.', 'A low key visit, and a key visit.'];

  it('matches whole words only: not inside a word, nor a part of a hyphenated or possessive word', () => {
    expect(firstMatch(segs, { textStart: 'low' })).toEqual({ start: pt(1, 2), end: pt(1, 5) });
    expect(firstMatch(segs, { textStart: 'Kim' })).toBeNull();
    expect(firstMatch(segs, { textStart: 'key visit' })).toEqual({ start: pt(1, 6), end: pt(1, 15) });
    expect(firstMatch(segs, { textStart: 'eijing' })).toBeNull();
    expect(firstMatch(segs, { textStart: 'Beijing' })).toEqual({ start: pt(0, 23), end: pt(0, 30) });
    expect(firstMatch(segs, { textStart: '' })).toBeNull();
  });

  it('a prefix must end right before the start, and a suffix begin right after it or the end', () => {
    expect(firstMatch(segs, { prefix: 'a', textStart: 'key visit' })).toEqual({ start: pt(1, 23), end: pt(1, 32) });
    expect(firstMatch(segs, { prefix: 'and', textStart: 'key visit' })).toBeNull();
    expect(firstMatch(segs, { textStart: 'visit', suffix: 'to' })).toEqual({ start: pt(0, 14), end: pt(0, 19) });
    // Punctuation stands between: "visit" is followed by ",", so "visit," is what comes before "and".
    expect(firstMatch(segs, { textStart: 'visit', suffix: 'and' })).toBeNull();
    expect(firstMatch(segs, { textStart: 'visit,', suffix: 'and' })).toEqual({ start: pt(1, 10), end: pt(1, 16) });
    expect(firstMatch(segs, { textStart: 'A', textEnd: 'key', suffix: 'visit.' })).toEqual({ start: pt(1, 0), end: pt(1, 26) });
    expect(firstMatch(segs, { textStart: 'visit', suffix: 'zzz' })).toBeNull();
  });

  it('a hyphen or apostrophe at either end of a segment is not inside a word', () => {
    expect(firstMatch(['-key here'], { textStart: 'key' })).toEqual({ start: pt(0, 1), end: pt(0, 4) });
    expect(firstMatch(['a key-'], { textStart: 'key' })).toEqual({ start: pt(0, 2), end: pt(0, 5) });
    expect(firstMatch(['’s key'], { textStart: 's' })).toEqual({ start: pt(0, 1), end: pt(0, 2) });
  });

  it('context may be the whole rest of the segment', () => {
    expect(firstMatch(['p talks'], { prefix: 'p', textStart: 'talks' })).toEqual({ start: pt(0, 2), end: pt(0, 7) });
    expect(firstMatch(['talks s'], { textStart: 'talks', suffix: 's' })).toEqual({ start: pt(0, 0), end: pt(0, 5) });
    expect(firstMatch(['xp talks', 'p talks'], { prefix: 'p', textStart: 'talks' })).toEqual({ start: pt(1, 2), end: pt(1, 7) });
    expect(firstMatch(['talks sx', 'talks s'], { textStart: 'talks', suffix: 's' })).toEqual({ start: pt(1, 0), end: pt(1, 5) });
  });

  it('the same word as start and end: the end is the next one after the start', () => {
    expect(firstMatch(['a b a'], { textStart: 'a', textEnd: 'a' })).toEqual({ start: pt(0, 0), end: pt(0, 5) });
    expect(firstMatch(['a b', 'a c'], { textStart: 'a', textEnd: 'a' })).toEqual({ start: pt(0, 0), end: pt(1, 1) });
  });

  it('a textEnd is looked for after the start, in the same segment or a later one, never before', () => {
    expect(firstMatch(segs, { textStart: 'visit', textEnd: 'Kim’s' })).toBeNull();
    expect(firstMatch(segs, { textStart: 'Beijing', textEnd: 'A' })).toEqual({ start: pt(0, 23), end: pt(1, 1) });
    expect(firstMatch(segs, { textStart: 'low-key', textEnd: 'visit' })).toEqual({ start: pt(0, 6), end: pt(0, 19) });
  });
});

describe('building a fragment', () => {
  it('ten words are linked whole; eleven by their first and last three', () => {
    const ten = ['one two three four five six seven eight nine ten'];
    expect(buildTextFragment(ten, pt(0, 0), pt(0, ten[0]!.length))?.directive).toEqual({ textStart: ten[0] });
    const eleven = [`${ten[0]} eleven`];
    expect(buildTextFragment(eleven, pt(0, 0), pt(0, eleven[0]!.length))?.directive).toEqual({ textStart: 'one two three', textEnd: 'nine ten eleven' });
  });

  it('a selection across segments with fewer than three words on a side uses the words it has', () => {
    const segs = ['Hello there.', 'Go.'];
    const f = buildTextFragment(segs, pt(0, 6), pt(1, 3))!;
    expect(f.text).toBe('there. … Go.');
    expect(f.directive).toEqual({ textStart: 'there.', textEnd: 'Go.' });
    expect(f.fragment).toBe('#:~:text=there.,Go.');
  });

  it('skips empty and blank segments at either end of the selection', () => {
    const segs = ['Before', '   ', 'The visit began.', '', 'After'];
    const f = buildTextFragment(segs, pt(1, 0), pt(3, 0))!;
    expect(f.text).toBe('The visit began.');
    expect(f.directive).toEqual({ textStart: 'The visit began.' });
    // From the very end of one segment to the start of the next: only the words between.
    const g = buildTextFragment(segs, pt(0, 6), pt(2, 9))!;
    expect(g.text).toBe('The visit');
  });

  it('a point past the end of its segment counts as the end', () => {
    const segs = ['China was left out.', 'Then it moved.'];
    expect(buildTextFragment(segs, pt(0, 6), pt(0, 999))?.text).toBe('was left out.');
    expect(buildTextFragment(segs, pt(0, 15), pt(1, 999))?.text).toBe('out. … Then it moved.');
  });

  it('widens to whole words across apostrophes and hyphens, and trims spaces at the ends', () => {
    const segs = ['Kim’s low-key visit'];
    expect(buildTextFragment(segs, pt(0, 2), pt(0, 8))?.text).toBe('Kim’s low-key');
    // From the space before "l" to "o": the hyphenated word, whole.
    expect(buildTextFragment(segs, pt(0, 5), pt(0, 7))?.text).toBe('low-key');
    expect(buildTextFragment(['  padded  words  '], pt(0, 0), pt(0, 17))?.text).toBe('padded words');
  });

  it('adds context one word at a time, the prefix first, then the suffix, then both', () => {
    // Only the suffix tells the two apart.
    const a = ['the talks began', 'the talks ended'];
    expect(buildTextFragment(a, pt(1, 0), pt(1, 9))?.directive).toEqual({ textStart: 'the talks', suffix: 'ended' });
    // One word of prefix is enough.
    const b = ['in talks today', 'no talks today'];
    expect(buildTextFragment(b, pt(1, 3), pt(1, 8))?.directive).toEqual({ prefix: 'no', textStart: 'talks' });
    // Neither side alone: two words of prefix.
    const c = ['x a talks b y', 'z a talks b w', 'q a talks b y'];
    expect(buildTextFragment(c, pt(2, 4), pt(2, 9))?.directive).toEqual({ prefix: 'q a', textStart: 'talks' });
    // Only prefix and suffix together.
    const d = ['p talks s1', 'p2 talks s', 'p talks s'];
    expect(buildTextFragment(d, pt(2, 2), pt(2, 7))?.directive).toEqual({ prefix: 'p', textStart: 'talks', suffix: 's' });
  });

  it('when no context up to five words tells the passage apart, it gives the widest tried', () => {
    const same = 'one two three four five six talks a b c d e f';
    const f = buildTextFragment([same, same], pt(1, 28), pt(1, 33))!;
    expect(f.directive).toEqual({ prefix: 'two three four five six', textStart: 'talks', suffix: 'a b c d e' });
    // A passage with no words around it and a twin elsewhere keeps its text alone.
    expect(buildTextFragment(['talks', 'talks'], pt(1, 0), pt(1, 5))?.directive).toEqual({ textStart: 'talks' });
  });
});
