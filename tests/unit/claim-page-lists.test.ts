import { describe, expect, it } from 'vitest';
import { relatedClaims } from '../../src/lib/related-claims.ts';
import { narrowHorizon } from '../../src/lib/horizon-narrow.ts';
import { horizon, writingWindow } from '../../src/lib/horizon.ts';

const c = (id: string, piece: string, topics: string[], events: string[] = []) => ({ id, piece, topics, events });
const claims = [
  c('a1', 'a', ['sanctions', 'summits'], ['e1']),
  c('b1', 'b', ['summits']),
  c('b2', 'b', ['sanctions', 'summits'], ['e1']),
  c('b3', 'b', ['trade']),
  c('b4', 'b', ['sanctions'], ['e1']),
  c('b5', 'b', ['sanctions']),
  c('a2', 'a', ['sanctions']),
];

describe('related claims on a claim page', () => {
  it('other pieces only, sharing a topic, best first (topic 2, event 1), ties in list order', () => {
    // b2: 2 topics + 1 event = 5; b4: 2 + 1 = 3; b1: 2; b5: 2; b3 shares none; a2 is the same piece.
    expect(relatedClaims(claims[0]!, claims, 6)).toEqual({ best: [claims[2], claims[4], claims[1], claims[5]], total: 4 });
    expect(relatedClaims(claims[0]!, claims, 2)).toEqual({ best: [claims[2], claims[4]], total: 4 });
    expect(relatedClaims(claims[0]!, claims, 0)).toEqual({ best: [], total: 4 });
  });

  it('keeps the same few as sorting every match, over a generated list', () => {
    let seed = 11;
    const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    const topics = ['sanctions', 'summits', 'trade', 'china-role'];
    const many = Array.from({ length: 200 }, (_, i) => c(`c${i}`, `p${next(5)}`, [topics[next(4)]!, topics[next(4)]!], [`e${next(20)}`]));
    for (const claim of many.slice(0, 40)) {
      const sorted = many
        .filter((x) => x.piece !== claim.piece && x.topics.some((t) => claim.topics.includes(t)))
        .map((x, order) => ({ x, order, score: x.topics.filter((t) => claim.topics.includes(t)).length * 2 + x.events.filter((e) => claim.events.includes(e)).length }))
        .sort((p, q) => q.score - p.score || p.order - q.order)
        .map(({ x }) => x);
      expect(relatedClaims(claim, many, 6)).toEqual({ best: sorted.slice(0, 6), total: sorted.length });
    }
  });
});

describe('a horizon narrowed to one claim’s events', () => {
  const events = [
    { id: 'hanoi', start: '2019-02-27', end: '2019-02-28' },
    { id: 'troupe', start: '2019-01-27', disclosed: '2019-01-28' },
    { id: 'visit-4', start: '2019-01-07', end: '2019-01-10', disclosed: '2019-01-08' },
    { id: 'visit-1', start: '2018-03-25', end: '2018-03-28', disclosed: '2018-03-28' },
    { id: 'singapore', start: '2018-06-12' },
  ];
  const full = horizon(writingWindow({ date: '2018-03-26' }), events);

  it('keeps each list’s own order and only the named events; unknown ids are ignored', () => {
    const narrowed = narrowHorizon(full, ['hanoi', 'visit-1', 'singapore', 'nowhere', 'hanoi']);
    expect(narrowed.hidden.map((e) => e.id)).toEqual(['visit-1']);
    expect(narrowed.after.map((e) => e.id)).toEqual(['singapore', 'hanoi']);
    expect(narrowed.maybeHidden).toEqual([]);
    expect(narrowed.maybeAfter).toEqual([]);
  });

  it('is the same as filtering each list', () => {
    const wide = horizon(writingWindow({ earliest: '2018-03-20', latest: '2019-01-09' }), events);
    for (const ids of [['troupe', 'visit-4'], ['visit-1', 'hanoi', 'troupe'], []]) {
      const keep = new Set(ids);
      const only = <T extends { id: string }>(list: T[]) => list.filter((e) => keep.has(e.id));
      expect(narrowHorizon(wide, ids)).toEqual({ hidden: only(wide.hidden), maybeHidden: only(wide.maybeHidden), after: only(wide.after), maybeAfter: only(wide.maybeAfter) });
    }
  });
});
