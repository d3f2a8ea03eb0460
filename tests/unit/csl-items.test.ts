/**
 * The CSL-JSON items and Highwire tags field by field, on pieces made up for
 * the purpose (citations.test.ts reads the real pieces back with citation-js).
 */
import { describe, expect, test } from 'vitest';
import { claimItem, cslName, eventItem, highwireDate, highwireTags, pieceIssued, pieceItem, type EventInfo, type PieceInfo } from '../../src/lib/csl.ts';

const signed: PieceInfo = {
  slug: 'signed',
  title: 'A signed piece',
  author: 'Frank Ching',
  outlet: 'EJ Insight',
  published: { basis: 'stated', date: '2018-03-26', note: 'The text gives it.' },
};
const unsigned: PieceInfo = {
  slug: 'unsigned',
  title: 'An unsigned piece',
  author: null,
  outlet: null,
  published: { basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'From the text.' },
};
const url = 'https://lipsandteeth.example/x/';

describe('names', () => {
  test.each([
    ['Frank Ching', { family: 'Ching', given: 'Frank' }],
    ['  Kim   Jong Un ', { family: 'Un', given: 'Kim Jong' }],
    ['Xinhua', { family: 'Xinhua' }],
  ])('%j', (name, csl) => {
    expect(cslName(name)).toStrictEqual(csl);
  });
});

describe('a piece’s date', () => {
  test('its day, or its window as a range, or nothing when neither is known', () => {
    expect(pieceIssued(signed.published)).toEqual({ 'date-parts': [[2018, 3, 26]] });
    expect(pieceIssued(unsigned.published)).toEqual({ 'date-parts': [[2019, 1, 10], [2019, 2, 26]] });
    expect(pieceIssued({ basis: 'inferred', earliest: '2019-01-10', note: 'n' })).toBeUndefined();
    expect(pieceIssued({ basis: 'inferred', latest: '2019-02-26', note: 'n' })).toBeUndefined();
  });

  test('a day that is not one gives no date parts', () => {
    expect(pieceIssued({ basis: 'stated', date: '2018-02-30', note: 'n' })).toEqual({ 'date-parts': [[]] });
  });
});

describe('CSL items', () => {
  test('a signed, dated piece in an outlet', () => {
    expect(pieceItem(signed, url, '2026-12-07')).toStrictEqual({
      id: 'lipsandteeth-piece-signed',
      type: 'article-magazine',
      title: 'A signed piece',
      author: [{ family: 'Ching', given: 'Frank' }],
      'container-title': 'EJ Insight',
      publisher: 'EJ Insight',
      issued: { 'date-parts': [[2018, 3, 26]] },
      URL: url,
      accessed: { 'date-parts': [[2026, 12, 7]] },
      note: 'Text held by Lips and Teeth.',
      language: 'en',
    });
  });

  test('an unsigned piece known to a window, outlet unknown', () => {
    expect(pieceItem(unsigned, url, '2026-12-07')).toStrictEqual({
      id: 'lipsandteeth-piece-unsigned',
      type: 'article-magazine',
      title: 'An unsigned piece',
      issued: { 'date-parts': [[2019, 1, 10], [2019, 2, 26]] },
      URL: url,
      accessed: { 'date-parts': [[2026, 12, 7]] },
      note: 'Unsigned. Date unknown; written between 2019-01-10 and 2019-02-26 (inferred from the text). Text held by Lips and Teeth.',
      language: 'en',
    });
  });

  test('a piece known to the day is dated by the day, whatever window it also has', () => {
    const both = pieceItem({ ...signed, published: { basis: 'stated', date: '2018-03-26', earliest: '2018-03-20', latest: '2018-03-27', note: 'n' } }, url, '2026-12-07');
    expect(both.issued).toEqual({ 'date-parts': [[2018, 3, 26]] });
    expect(both.note).toBe('Text held by Lips and Teeth.');
  });

  test('a piece with no date at all has no issued field', () => {
    expect(pieceItem({ ...unsigned, published: { basis: 'inferred', note: 'n' } }, url, '2026-12-07')).not.toHaveProperty('issued');
  });

  test('a claim in a signed piece: its quote on one line, in the piece, from the outlet', () => {
    expect(claimItem({ id: 'a-claim', quote: '  Lips\n and   teeth ' }, signed, url, '2026-12-07')).toStrictEqual({
      id: 'lipsandteeth-claim-a-claim',
      type: 'document',
      title: 'Lips and teeth',
      author: [{ family: 'Ching', given: 'Frank' }],
      'container-title': 'A signed piece',
      publisher: 'EJ Insight',
      issued: { 'date-parts': [[2018, 3, 26]] },
      URL: url,
      accessed: { 'date-parts': [[2026, 12, 7]] },
      note: 'Claim in “A signed piece”, EJ Insight, as held by Lips and Teeth.',
      language: 'en',
    });
  });

  test('a claim in an unsigned piece of unknown outlet, known to a window', () => {
    expect(claimItem({ id: 'b', quote: 'Q' }, unsigned, url, '2026-12-07')).toStrictEqual({
      id: 'lipsandteeth-claim-b',
      type: 'document',
      title: 'Q',
      'container-title': 'An unsigned piece',
      issued: { 'date-parts': [[2019, 1, 10], [2019, 2, 26]] },
      URL: url,
      accessed: { 'date-parts': [[2026, 12, 7]] },
      note: 'Claim in “An unsigned piece”, as held by Lips and Teeth. Unsigned. Date unknown; written between 2019-01-10 and 2019-02-26 (inferred from the text).',
      language: 'en',
    });
    expect(claimItem({ id: 'b', quote: 'Q' }, { ...unsigned, published: { basis: 'inferred', note: 'n' } }, url, '2026-12-07')).not.toHaveProperty('issued');
  });

  const visit: EventInfo = { id: 'visit', title: 'A visit', start: '2018-03-25', end: '2018-03-28', precision: 'day', place: 'Beijing' };

  test('an event of several days: its days as a range, its place, the site as container', () => {
    expect(eventItem(visit, url, '2026-12-07')).toStrictEqual({
      id: 'lipsandteeth-event-visit',
      type: 'webpage',
      title: 'A visit',
      'container-title': 'Lips and Teeth',
      publisher: 'Lips and Teeth',
      'event-date': { 'date-parts': [[2018, 3, 25], [2018, 3, 28]] },
      'event-place': 'Beijing',
      URL: url,
      accessed: { 'date-parts': [[2026, 12, 7]] },
      note: 'Event record in Lips and Teeth.',
      language: 'en',
    });
  });

  test.each([
    ['one day, no end', { end: undefined }, [[2018, 3, 25]]],
    ['an end on its start', { end: '2018-03-25' }, [[2018, 3, 25]]],
    ['known to the month', { precision: 'month' }, [[2018, 3]]],
    ['known to the season', { precision: 'season' }, [[2018]]],
    ['known to the year', { precision: 'year' }, [[2018]]],
  ] as const)('an event %s has one date, as precise as known', (_, change, date) => {
    expect(eventItem({ ...visit, ...change }, url, '2026-12-07')['event-date']).toEqual({ 'date-parts': date });
  });
});

