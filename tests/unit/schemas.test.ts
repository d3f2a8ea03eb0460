import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageIdClash } from '../../src/schemas/ids.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { claimMetaSchema } from '../../src/schemas/claim.ts';

const article = {
  title: 'A piece',
  sourceText: 'a-piece.txt',
  dek: null,
  author: null,
  authorBio: null,
  outlet: null,
  sourceUrl: null,
  published: { basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'From its evidence.' },
  thesis: 'It argues something.',
  claims: [{ id: 'a-claim', paraphrase: 'It says something.', kind: 'interpretation', topics: ['sanctions'], record: { status: 'what-followed', line: 'Something happened.', events: ['an-event'] } }],
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
    expect(parsed.claims[0]).toEqual({ id: 'a-claim', paraphrase: 'It says something.', kind: 'interpretation', topics: ['sanctions'], events: [], key: false, record: { status: 'what-followed', line: 'Something happened.', events: ['an-event'] } });
    expect(parsed.removed).toEqual([]);
  });

  it('takes dates as ISO text only: a Date object means a second parser read the file', () => {
    expect(articleSchema.parse({ ...article, published: { basis: 'url', date: '2018-03-26', note: 'URL.' } }).published.date).toBe('2018-03-26');
    const result = articleSchema.safeParse({ ...article, published: { basis: 'url', date: new Date('2018-03-26T00:00:00Z'), note: 'URL.' } });
    expect(messages(result)).toEqual(['published.date: a date must be written YYYY-MM-DD (for example 2018-03-25); fix its value']);
  });

  it('requires the source text as a file name in content/sources/', () => {
    const { sourceText: _omit, ...none } = article;
    expect(messages(articleSchema.safeParse(none))[0]).toMatch(/^sourceText: sourceText is missing; name the source text kept in content\/sources\//);
    expect(messages(articleSchema.safeParse({ ...article, sourceText: '../secret.txt' }))[0]).toMatch(/must be a file name in content\/sources\//);
  });

  it('rejects a source URL with a user name before the host', () => {
    expect(messages(articleSchema.safeParse({ ...article, sourceUrl: 'https://a.example@b.example/' }))).toEqual([
      'sourceUrl: "https://a.example@b.example/" has a user name before "@", which hides the real host (b.example); remove everything between "//" and "@", or give the address you meant',
    ]);
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
  it('names the bad character in an id and suggests a valid one', () => {
    const idMessage = (id: string) => messages(claimMetaSchema.safeParse({ id, paraphrase: 'p', topics: ['sanctions'] }))[0];
    expect(idMessage('china card')).toMatch(/^id: id "china card" contains a space: .*write "china-card" instead$/);
    expect(idMessage('China-card')).toMatch(/contains a capital "C": .*write "china-card" instead$/);
    expect(idMessage('china\u200bcard')).toMatch(/contains an invisible zero-width space \(U\+200B\): .*write "chinacard" instead$/);
    expect(idMessage('china_card')).toMatch(/contains an underscore: .*write "china-card" instead$/);
  });

  it('rejects the same event or topic twice in one claim', () => {
    const result = claimMetaSchema.safeParse({ id: 'a-claim', paraphrase: 'p', kind: 'fact', topics: ['sanctions', 'sanctions'], events: ['an-event', 'an-event'] });
    expect(messages(result)).toEqual([
      'topics.1: "sanctions" is listed twice in topics; remove the second entry',
      'events.1: "an-event" is listed twice in events; remove the second entry',
    ]);
  });

  it('rejects malformed ids', () => {
    for (const id of ['Claim', 'claim_1', '-claim', 'claim--x', 'ab', 'a'.repeat(61)]) {
      expect(claimMetaSchema.safeParse({ id, paraphrase: 'p', kind: 'fact', topics: ['sanctions'] }).success, id).toBe(false);
    }
  });
});

describe('claim status rules', () => {
  const claim = (kind: string, record: Record<string, unknown> | undefined) => ({ id: 'a-claim', paraphrase: 'p', kind, topics: ['sanctions'], ...(record ? { record } : {}) });
  const fact = { status: 'matches', line: 'It happened on 1 May 2018.', events: ['an-event'] };
  const forecast = { status: 'borne-out', line: 'It happened by the day.', events: ['an-event'], test: 'It happens.', by: '2019-12-31' };

  it('accepts a fact with a verdict and a prediction with its test and date', () => {
    expect(claimMetaSchema.parse(claim('fact', fact)).record.status).toBe('matches');
    expect(claimMetaSchema.parse(claim('prediction', forecast)).record.by).toBe('2019-12-31');
    expect(claimMetaSchema.parse(claim('interpretation', { status: 'beyond-record', line: 'l', events: ['an-event'], why: 'A motive is not an event.' })).record.why).toMatch(/motive/);
  });

  it('fails a claim with no record, naming it', () => {
    expect(messages(claimMetaSchema.safeParse(claim('fact', undefined)))).toEqual([
      'record: claim "a-claim" has no record; add record: { status, line, events } saying what the dated record shows (see docs/claims.md)',
    ]);
  });

  it('fails a status that rests on no event', () => {
    expect(messages(claimMetaSchema.safeParse(claim('fact', { ...fact, events: [] })))).toEqual(['record.events: a status rests on events; list at least one event id in record.events']);
    expect(messages(claimMetaSchema.safeParse(claim('fact', { status: 'matches', line: 'l' })))[0]).toMatch(/^record\.events: record\.events is missing/);
  });

  it('fails a prediction without a test or a date, naming the claim', () => {
    const { test: _test, by: _by, ...bare } = forecast;
    expect(messages(claimMetaSchema.safeParse(claim('prediction', bare)))).toEqual([
      'record.test: claim "a-claim" is a prediction, so its record needs test: what would count as borne out',
      'record.by: claim "a-claim" is a prediction, so its record needs by: the day (YYYY-MM-DD) it is held to',
    ]);
  });

  it('fails open without a review date, and beyond-record without why', () => {
    expect(messages(claimMetaSchema.safeParse(claim('prediction', { ...forecast, status: 'open' })))).toEqual([
      'record.review: claim "a-claim" is open, so its record needs review: the day (YYYY-MM-DD) it will be looked at again',
    ]);
    expect(messages(claimMetaSchema.safeParse(claim('prescription', { status: 'beyond-record', line: 'l', events: ['an-event'] })))).toEqual([
      'record.why: claim "a-claim" is beyond-record, so its record needs why: why the record cannot bear on it',
    ]);
  });

  it('fails a status the kind does not allow, naming the kind and the allowed ones', () => {
    expect(messages(claimMetaSchema.safeParse(claim('interpretation', fact)))).toEqual([
      'record.status: claim "a-claim" is an interpretation, and an interpretation cannot be "matches"; use one of: what-followed, beyond-record',
    ]);
    expect(messages(claimMetaSchema.safeParse(claim('fact', { ...fact, status: 'borne-out' })))[0]).toMatch(/a fact cannot be "borne-out"; use one of: matches, at-odds, partly$/);
    expect(messages(claimMetaSchema.safeParse(claim('fact', { ...fact, status: 'true' })))[0]).toMatch(/^record\.status: unknown record\.status "true"/);
  });

  it('fails a record line over 160 characters, and accepts one of exactly 160', () => {
    expect(claimMetaSchema.safeParse(claim('fact', { ...fact, line: 'x'.repeat(160) })).success).toBe(true);
    expect(messages(claimMetaSchema.safeParse(claim('fact', { ...fact, line: 'x'.repeat(161) })))).toEqual([
      'record.line: record.line is 161 characters; keep it to one sentence of at most 160',
    ]);
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
      'start: with precision month, start must be the first day of the month; write 2018-06-01 or use precision day',
      'end: with precision month, give end as the last day of the period',
    ]);
  });

  it('holds month, season and year precision to the whole period', () => {
    const at = (start: string, end: string, precision: string) => messages(eventSchema.safeParse({ ...event, start, end, precision }));
    expect(at('2017-05-01', '2017-05-31', 'month')).toEqual([]);
    expect(at('2017-05-01', '2017-05-15', 'month')).toEqual(['end: with precision month, end must be the last day of the month that starts 2017-05-01; write end: 2017-05-31 or use precision day']);
    expect(at('2017-12-01', '2018-02-28', 'season')).toEqual([]);
    expect(at('2016-12-01', '2017-02-28', 'season')).toEqual([]);
    expect(at('2017-06-01', '2017-08-31', 'season')).toEqual([]);
    expect(at('2017-04-01', '2017-06-30', 'season')).toEqual([
      'start: with precision season, start must be the first day of a season (1 December, 1 March, 1 June or 1 September); write 2017-03-01 for spring (March–May), or use precision month or day',
    ]);
    expect(at('2017-03-01', '2017-04-30', 'season')).toEqual(['end: with precision season, end must be the last day of the season spring (March–May) that starts 2017-03-01; write end: 2017-05-31 or use precision day']);
    expect(at('2018-01-01', '2018-12-31', 'year')).toEqual([]);
    expect(at('2018-03-01', '2018-12-31', 'year')).toEqual(['start: with precision year, start must be the first day of the year; write 2018-01-01 or use precision day']);
  });

  it('rejects an actor named twice and disclosure before the event', () => {
    expect(messages(eventSchema.safeParse({ ...event, actors: ['kim-jong-un', 'kim-jong-un'] }))).toEqual(['actors.1: "kim-jong-un" is listed twice in actors; remove the second entry']);
    expect(messages(eventSchema.safeParse({ ...event, disclosed: '2018-06-11' }))).toEqual([
      'disclosed: disclosed is before start, but an event cannot become public before it happens; fix one of the two dates',
    ]);
  });

  it('rejects an event with no source, an unknown lane and an unknown kind', () => {
    expect(messages(eventSchema.safeParse({ ...event, sources: [] }))[0]).toMatch(/needs at least one source/);
    expect(messages(eventSchema.safeParse({ ...event, lane: 'sino-us' }))[0]).toMatch(/unknown lane "sino-us"/);
    expect(messages(eventSchema.safeParse({ ...event, kind: 'party' }))[0]).toMatch(/unknown kind "party"/);
  });
});

describe('ids the pages use for their own elements', () => {
  it('lists every fixed id written in src/, so no claim anchor can take one', () => {
    const written = new Set<string>();
    for (const entry of readdirSync('src', { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(astro|ts)$/.test(entry.name)) continue;
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const match of text.matchAll(/\bid="([a-z][a-z0-9-]*)"/g)) written.add(match[1] ?? '');
    }
    expect(written.size).toBeGreaterThan(10);
    for (const id of written) expect(pageIdClash(id), `${id} is an element id in src/ but not in PAGE_ELEMENT_IDS`).not.toBeNull();
  });

  it('refuses a claim id that is a page element id or starts like one, and lets others through', () => {
    expect(pageIdClash('main')).toMatch(/^id "main" is also the id of an element of the site's pages.*choose another, e\.g\. "main-claim"$/);
    expect(pageIdClash('y2018-claim')).toMatch(/starts like the ids the site's pages give their own elements/);
    expect(pageIdClash('china-card-a-bluff')).toBeNull();
  });
});
