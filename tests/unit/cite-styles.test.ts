import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, type CiteInput, type PieceRef } from '../../src/lib/cite.ts';

/**
 * Each citation style written out whole, for every shape of input the pages
 * pass: a signed and dated piece, an unsigned piece known by its window, an
 * author with no outlet, one name or several, an event with and without its
 * dates, and a claim with no piece. Whole strings, so a lost space, period or
 * field shows (cite.test.ts states the rules; these pin the exact text).
 */

const dated: PieceRef = {
  title: 'Why China is seeking to mend ties with N Korea',
  author: 'Frank Ching',
  outlet: 'EJ Insight',
  published: { basis: 'url', date: '2018-03-26', note: 'from the URL' },
};
const windowed: PieceRef = {
  title: 'What Is China Actually Doing for North Korea?',
  author: null,
  outlet: null,
  published: { basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'inferred' },
};
const claim = (piece: PieceRef | undefined, url = 'https://example.org/claims/c/'): CiteInput => ({
  piece,
  subject: { kind: 'claim', id: 'c', text: 'China was left out in the cold.' },
  url,
  accessed: '2025-06-05',
});
const event = (when?: string): CiteInput => ({
  subject: { kind: 'event', id: 'kim-visit-china-1', text: 'Kim Jong Un visits Beijing', when },
  url: 'https://example.org/events/kim-visit-china-1/',
  accessed: '2025-06-05',
});

describe('a signed, dated piece with an outlet', () => {
  it('APA', () => {
    expect(apa(claim(dated))).toBe(
      'Ching, F. (2018, March 26). Why China is seeking to mend ties with N Korea. EJ Insight. Claim “China was left out in the cold.” In Lips and Teeth. Retrieved June 5, 2025, from https://example.org/claims/c/',
    );
  });

  it('BibTeX: every field in order, the date and year from the published day, the note without a window', () => {
    expect(bibtex(claim(dated))).toBe(
      [
        '@online{lipsandteeth-c,',
        '  title = {Why China is seeking to mend ties with N Korea},',
        '  author = {Ching, Frank},',
        '  organization = {EJ Insight},',
        '  date = {2018-03-26},',
        '  year = {2018},',
        '  note = {Claim “China was left out in the cold.” in Lips and Teeth.},',
        '  url = {https://example.org/claims/c/},',
        '  urldate = {2025-06-05},',
        '}',
      ].join('\n'),
    );
  });

  it('a URL is written as it is in BibTeX, where every other field is escaped', () => {
    expect(bibtex(claim(dated, 'https://example.org/claims/a_b/?q=50%25#x'))).toContain('\n  url = {https://example.org/claims/a_b/?q=50%25#x},\n');
  });
});

describe('an unsigned piece known only by its window', () => {
  it('Chicago', () => {
    expect(chicago(claim(windowed))).toBe(
      '“What Is China Actually Doing for North Korea?” Unsigned, n.d., written between January 10, 2019 and February 26, 2019 (inferred from the text). Claim “China was left out in the cold.” In Lips and Teeth. https://example.org/claims/c/. Accessed June 5, 2025.',
    );
  });

  it('APA', () => {
    expect(apa(claim(windowed))).toBe(
      'What Is China Actually Doing for North Korea? (n.d.). [Undated; written between January 10, 2019 and February 26, 2019 (inferred from the text)] Claim “China was left out in the cold.” In Lips and Teeth. Retrieved June 5, 2025, from https://example.org/claims/c/',
    );
  });

  it('BibTeX', () => {
    expect(bibtex(claim(windowed))).toBe(
      [
        '@online{lipsandteeth-c,',
        '  title = {What Is China Actually Doing for North Korea?},',
        '  note = {Claim “China was left out in the cold.” in Lips and Teeth. Undated; written between 2019-01-10 and 2019-02-26 (inferred from the text).},',
        '  url = {https://example.org/claims/c/},',
        '  urldate = {2025-06-05},',
        '}',
      ].join('\n'),
    );
  });

  it('a window missing its latest day is stated as unknown, not half-written', () => {
    const open: PieceRef = { ...windowed, published: { basis: 'inferred', earliest: '2019-01-10', note: 'inferred' } };
    expect(chicago(claim(open))).toContain('“What Is China Actually Doing for North Korea?” Unsigned, n.d., date unknown. Claim');
    expect(apa(claim(open))).toContain('(n.d.). [Undated; date unknown] Claim');
    expect(bibtex(claim(open))).toContain('in Lips and Teeth. Undated; date unknown.},');
    const late: PieceRef = { ...windowed, published: { basis: 'inferred', latest: '2019-02-26', note: 'inferred' } };
    expect(chicago(claim(late))).toContain('Unsigned, n.d., date unknown. Claim');
  });
});

