import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { claimMetaSchema } from '../../src/schemas/claim.ts';

const article = {
  title: 'A piece',
  dek: null,
  author: null,
  authorBio: null,
  outlet: null,
  sourceUrl: null,
  published: { basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'From its evidence.' },
  thesis: 'It argues something.',
  claims: [{ id: 'a-claim', paraphrase: 'It says something.', kind: 'interpretation', topics: ['sanctions'] }],
};

const event = {
  id: 'an-event',
  title: 'Something happens',
  start: '2018-06-12',
  precision: 'day',
  kind: 'summit',
  lane: 'us-dprk',
  actors: ['kim-jong-un'],
  place: 'Singapore',
  summary: 'It happened.',
  sources: [{ publisher: 'Reuters', title: 'It happened', date: '2018-06-12', url: 'https://example.org/a' }],
};

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('article schema', () => {
  it('accepts a valid unsigned, inferred-date piece and fills defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.claims[0]).toEqual({ id: 'a-claim', paraphrase: 'It says something.', kind: 'interpretation', topics: ['sanctions'], events: [], key: false });
    expect(parsed.removed).toEqual([]);
  });

  it('accepts dates that a YAML parser turned into Date objects', () => {
    const parsed = articleSchema.parse({ ...article, published: { basis: 'url', date: new Date('2018-03-26T00:00:00Z'), note: 'URL.' } });
    expect(parsed.published.date).toBe('2018-03-26');
  });

  it('rejects an unknown topic and lists the allowed ones', () => {
    const result = articleSchema.safeParse({ ...article, claims: [{ ...article.claims[0], topics: ['trade'] }] });
    expect(messages(result)).toEqual([expect.stringMatching(/^claims\.0\.topics\.0: unknown topic "trade"; use one of: china-role, sanctions/)]);
  });

  it('rejects a missing title and an inferred date without a window', () => {
    const { title: _omit, ...noTitle } = article;
    expect(messages(articleSchema.safeParse(noTitle))).toEqual(['title: title must be text; put it in quotes']);
    const result = articleSchema.safeParse({ ...article, published: { basis: 'inferred', note: 'x' } });
    expect(messages(result)).toEqual(['published: an inferred date needs both earliest and latest; add them as YYYY-MM-DD']);
  });

  it('rejects a non-http source URL and unknown fields', () => {
    expect(messages(articleSchema.safeParse({ ...article, sourceUrl: 'ftp://example.org/x' }))[0]).toMatch(/^sourceUrl: "ftp:\/\/example.org\/x" is not an http\(s\) URL/);
    expect(messages(articleSchema.safeParse({ ...article, byline: 'X' }))[0]).toMatch(/byline/);
  });
});

describe('claim schema', () => {
  it('rejects malformed ids', () => {
    for (const id of ['Claim', 'claim_1', '-claim', 'claim--x', 'ab', 'a'.repeat(61)]) {
      expect(claimMetaSchema.safeParse({ id, paraphrase: 'p', kind: 'fact', topics: ['sanctions'] }).success, id).toBe(false);
    }
  });
});

describe('event schema', () => {
  it('accepts a valid event', () => {
    expect(eventSchema.parse(event).id).toBe('an-event');
  });

  it('rejects an impossible date', () => {
    expect(messages(eventSchema.safeParse({ ...event, start: '2018-02-30' }))).toEqual([
      'start: "2018-02-30" is not a real calendar date; write an existing day as YYYY-MM-DD (for example 2018-03-25)',
    ]);
  });

  it('rejects an end before the start, and a month precision that is not a month', () => {
    expect(messages(eventSchema.safeParse({ ...event, end: '2018-06-01' }))[0]).toMatch(/^end: end \(2018-06-01\) is before start/);
    expect(messages(eventSchema.safeParse({ ...event, precision: 'month' }))).toEqual([
      'start: with precision month, start must be the first day of the period (YYYY-MM-01); write 2018-06-01 or use precision day',
      'end: with precision month, give end as the last day of the period',
    ]);
  });

  it('rejects an event with no source, an unknown lane and an unknown kind', () => {
    expect(messages(eventSchema.safeParse({ ...event, sources: [] }))[0]).toMatch(/needs at least one source/);
    expect(messages(eventSchema.safeParse({ ...event, lane: 'sino-us' }))[0]).toMatch(/unknown lane "sino-us"/);
    expect(messages(eventSchema.safeParse({ ...event, kind: 'party' }))[0]).toMatch(/unknown kind "party"/);
  });
});
