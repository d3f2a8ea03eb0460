import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../src/lib/search/state.ts';
import { buildExcerpt, decodeEntities } from '../../src/lib/search/excerpt.ts';
import { answerDateQuery } from '../../src/lib/search/date-answer.ts';
import { firstSentence, type DateIndexEvent } from '../../src/lib/search/date-index.ts';
import { parseDateQuery } from '../../src/lib/date-query/grammar.ts';

describe('search state in the URL', () => {
  it('reads query, facets and sort, and writes them back in a stable order', () => {
    const state = readState(new URLSearchParams('sort=date&actor=kim-jong-un&q=June+2018&type=event&actor=xi-jinping&utm=x'));
    expect(state).toEqual({
      q: 'June 2018',
      sort: 'date',
      filters: { type: ['event'], year: [], actor: ['kim-jong-un', 'xi-jinping'], kind: [], topic: [] },
    });
    expect(writeState(state).toString()).toBe('q=June+2018&type=event&actor=kim-jong-un&actor=xi-jinping&sort=date');
  });

  it('keeps odd values as text, drops duplicates and empties, and falls back to relevance', () => {
    const state = readState(new URLSearchParams({ q: '<img src=x onerror=alert(1)>', sort: '<b>', kind: '' }));
    expect(state.q).toBe('<img src=x onerror=alert(1)>');
    expect(state.sort).toBe('relevance');
    expect(state.filters.kind).toEqual([]);
    expect(readState(new URLSearchParams('year=2018&year=2018')).filters.year).toEqual(['2018']);
  });

  it('writes an empty state as no parameters', () => {
    expect(writeState(readState(new URLSearchParams(''))).toString()).toBe('');
  });
});

describe('excerpts', () => {
  it('marks the matched words and keeps the rest as text', () => {
    const segments = buildExcerpt('China said the talks were deadlocked from the start', [5], 30);
    expect(segments).toEqual([
      { text: 'China said the talks were ', mark: false },
      { text: 'deadlocked', mark: true },
      { text: ' from the start', mark: false },
    ]);
  });

  it('windows long text around the first match', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const segments = buildExcerpt(words, [60], 10);
    expect(segments[0]?.text.startsWith('… w5')).toBe(true);
    expect(segments.find((s) => s.mark)?.text).toBe('w60');
    expect(segments.at(-1)).toEqual({ text: ' …', mark: false });
  });

  it('turns escaped characters back into text, never markup', () => {
    expect(decodeEntities('a &lt;b&gt; &amp; &quot;c&quot;')).toBe('a <b> & "c"');
  });
});

describe('date-only answers', () => {
  const event = (id: string, start: string, end?: string, kind = 'visit'): DateIndexEvent => ({
    id, title: id, start, ...(end ? { end } : {}), precision: 'day', date: start, url: `/events/${id}/`,
    kind, lane: 'china-dprk', actors: ['kim-jong-un'], topics: [], summary: '',
  });
  const events = [event('c', '2018-06-19', '2018-06-20'), event('a', '2018-05-30', '2018-06-02', 'summit'), event('b', '2018-07-01'), event('d', '2018-06-12')];
  const none = { type: [], year: [], actor: [], kind: [], topic: [] };

  it('lists overlapping events in date order', () => {
    const { results } = answerDateQuery(events, parseDateQuery('June 2018').range!, none);
    expect(results.map((e) => e.id)).toEqual(['a', 'd', 'c']);
  });

  it('narrows by facet and counts facet values', () => {
    const { results, counts } = answerDateQuery(events, parseDateQuery('June 2018').range!, { ...none, kind: ['visit'] });
    expect(results.map((e) => e.id)).toEqual(['d', 'c']);
    expect(counts.kind).toEqual({ visit: 2 });
    expect(counts.year).toEqual({ 2018: 2 });
  });
});

describe('date index', () => {
  it('keeps the first sentence of a summary', () => {
    expect(firstSentence('Kim flew to Beijing. He met Xi.')).toBe('Kim flew to Beijing.');
    expect(firstSentence('x '.repeat(150)).length).toBeLessThanOrEqual(201);
  });
});