describe('authors', () => {
  it('a signed piece with no outlet: no "Unsigned", no publisher', () => {
    const piece: PieceRef = { ...dated, outlet: null };
    expect(chicago(claim(piece))).toBe(
      'Ching, Frank. “Why China is seeking to mend ties with N Korea.” March 26, 2018. Claim “China was left out in the cold.” In Lips and Teeth. https://example.org/claims/c/. Accessed June 5, 2025.',
    );
    expect(apa(claim(piece))).toBe(
      'Ching, F. (2018, March 26). Why China is seeking to mend ties with N Korea. Claim “China was left out in the cold.” In Lips and Teeth. Retrieved June 5, 2025, from https://example.org/claims/c/',
    );
  });

  it('several given names, however spaced: each gives an initial, the last word is the family name', () => {
    const piece: PieceRef = { ...dated, author: '  Mary   Ann Smith ' };
    expect(chicago(claim(piece)).startsWith('Smith, Mary Ann. “Why China')).toBe(true);
    expect(apa(claim(piece)).startsWith('Smith, M. A. (2018, March 26). Why China')).toBe(true);
    expect(bibtex(claim(piece))).toContain('\n  author = {Smith, Mary Ann},\n');
  });

  it('a single name is the family name alone', () => {
    const piece: PieceRef = { ...dated, author: 'Xinhua' };
    expect(chicago(claim(piece)).startsWith('Xinhua. “Why China')).toBe(true);
    expect(apa(claim(piece)).startsWith('Xinhua (2018, March 26). Why China')).toBe(true);
    expect(bibtex(claim(piece))).toContain('\n  author = {Xinhua},\n');
  });
});

describe('titles', () => {
  it('gain a period unless they already end a sentence; a question mark inside does not count', () => {
    const title = (t: string) => chicago(claim({ ...dated, title: t })).split('” ')[0];
    expect(title('Is China back? The view from Beijing')).toBe('Ching, Frank. “Is China back? The view from Beijing.');
    expect(title('China is back!')).toBe('Ching, Frank. “China is back!');
    expect(title('China is back.')).toBe('Ching, Frank. “China is back.');
  });
});

describe('events, and a claim with no piece, cite the site’s record', () => {
  it('with its dates', () => {
    expect(chicago(event('25–28 March 2018'))).toBe('“Kim Jong Un visits Beijing (25–28 March 2018).” Event record. Lips and Teeth. https://example.org/events/kim-visit-china-1/. Accessed June 5, 2025.');
    expect(apa(event('25–28 March 2018'))).toBe('Lips and Teeth. (n.d.). Kim Jong Un visits Beijing [Event, 25–28 March 2018]. Retrieved June 5, 2025, from https://example.org/events/kim-visit-china-1/');
    expect(bibtex(event('25–28 March 2018'))).toBe(
      [
        '@online{lipsandteeth-kim-visit-china-1,',
        '  title = {Kim Jong Un visits Beijing},',
        '  note = {Event record, 25–28 March 2018},',
        '  organization = {Lips and Teeth},',
        '  url = {https://example.org/events/kim-visit-china-1/},',
        '  urldate = {2025-06-05},',
        '}',
      ].join('\n'),
    );
  });

  it('without dates', () => {
    expect(chicago(event())).toBe('“Kim Jong Un visits Beijing.” Event record. Lips and Teeth. https://example.org/events/kim-visit-china-1/. Accessed June 5, 2025.');
    expect(apa(event())).toBe('Lips and Teeth. (n.d.). Kim Jong Un visits Beijing [Event]. Retrieved June 5, 2025, from https://example.org/events/kim-visit-china-1/');
    expect(bibtex(event())).toBe(
      '@online{lipsandteeth-kim-visit-china-1,\n  title = {Kim Jong Un visits Beijing},\n  organization = {Lips and Teeth},\n  url = {https://example.org/events/kim-visit-china-1/},\n  urldate = {2025-06-05},\n}',
    );
  });

  it('an event is cited as an event even when a piece is passed along', () => {
    const withPiece: CiteInput = { ...event('25–28 March 2018'), piece: dated };
    expect(chicago(withPiece)).toBe(chicago(event('25–28 March 2018')));
    expect(apa(withPiece)).toBe(apa(event('25–28 March 2018')));
    expect(bibtex(withPiece)).toBe(bibtex(event('25–28 March 2018')));
  });

  it('a claim with no piece is cited as the site’s record of it, under its own words', () => {
    expect(chicago(claim(undefined))).toBe('“China was left out in the cold.” Event record. Lips and Teeth. https://example.org/claims/c/. Accessed June 5, 2025.');
    expect(apa(claim(undefined))).toBe('Lips and Teeth. (n.d.). China was left out in the cold. [Event]. Retrieved June 5, 2025, from https://example.org/claims/c/');
    expect(bibtex(claim(undefined))).toBe('@online{lipsandteeth-c,\n  title = {China was left out in the cold.},\n  organization = {Lips and Teeth},\n  url = {https://example.org/claims/c/},\n  urldate = {2025-06-05},\n}');
  });

  it('under another site name when one is given', () => {
    expect(chicago({ ...event(), siteName: 'Mirror' })).toContain('” Event record. Mirror. https://');
    expect(apa({ ...claim(windowed), siteName: 'Mirror' })).toContain('” In Mirror. Retrieved');
    expect(bibtex({ ...claim(windowed), siteName: 'Mirror' })).toContain('” in Mirror. Undated;');
  });
});
