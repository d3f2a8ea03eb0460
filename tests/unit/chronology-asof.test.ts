import { describe, expect, test } from 'vitest';
import { facetCountsAsOf, facetKey } from '../../src/lib/chronology.ts';
import { laterSourcesLine } from '../../src/lib/asof.ts';
import { formatDay } from '../../src/calendar/calendar.ts';
import { publicOf } from '../../src/lib/public-date.ts';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';

/**
 * The chronology's filter counts as the record stood on a day: only events
 * public by then (begun and public, or announced), over the real content.
 * The numbers are read off content/events/ by hand: the events begun by
 * 26 March 2018 are the twenty of tests/unit/asof.test.ts
 * (PUBLIC_BY_25_MARCH_2018) and Kim's first visit, which was under way
 * and not yet public (made public on 28 March), so it is not counted.
 */
const { content } = checkContent(await readContentDir(process.cwd()));
const events = content.events.map(({ data }) => ({
  id: data.id, start: data.start, lane: data.lane, kind: data.kind, announced: data.announced,
  disclosed: publicOf(data) > data.start ? publicOf(data) : undefined,
}));

describe('the chronology’s counts as of a day', () => {
  test('26 March 2018: twenty events, Kim’s unannounced visit not among them', () => {
    const counts = facetCountsAsOf('2018-03-26', events);
    expect(counts).toEqual(COUNTS_26_MARCH_2018);
    // The visit was public two days later, and the count follows.
    const after = facetCountsAsOf('2018-03-28', events);
    expect(after.all).toBe(21);
    expect(after[facetKey('kind', 'visit')]).toBe((COUNTS_26_MARCH_2018[facetKey('kind', 'visit')] ?? 0) + 1);
  });

  test('10 January 2019: Kim’s fourth visit counted (public since 8 January)', () => {
    expect(facetCountsAsOf('2019-01-10', events)).toEqual(COUNTS_10_JANUARY_2019);
  });

  test('with no day the counts are every event’s', () => {
    const counts = facetCountsAsOf('9999-12-31', events);
    expect(counts.all).toBe(events.length);
  });
});

describe('an event’s sources as of a day', () => {
  test('the line over the list counts those published after the day, and is empty when none was', () => {
    expect(laterSourcesLine(0, 4, '2018-03-26', formatDay)).toBe('');
    expect(laterSourcesLine(1, 4, '2018-03-26', formatDay)).toBe('1 of 4 sources was published after 26 March 2018.');
    expect(laterSourcesLine(2, 4, '2018-03-26', formatDay)).toBe('2 of 4 sources were published after 26 March 2018.');
    expect(laterSourcesLine(5, 5, '2018-03-26', formatDay)).toBe('All 5 sources were published after 26 March 2018.');
    expect(laterSourcesLine(1, 1, '2018-03-26', formatDay)).toBe('The source was published after 26 March 2018.');
  });
});

/** By pair and kind, read off the twenty events' files (lane:, kind:). */
const COUNTS_26_MARCH_2018: Record<string, number> = {
  all: 20,
  'lane:china-dprk': 10, 'lane:multilateral': 7, 'lane:inter-korean': 2, 'lane:us-dprk': 1,
  'kind:statement': 4, 'kind:message': 3, 'kind:other': 4, 'kind:sanctions': 3,
  'kind:talks': 2, 'kind:election': 2, 'kind:speech': 1, 'kind:envoy': 1,
};

/** The twenty, Kim's first visit, and the twenty-three begun from 29 March 2018 to 10 January 2019 (asof.test.ts). */
const COUNTS_10_JANUARY_2019: Record<string, number> = {
  all: 44,
  'lane:china-dprk': 27, 'lane:multilateral': 10, 'lane:inter-korean': 5, 'lane:us-dprk': 2,
  'kind:statement': 7, 'kind:visit': 8, 'kind:talks': 6, 'kind:message': 5, 'kind:summit': 4,
  'kind:other': 5, 'kind:envoy': 3, 'kind:sanctions': 3, 'kind:election': 2, 'kind:speech': 1,
};