describe('Highwire dates', () => {
  test.each([
    [{ 'date-parts': [[2018, 3, 6]] }, '2018/03/06'],
    [{ 'date-parts': [[2018, 11]] }, '2018/11'],
    [{ 'date-parts': [[2018]] }, '2018'],
    [{ 'date-parts': [[2019, 2, 1], [2019, 2, 1]] }, '2019/02/01'],
    [{ 'date-parts': [[2019, 2, 1], [2019, 2, 26]] }, '2019/02'],
    [{ 'date-parts': [[2019, 1, 10], [2019, 2, 26]] }, '2019'],
    [{ 'date-parts': [[2019, 1, 10], [2019, 2, 10]] }, '2019'],
  ])('%j → %s', (issued, written) => {
    expect(highwireDate(issued)).toBe(written);
  });

  test.each([
    ['no date', undefined],
    ['no parts', { 'date-parts': [] }],
    ['empty parts', { 'date-parts': [[]] }],
    ['a range across years', { 'date-parts': [[2018, 12, 30], [2019, 1, 2]] }],
    ['a range across years, same month and day', { 'date-parts': [[2018, 3, 5], [2019, 3, 5]] }],
  ])('%s: none', (_, issued) => {
    expect(highwireDate(issued)).toBeUndefined();
  });
});

describe('Highwire tags', () => {
  test('a signed piece, in the order Zotero reads them', () => {
    expect(highwireTags(pieceItem(signed, url, '2026-12-07'))).toEqual([
      ['citation_title', 'A signed piece'],
      ['citation_author', 'Ching, Frank'],
      ['citation_publication_date', '2018/03/26'],
      ['citation_journal_title', 'EJ Insight'],
      ['citation_publisher', 'EJ Insight'],
      ['citation_language', 'en'],
      ['citation_public_url', url],
    ]);
  });

  test('an unsigned piece of unknown outlet has no author, journal or publisher', () => {
    expect(highwireTags(pieceItem(unsigned, url, '2026-12-07'))).toEqual([
      ['citation_title', 'An unsigned piece'],
      ['citation_publication_date', '2019'],
      ['citation_language', 'en'],
      ['citation_public_url', url],
    ]);
  });

  test('a claim names its piece as the book it is in; an author with one name is written alone', () => {
    expect(highwireTags(claimItem({ id: 'c', quote: 'Q' }, { ...signed, author: 'Xinhua', outlet: null }, url, '2026-12-07'))).toEqual([
      ['citation_title', 'Q'],
      ['citation_author', 'Xinhua'],
      ['citation_publication_date', '2018/03/26'],
      ['citation_inbook_title', 'A signed piece'],
      ['citation_language', 'en'],
      ['citation_public_url', url],
    ]);
  });

  test('an event is dated by its own days, published by the site', () => {
    const event = eventItem({ id: 'v', title: 'V', start: '2018-06-19', end: '2018-06-20', precision: 'day', place: 'Beijing' }, url, '2026-12-07');
    expect(highwireTags(event)).toEqual([
      ['citation_title', 'V'],
      ['citation_publication_date', '2018/06'],
      ['citation_publisher', 'Lips and Teeth'],
      ['citation_language', 'en'],
      ['citation_public_url', url],
    ]);
  });

  test('an item without an address or container names neither', () => {
    expect(highwireTags({ id: 'x', type: 'document', title: 'T', URL: '', language: 'en' })).toEqual([
      ['citation_title', 'T'],
      ['citation_language', 'en'],
    ]);
    expect(highwireTags({ id: 'x', type: 'article-magazine', title: 'T', URL: '', language: 'en' })).toEqual([
      ['citation_title', 'T'],
      ['citation_language', 'en'],
    ]);
  });
});
