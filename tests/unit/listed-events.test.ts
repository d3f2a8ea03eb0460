import { describe, expect, test } from 'vitest';
import { capEvents, LISTED_EVENTS_MAX } from '../../src/lib/listed-events.ts';

const day = (n: number) => `2018-03-${String(n).padStart(2, '0')}`;
const events = [
  { id: 'a', start: day(1) },
  { id: 'b', start: day(2), end: day(20) },
  { id: 'c', start: day(3) },
  { id: 'd', start: day(4), end: day(5) },
];

describe('capEvents', () => {
  test('a list within the cap is listed whole, with nothing left out', () => {
    const capped = capEvents(events, 4);
    expect(capped.listed.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(capped.omitted).toBe(0);
    expect(capped.omittedSpan).toBeNull();
  });

  test('past the cap, the first events are listed and the rest counted', () => {
    const capped = capEvents(events, 2);
    expect(capped.listed.map((e) => e.id)).toEqual(['a', 'b']);
    expect(capped.omitted).toBe(2);
    expect(capped.omittedSpan).toEqual({ from: '2018-03-03', to: '2018-03-05' });
  });

  test('the span ends at the latest end among those left out, not at the last one', () => {
    const capped = capEvents(events, 1);
    expect(capped.omitted).toBe(3);
    expect(capped.omittedSpan).toEqual({ from: '2018-03-02', to: '2018-03-20' });
  });

  test('a cap of 0 lists none', () => {
    const capped = capEvents(events, 0);
    expect(capped.listed).toEqual([]);
    expect(capped.omitted).toBe(4);
    expect(capped.omittedSpan).toEqual({ from: '2018-03-01', to: '2018-03-20' });
  });

  test('the default cap lists 25 of 250', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ start: `2018-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}` }));
    const capped = capEvents(many);
    expect(LISTED_EVENTS_MAX).toBe(25);
    expect(capped.listed).toHaveLength(25);
    expect(capped.omitted).toBe(225);
    expect(capped.omittedSpan).toEqual({ from: '2018-01-26', to: '2018-09-26' });
  });
});
