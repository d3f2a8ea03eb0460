import { describe, expect, it } from 'vitest';
import { apa, bibtex, bibtexEscape, chicago, citations, type CiteInput } from '../../src/lib/cite.ts';

const signed: CiteInput = {
  piece: {
    title: 'Why China is seeking to mend ties with N Korea',
    author: 'Frank Ching',
    outlet: 'EJ Insight',
    published: { basis: 'url', date: '2018-03-26', note: 'from the URL' },
  },
  subject: { kind: 'claim', id: 'china-out-in-the-cold', text: 'China was left out in the cold.' },
  url: 'https://example.org/claims/china-out-in-the-cold/',
  accessed: '2025-06-05',
};

const unsigned: CiteInput = {
  piece: {
    title: 'What Is China Actually Doing for North Korea?',
    author: null,
    outlet: null,
    published: { basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'inferred' },
  },
  subject: { kind: 'claim', id: 'china-remarkably-low-key', text: 'China has been remarkably low-key' },
  url: 'https://example.org/claims/china-remarkably-low-key/',
  accessed: '2025-06-05',
};

const event: CiteInput = {
  subject: { kind: 'event', id: 'kim-visit-china-1', text: 'Kim Jong Un visits Beijing', when: '25–28 March 2018' },
  url: 'https://example.org/events/kim-visit-china-1/',
  accessed: '2025-06-05',
};

describe('citations of a signed piece', () => {
  it('Chicago names author, title, outlet, date, the claim URL and the access date', () => {
    expect(chicago(signed)).toBe(
      'Ching, Frank. “Why China is seeking to mend ties with N Korea.” EJ Insight, March 26, 2018. Claim “China was left out in the cold.” In Lips and Teeth. https://example.org/claims/china-out-in-the-cold/. Accessed June 5, 2025.',
    );
  });

  it('APA puts the surname and initial first, then the date', () => {
    const text = apa(signed);
    expect(text.startsWith('Ching, F. (2018, March 26). Why China is seeking to mend ties with N Korea.')).toBe(true);
    expect(text).toContain('EJ Insight.');
    expect(text.endsWith('Retrieved June 5, 2025, from https://example.org/claims/china-out-in-the-cold/')).toBe(true);
  });

  it('BibTeX has author, organization, date and url fields', () => {
    const text = bibtex(signed);
    expect(text).toMatch(/^@online\{lipsandteeth-china-out-in-the-cold,\n/);
    expect(text).toContain('  author = {Ching, Frank},');
    expect(text).toContain('  organization = {EJ Insight},');
    expect(text).toContain('  date = {2018-03-26},');
    expect(text).toContain('  url = {https://example.org/claims/china-out-in-the-cold/},');
    expect(text).toContain('  urldate = {2025-06-05},');
  });
});

describe('citations of an unsigned, undated piece', () => {
  it('invent no author, outlet or date', () => {
    for (const text of Object.values(citations(unsigned))) {
      expect(text).toContain(unsigned.url);
      expect(text).not.toMatch(/author =/);
      expect(text).not.toMatch(/organization =/);
      expect(text).not.toMatch(/\b2019, January\b/);
    }
  });

  it('Chicago starts with the title and says the date is inferred, without a doubled period after "?"', () => {
    const text = chicago(unsigned);
    expect(text.startsWith('“What Is China Actually Doing for North Korea?” Unsigned, n.d., written between January 10, 2019 and February 26, 2019 (inferred from the text).')).toBe(true);
    expect(text).not.toContain('?.');
  });

  it('APA moves the title to the author position with n.d.', () => {
    expect(apa(unsigned).startsWith('What Is China Actually Doing for North Korea? (n.d.). [Undated; written between')).toBe(true);
  });

  it('BibTeX has no year and notes the window', () => {
    const text = bibtex(unsigned);
    expect(text).not.toMatch(/^  (year|date) =/m);
    expect(text).toContain('Undated; written between 2019-01-10 and 2019-02-26');
  });
});

describe('citations of an event', () => {
  it('cite the site record with its date, URL and access date', () => {
    const all = citations(event);
    expect(all.chicago).toBe('“Kim Jong Un visits Beijing (25–28 March 2018).” Event record. Lips and Teeth. https://example.org/events/kim-visit-china-1/. Accessed June 5, 2025.');
    expect(all.apa).toContain('Kim Jong Un visits Beijing [Event, 25–28 March 2018]');
    expect(all.bibtex).toContain('  organization = {Lips and Teeth},');
    for (const text of Object.values(all)) expect(text).toContain(event.url);
  });
});

describe('bibtexEscape', () => {
  it('escapes TeX specials', () => {
    expect(bibtexEscape('50% & {x} #1 $2 a_b ~ ^ \\')).toBe('50\\% \\& \\{x\\} \\#1 \\$2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
  });

  it('keeps a field from closing early', () => {
    const text = bibtex({ ...signed, piece: { ...signed.piece!, title: 'A } title' } });
    expect(text).toContain('title = {A \\} title},');
  });
});

describe('the quote is cited whole', () => {
  const long = 'It was Kim’s overture in his 2018 New Year’s address, and Moon’s willing acceptance of the same, that set the stage for North Korean participation in the PyeongChang Olympics in February 2018; that snowballed into substantial diplomacy between the Koreas.';
  const input: CiteInput = { ...unsigned, subject: { ...unsigned.subject, text: long.replace(" and Moon", "\n    and Moon") } };

  it('in every style, with no ellipsis, whatever its length', () => {
    const all = citations(input);
    for (const text of [all.chicago, all.apa]) {
      expect(text).toContain(`Claim “${long}” In Lips and Teeth.`);
      expect(text).not.toContain('…');
    }
    expect(all.bibtex).toContain(`note = {Claim “${long}” in Lips and Teeth. Undated;`);
  });
});
