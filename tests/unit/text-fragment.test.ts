import { describe, expect, it } from 'vitest';
import { buildTextFragment, encodePart, formatDirective, passageUrl } from '../../src/lib/text-fragment.ts';
import { firstMatch } from '../../src/lib/text-match.ts';

const pt = (segment: number, offset: number) => ({ segment, offset });
/** Select `needle` (its n-th occurrence) in segment s. */
function select(segments: string[], s: number, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = segments[s]!.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  return [pt(s, at), pt(s, at + needle.length)] as const;
}

describe('encodePart and formatDirective', () => {
  it('percent-encodes the characters that are syntax in a directive', () => {
    expect(encodePart('low-key, & more')).toBe('low%2Dkey%2C%20%26%20more');
    expect(formatDirective({ prefix: 'a-b', textStart: 'c', textEnd: 'd', suffix: 'e' })).toBe(':~:text=a%2Db-,c,d,-e');
  });
});

describe('buildTextFragment', () => {
  const page = [
    'China was left out in the cold when Trump agreed to meet Kim.',
    'Beijing, which had been left out, moved fast.',
    'It was left out again in 2019, when it was left out of Hanoi.',
  ];

  it('links a unique passage by its text alone', () => {
    const [a, b] = select(page, 0, 'Trump agreed to meet Kim');
    const f = buildTextFragment(page, a, b)!;
    expect(f.directive).toEqual({ textStart: 'Trump agreed to meet Kim' });
    expect(f.fragment).toBe('#:~:text=Trump%20agreed%20to%20meet%20Kim');
  });

  it('widens a partial selection to whole words', () => {
    const f = buildTextFragment(page, pt(0, page[0]!.indexOf('rump')), pt(0, page[0]!.indexOf('agreed') + 3))!;
    expect(f.text).toBe('Trump agreed');
  });

  it('adds a prefix when an earlier occurrence would match first', () => {
    const [a, b] = select(page, 1, 'left out');
    const f = buildTextFragment(page, a, b)!;
    expect(f.directive.textStart).toBe('left out');
    expect(f.directive.prefix ?? f.directive.suffix).toBeDefined();
    expect(firstMatch(page, f.directive)).toEqual({ start: pt(1, a.offset), end: pt(1, b.offset) });
  });

  it('uses a suffix (or more words) when the passage starts its paragraph and repeats', () => {
    const segs = ['It was late.', 'It was late. Nobody came.'];
    const [a, b] = select(segs, 1, 'It was late');
    const f = buildTextFragment(segs, a, b)!;
    expect(f.directive.prefix).toBeUndefined();
    expect(f.directive.suffix).toBe('. Nobody');
    expect(firstMatch(segs, f.directive)?.start).toEqual(pt(1, 0));
  });

  it('disambiguates the second occurrence within one paragraph', () => {
    const [a, b] = select(page, 2, 'was left out', 1);
    const f = buildTextFragment(page, a, b)!;
    expect(firstMatch(page, f.directive)).toEqual({ start: pt(2, a.offset), end: pt(2, b.offset) });
  });

  it('links a selection across paragraphs by its first and last words', () => {
    const f = buildTextFragment(page, pt(0, page[0]!.indexOf('Trump')), pt(1, page[1]!.indexOf('fast') + 4))!;
    expect(f.directive.textStart).toBe('Trump agreed to');
    expect(f.directive.textEnd).toBe('out, moved fast');
    expect(firstMatch(page, f.directive)?.end).toEqual(pt(1, page[1]!.indexOf('fast') + 4));
  });

  it('links a long passage in one paragraph by its edges', () => {
    const long = ['one two three four five six seven eight nine ten eleven twelve thirteen'];
    const f = buildTextFragment(long, pt(0, 0), pt(0, long[0]!.length))!;
    expect(f.directive).toEqual({ textStart: 'one two three', textEnd: 'eleven twelve thirteen' });
  });

  it('matches case-insensitively, as browsers do, when checking uniqueness', () => {
    const segs = ['Left out at first.', 'Then left out again.'];
    const [a, b] = select(segs, 1, 'left out');
    const f = buildTextFragment(segs, a, b)!;
    expect(f.directive.prefix ?? f.directive.suffix).toBeDefined();
  });

  it('collapses whitespace in the passage', () => {
    const segs = ['China   was\n left   out.'];
    const f = buildTextFragment(segs, pt(0, 0), pt(0, segs[0]!.length))!;
    expect(f.directive.textStart).toBe('China was left out.');
  });

  it('returns null for a selection without words', () => {
    const segs = ['A — B'];
    expect(buildTextFragment(segs, pt(0, 1), pt(0, 4))).toBeNull();
  });

  it('builds a URL on the page, replacing any fragment', () => {
    const [a, b] = select(page, 0, 'China was');
    const f = buildTextFragment(page, a, b)!;
    expect(passageUrl('https://example.org/articles/x/#claim', f)).toBe('https://example.org/articles/x/#:~:text=China%20was');
  });
});
