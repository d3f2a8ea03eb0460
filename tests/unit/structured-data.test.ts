import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld.ts';
import { claimJsonLd, datePrecise, eventJsonLd, pieceJsonLd } from '../../src/lib/structured-data.ts';

const home = 'https://example.org/';
const signed = {
  title: 'Why China is seeking to mend ties with N Korea',
  dek: null,
  author: 'Frank Ching',
  outlet: 'EJ Insight',
  sourceUrl: 'http://www.ejinsight.com/20180326-why-china-is-seeking-to-mend-ties-with-n-korea/',
  published: { basis: 'url' as const, date: '2018-03-26', note: 'n' },
  thesis: 'China is mending ties.',
};
const unsigned = {
  ...signed,
  title: 'What Is China Actually Doing for North Korea?',
  author: null,
  outlet: null,
  sourceUrl: null,
  published: { basis: 'inferred' as const, earliest: '2019-01-10', latest: '2019-02-26', note: 'n' },
};

describe('pieceJsonLd', () => {
  it('names author, publisher and date of a signed piece', () => {
    const ld = pieceJsonLd({ article: signed, url: 'https://example.org/articles/x/' }, home);
    expect(ld).toMatchObject({
      '@type': 'OpinionNewsArticle',
      headline: signed.title,
      author: { '@type': 'Person', name: 'Frank Ching' },
      publisher: { '@type': 'Organization', name: 'EJ Insight' },
      datePublished: '2018-03-26',
      isBasedOn: signed.sourceUrl,
    });
  });

  it('invents nothing for an unsigned, undated piece', () => {
    const ld = pieceJsonLd({ article: unsigned, url: 'https://example.org/articles/y/' }, home);
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('publisher');
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld).not.toHaveProperty('isBasedOn');
  });
});

describe('claimJsonLd', () => {
  it('is a Claim with appearance, firstAppearance, author and datePublished', () => {
    const ld = claimJsonLd({ id: 'c', quote: 'Q', paraphrase: 'P', url: 'https://example.org/claims/c/', inPieceUrl: 'https://example.org/articles/x/#c', piece: signed, kind: 'interpretation', status: 'what-followed', line: 'L' }, home);
    expect(ld).toMatchObject({
      '@type': 'Claim',
      text: 'Q',
      author: { name: 'Frank Ching' },
      datePublished: '2018-03-26',
      appearance: { url: 'https://example.org/articles/x/#c', headline: signed.title },
      firstAppearance: { url: signed.sourceUrl, publisher: { name: 'EJ Insight' } },
      comment: { '@type': 'Comment', name: 'What followed', text: 'L' },
    });
    expect(JSON.stringify(ld)).not.toContain('ClaimReview');
  });

  it('is a ClaimReview of the Claim for a fact, rated by its status, the record line as its text', () => {
    const ld = claimJsonLd({ id: 'c', quote: 'Q', paraphrase: 'P', url: 'https://example.org/claims/c/', inPieceUrl: 'https://example.org/articles/x/#c', piece: signed, kind: 'fact', status: 'partly', line: 'Only part happened.' }, home);
    expect(ld).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://example.org/claims/c/',
      claimReviewed: 'Q',
      reviewRating: { '@type': 'Rating', alternateName: 'Partly' },
      reviewBody: 'Only part happened.',
      itemReviewed: { '@type': 'Claim', text: 'Q', author: { name: 'Frank Ching' } },
    });
    expect(ld['itemReviewed']).not.toHaveProperty('@context');
  });

  it('has no author or date when the piece has none', () => {
    const ld = claimJsonLd({ id: 'c', quote: 'Q', paraphrase: 'P', url: 'u', inPieceUrl: 'v', piece: unsigned, kind: 'interpretation', status: 'beyond-record', line: 'L' }, home);
    expect(ld).not.toHaveProperty('author');
    expect(ld).not.toHaveProperty('datePublished');
    expect(ld['firstAppearance']).not.toHaveProperty('url');
  });
});

describe('eventJsonLd', () => {
  it('gives dates at their known precision, location and status', () => {
    const ld = eventJsonLd({ event: { title: 'T', start: '2018-03-25', end: '2018-03-28', precision: 'day', place: 'Beijing', summary: 'S' }, url: 'https://example.org/events/e/' }, home);
    expect(ld).toMatchObject({ '@type': 'Event', startDate: '2018-03-25', endDate: '2018-03-28', location: { name: 'Beijing' }, eventStatus: 'https://schema.org/EventScheduled', description: 'S', url: 'https://example.org/events/e/' });
    expect(datePrecise('2017-09-01', 'month')).toBe('2017-09');
    expect(datePrecise('2011-01-01', 'year')).toBe('2011');
  });
});

describe('serializeJsonLd', () => {
  const hostile = '</script><script>window.__pwned = 1</script><!-- & \u2028';

  it('leaves no "<", ">" or "&" in the output, so no value can close the element', () => {
    const ld = claimJsonLd({ id: 'c', quote: hostile, paraphrase: hostile, url: 'u', inPieceUrl: 'v', piece: { ...signed, title: hostile }, kind: 'fact', status: 'matches', line: hostile }, home);
    const text = serializeJsonLd(ld);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(ld);
  });
});
