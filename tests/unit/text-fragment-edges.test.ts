import { describe, expect, it } from 'vitest';
import { buildTextFragment, encodePart, formatDirective, passageUrl } from '../../src/lib/text-fragment.ts';
import { firstMatch } from '../../src/lib/text-match.ts';

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

describe('a long passage whose edge words repeat', () => {
  // Twelve words: linked by their first and last three.
  const passage = 'the war and its aftermath were felt for years by the two sides';
  /** The fragment lands on the passage itself: same start and same end, in the same segments. */
  const lands = (segments: string[], from: { segment: number; offset: number }, to: { segment: number; offset: number }) => {
    const f = buildTextFragment(segments, from, to)!;
    return { directive: f.directive, match: firstMatch(segments, f.directive) };
  };

  it('an earlier start with the same end: a start further back in the segment is told apart', () => {
    // "the war and" opens the segment and opens the passage: the first match would start too early and end right.
    const seg = `the war and peace then ${passage}`;
    const at = seg.indexOf(passage);
    const { directive, match } = lands([seg], pt(0, at), pt(0, seg.length));
    expect(directive).toEqual({ prefix: 'then', textStart: 'the war and', textEnd: 'the two sides' });
    expect(match).toEqual({ start: pt(0, at), end: pt(0, seg.length) });
  });

  it('an earlier start with the same end: a start in an earlier segment is told apart', () => {
    // The passage fills segments 1 and 2, so no context is left: "the war and" also ends
    // segment 0, and the passage is linked by four words at each edge instead of three.
    // The earlier start is at the same offset in its own segment: only the segment tells them apart.
    const segs = ['the war and so on', 'the war and its aftermath were', 'felt for years by the two sides'];
    expect(firstMatch(segs, { textStart: 'the war and', textEnd: 'the two sides' })?.start).toEqual(pt(0, 0));
    const { directive, match } = lands(segs, pt(1, 0), pt(2, segs[2]!.length));
    expect(directive).toEqual({ textStart: 'the war and its', textEnd: 'by the two sides' });
    expect(match).toEqual({ start: pt(1, 0), end: pt(2, segs[2]!.length) });
  });

  it('the same start with a later end: an end further on in the segment is told apart', () => {
    // "the two sides" closes the passage and also comes earlier inside it.
    const seg = 'the war and the two sides were felt for years by the two sides and more';
    const end = seg.indexOf(' and more');
    const { directive, match } = lands([seg], pt(0, 0), pt(0, end));
    expect(directive).toEqual({ textStart: 'the war and', textEnd: 'the two sides', suffix: 'and' });
    expect(match).toEqual({ start: pt(0, 0), end: pt(0, end) });
  });

  it('the same start with a later end: an end in a later segment is told apart', () => {
    // The passage ends its segment, so nothing after it can serve as a suffix.
    // The earlier end is at the same offset in its own segment: only the segment tells them apart.
    const segs = ['the war and the two sides', 'was felt by the two sides', 'and more'];
    expect(firstMatch(segs, { textStart: 'the war and', textEnd: 'the two sides' })?.end).toEqual(pt(0, 25));
    const { directive, match } = lands(segs, pt(0, 0), pt(1, segs[1]!.length));
    expect(directive).toEqual({ textStart: 'the war and the', textEnd: 'by the two sides' });
    expect(match).toEqual({ start: pt(0, 0), end: pt(1, segs[1]!.length) });
  });
});

describe('selections at a segment’s ends', () => {
  it('a selection outside the segments gives no fragment, and does not throw', () => {
    expect(buildTextFragment(['the talks', 'began'], pt(3, 0), pt(3, 4))).toBeNull();
    expect(buildTextFragment(['the talks', 'began'], pt(2, 0), pt(4, 2))).toBeNull();
  });

  it('an empty selection gives no fragment, at a segment’s start or its end', () => {
    expect(buildTextFragment(['the talks', 'began'], pt(0, 0), pt(0, 0))).toBeNull();
    expect(buildTextFragment(['the talks', 'began'], pt(0, 9), pt(0, 9))).toBeNull();
    expect(buildTextFragment(['the talks', 'began'], pt(1, 0), pt(1, 0))).toBeNull();
  });

  it('a selection starting after a segment’s last word, before its closing whitespace, starts in the next segment', () => {
    const f = buildTextFragment(['talks began \n', 'and ended there'], pt(0, 11), pt(1, 9))!;
    expect(f.text).toBe('and ended');
    expect(f.directive).toEqual({ textStart: 'and ended' });
  });

  it('a passage across segments reads to where the selection ends, not to its segment’s end', () => {
    const f = buildTextFragment(['the talks began', 'and ended in May'], pt(0, 4), pt(1, 9))!;
    expect(f.text).toBe('talks began … and ended');
    expect(f.directive).toEqual({ textStart: 'talks began', textEnd: 'and ended' });
  });

  it('context is whole words, whatever whitespace closes the segment', () => {
    // The twin is told apart only by all the words after it; the segment ends in a newline.
    const segs = ['talks c d', 'talks c d e \n'];
    expect(buildTextFragment(segs, pt(1, 0), pt(1, 5))?.directive).toEqual({ textStart: 'talks', suffix: 'c d e' });
  });

  it('a passage no context tells apart gets all the context there is, on each side, up to five words', () => {
    const twin = 'a b talks c d e f';
    expect(buildTextFragment([twin, twin], pt(1, 4), pt(1, 9))?.directive).toEqual({ prefix: 'a b', textStart: 'talks', suffix: 'c d e f' });
  });
});

describe('context, up to its limits', () => {
  it('five words of prefix, when four are shared with an earlier passage', () => {
    const segs = ['x two three four five talks s', 'one two three four five talks s'];
    expect(buildTextFragment(segs, pt(1, 24), pt(1, 29))?.directive).toEqual({ prefix: 'one two three four five', textStart: 'talks' });
  });

  it('a word on each side, when each side alone matches elsewhere and more words are there', () => {
    const segs = ['q p talks s1', 'p2 talks s r', 'q p talks s r'];
    expect(buildTextFragment(segs, pt(2, 4), pt(2, 9))?.directive).toEqual({ prefix: 'p', textStart: 'talks', suffix: 's' });
  });
});
