import { expect, test } from 'vitest';
import { bearing } from '../../src/lib/bearing.ts';

const claims = [
  { id: 'a', topics: ['sanctions', 'china-role'], events: ['e1'], record: { events: ['e2', 'e1'] } },
  { id: 'b', topics: ['sanctions'], events: ['e3'], record: { events: ['e2'] } },
  { id: 'c', topics: ['china-role'], events: ['e4'] },
];

test('direct events first, without repeats; then those other claims on its first topic name', () => {
  expect(bearing(claims[0]!, claims)).toEqual({ direct: ['e1', 'e2'], byTopic: ['e3'] });
});

test('only the first topic counts: c shares china-role with a, not sanctions with anyone', () => {
  expect(bearing(claims[2]!, claims)).toEqual({ direct: ['e4'], byTopic: ['e1', 'e2'] });
  expect(bearing({ id: 'd', topics: ['summits'], events: [] }, claims)).toEqual({ direct: [], byTopic: [] });
});

test('the same as going through every claim, over a generated record', () => {
  // The rule spelled out the direct way, to hold the indexed one to it.
  const linked = (c: { events: readonly string[]; record?: { events: readonly string[] } | undefined }) => [...c.events, ...(c.record?.events ?? [])];
  const plain = (claim: (typeof many)[number], all: typeof many) => {
    const direct = [...new Set(linked(claim))];
    const out = new Set<string>();
    for (const other of all) {
      if (other.id === claim.id || !other.topics.includes(claim.topics[0]!)) continue;
      for (const id of linked(other)) if (!direct.includes(id)) out.add(id);
    }
    return { direct, byTopic: [...out].sort() };
  };
  let seed = 3;
  const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
  const topics = ['sanctions', 'china-role', 'summits', 'trade'];
  const many = Array.from({ length: 120 }, (_, i) => ({
    id: `c${i}`,
    topics: [topics[next(4)]!, topics[next(4)]!],
    events: Array.from({ length: next(3) }, () => `e${next(60)}`),
    record: next(2) ? { events: [`e${next(60)}`, `e${next(60)}`] } : undefined,
  }));
  for (const claim of many) expect(bearing(claim, many)).toEqual(plain(claim, many));
  expect(bearing(many[5]!, many).byTopic.length).toBeGreaterThan(0);
});
