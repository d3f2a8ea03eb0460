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
