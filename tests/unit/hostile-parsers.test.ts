import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '../payloads.ts';
import { knownState, readState, writeState } from '../../src/lib/search/state.ts';
import { isKnownValue, labelMaps } from '../../src/lib/search/facets.ts';
import { parseRangeParams } from '../../src/timeline/model/url-range.ts';
import { parseShown } from '../../src/timeline/model/url-filters.ts';

/**
 * Every hostile payload through the pure code that reads a URL for the
 * pages' scripts: the search's query and facets, the timeline's range and
 * filters. Text stays text (kept as given, capped), anything else is
 * dropped, and nothing throws. That the pages write what these return
 * without running it is tests/e2e/hostile.spec.ts, in a real browser.
 */
const e = encodeURIComponent;
const labels = labelMaps({ type: { event: 'Event', claim: 'Claim', piece: 'Piece' }, actor: { 'kim-jong-un': 'Kim Jong Un' } });
const known = (facet: Parameters<typeof isKnownValue>[0], value: string) => isKnownValue(facet, value, labels);
const bounds = { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) };
const LANES = ['china-dprk', 'inter-korean', 'us-dprk', 'multilateral'];

it('there are at least 20 payloads', () => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
});

describe.each(PAYLOADS.map((p) => [p.slice(0, 50), p] as const))('payload %s', (_, payload) => {
  it('search query: kept as text, capped at 200 characters, written back as one parameter', () => {
    const state = readState(new URLSearchParams(`q=${e(payload)}`));
    expect(state.q).toBe(payload.slice(0, 200));
    expect(state.sort).toBe('relevance');
    expect(Object.values(state.filters).flat()).toEqual([]);
    expect(new URLSearchParams(writeState(state).toString()).get('q')).toBe(payload.slice(0, 200).trim());
  });

  it('search type and actor: not a value the index knows, so dropped', () => {
    const state = readState(new URLSearchParams(`q=summit&type=${e(payload)}&actor=${e(payload)}&year=${e(payload)}`));
    const kept = knownState(state, known);
    expect(kept.filters).toEqual({ type: [], year: [], actor: [], kind: [], topic: [] });
    expect(kept.q).toBe('summit');
  });

  it('timeline from or to: not a day or month, so the default view', () => {
    expect(parseRangeParams(`from=${e(payload)}&to=2019-12-31`, bounds)).toBeNull();
    expect(parseRangeParams(`from=2017-01-01&to=${e(payload)}`, bounds)).toBeNull();
    expect(parseRangeParams(`from=${e(payload)}&to=${e(payload)}`, bounds)).toBeNull();
  });

  it('timeline filters: names no lane, so every lane shows; mixed with a lane, only that lane', () => {
    expect(parseShown(`lanes=${e(payload)}`, 'lanes', LANES)).toBeNull();
    expect([...(parseShown(`lanes=${e(`${payload},us-dprk`)}`, 'lanes', LANES) ?? [])]).toEqual(['us-dprk']);
  });
});
