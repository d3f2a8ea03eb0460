/**
 * What the record shows, where readers look: every claim in claims.json has a
 * status and a record line, and the line stands with its status on the home
 * page's key-claim cards, on each /compare/ pair, in the claims index, in the
 * feed and in the claim page's JSON-LD (a ClaimReview for a fact's verdict).
 * And the record's end: no page names another last day than the one derived
 * from events.json.
 */
import { expect, test } from 'vitest';
import { site, type ClaimRow } from './dist.ts';
import { mainText } from './lib/readable.ts';
import { decodeEntities } from './lib/html.ts';

const STATUSES = ['matches', 'at-odds', 'partly', 'borne-out', 'not-borne-out', 'open', 'what-followed', 'beyond-record'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const day = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const text = (file: string) => mainText(site().pages.get(file)?.html ?? '');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Does the page's text show this claim's status label right before its record line? */
function showsVerdict(pageText: string, claim: ClaimRow): boolean {
  return pageText.includes(squash(`${claim.record.statusLabel} : ${claim.record.line}`)) || pageText.includes(squash(`${claim.record.statusLabel}: ${claim.record.line}`));
}

test('every claim has a status from the vocabulary and a record line of at most 160 characters, resting on events', () => {
  const { claims } = site();
  expect(claims.length).toBeGreaterThan(50);
  const problems = claims.flatMap((c) => {
    const r = c.record;
    if (!r) return [`${c.id}: no record`];
    return [
      STATUSES.includes(r.status) ? '' : `${c.id}: unknown status ${r.status}`,
      r.line && r.line.length <= 160 ? '' : `${c.id}: record line missing or over 160 characters`,
      r.events.length > 0 ? '' : `${c.id}: status rests on no event`,
      c.kind === 'prediction' && !(r.test && r.by) ? `${c.id}: prediction without test and date` : '',
      r.status === 'open' && !r.review ? `${c.id}: open without a review date` : '',
    ].filter(Boolean);
  });
  expect(problems).toEqual([]);
});

test('the home page shows each key claim it quotes with its status and record line', () => {
  const { claims } = site();
  const home = text('/index.html');
  const shown = claims.filter((c) => c.key && home.includes(squash(`“${c.quote}”`)));
  expect(shown.length, 'the home page quotes no key claim').toBeGreaterThanOrEqual(6);
  expect(shown.filter((c) => !showsVerdict(home, c)).map((c) => c.id)).toEqual([]);
});

test('each /compare/ pair shows both claims with status and line, stamped with how far apart the pieces were written', () => {
  const { claims, pages } = site();
  const page = pages.get('/compare/index.html')!;
  const pairs = [...page.html.matchAll(/<li class="pair"[^>]*>([\s\S]*?)<\/li>\s*(?=<li class="pair"|<\/ol>)/g)].map((m) => mainText(`<main>${m[1]}</main>`));
  expect(pairs.length).toBeGreaterThan(0);
  for (const pair of pairs) {
    const inPair = claims.filter((c) => pair.includes(squash(`“${c.quote}”`)));
    expect(inPair.length, pair.slice(0, 80)).toBe(2);
    for (const c of inPair) expect(showsVerdict(pair, c), `${c.id} on /compare/`).toBe(true);
    expect(pair).toMatch(/Written \d+ (to \d+ )?months? apart/);
  }
});

test('the claims index shows every claim with its status and record line', () => {
  const index = text('/claims/index.html');
  expect(site().claims.filter((c) => !showsVerdict(index, c)).map((c) => c.id)).toEqual([]);
});

test('the feed gives every claim its status and record line', () => {
  const xml = site().read('/claims.xml');
  const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => decodeEntities((m[1] ?? '').replace(/&apos;/g, "'")));
  expect(items.length).toBe(site().claims.length);
  for (const c of site().claims) {
    const item = items.find((i) => i.includes(`/claims/${c.id}/`));
    expect(item, c.id).toBeDefined();
    expect(item, c.id).toContain(`${c.record.statusLabel}: ${c.record.line}`);
  }
});

test('each claim page’s JSON-LD carries the record line: a ClaimReview for facts, a comment on the Claim otherwise', () => {
  const { claims, pages } = site();
  for (const c of claims) {
    const html = pages.get(`/claims/${c.id}/index.html`)?.html ?? '';
    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(ld, c.id).toBeDefined();
    const data = JSON.parse(ld!) as Record<string, unknown>;
    if (c.kind === 'fact') {
      expect(data['@type'], c.id).toBe('ClaimReview');
      expect(data['reviewBody'], c.id).toBe(c.record.line);
      expect((data['reviewRating'] as Record<string, unknown>)['alternateName'], c.id).toBe(c.record.statusLabel);
      expect((data['itemReviewed'] as Record<string, unknown>)['@type'], c.id).toBe('Claim');
    } else {
      expect(data['@type'], c.id).toBe('Claim');
      expect(JSON.stringify(data), c.id).not.toContain('ClaimReview');
      expect((data['comment'] as Record<string, unknown>)['text'], c.id).toBe(c.record.line);
    }
  }
});

test('no page names a record end other than the one derived from the events', () => {
  const events = JSON.parse(site().read('/events.json')) as { start: string; end: string | null }[];
  const last = events.map((e) => e.end ?? e.start).sort().at(-1)!;
  const said: string[] = [];
  for (const [file, page] of site().pages) {
    const body = mainText(page.html);
    for (const m of body.matchAll(/(?:record runs to|record reaches|Up to) (\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}), where this record ends|record runs to (\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4})/g)) {
      const stated = m[1] ?? m[2] ?? '';
      said.push(stated);
      if (stated !== day(last)) throw new Error(`${file} says the record ends ${stated}; the events end ${day(last)}`);
    }
    if (/where (?:this|the) record ends/.test(body) && !body.includes(`${day(last)}, where this record ends`)) throw new Error(`${file} speaks of where the record ends without the derived day ${day(last)}`);
  }
  // Piece pages and claim pages say it; without them the test proves nothing.
  expect(said.length).toBeGreaterThan(site().claims.length);
  expect(text('/articles/ching-mend-ties/index.html')).toContain(`This record runs to ${day(last)}`);
  expect(text('/claims/china-out-in-the-cold/index.html')).toContain(`This record runs to ${day(last)}`);
});

test('the descriptions of the record name the years its events span', () => {
  const events = JSON.parse(site().read('/events.json')) as { start: string; end: string | null }[];
  const first = events.map((e) => e.start).sort()[0]!.slice(0, 4);
  const last = events.map((e) => e.end ?? e.start).sort().at(-1)!.slice(0, 4);
  const description = (file: string) => decodeEntities(/<meta name="description" content="([^"]*)"/.exec(site().pages.get(file)?.html ?? '')?.[1] ?? '');
  for (const file of ['/events/index.html', '/timeline/index.html', '/actors/index.html']) {
    expect(description(file), file).toContain(`${first}–${last}`);
  }
  expect(site().read('/events.ics')).toContain(`X-WR-CALNAME:Lips and Teeth: China and North Korea\\, ${first}–${last}`);
});
