import { describe, expect, it } from 'vitest';
import { knownState, readState, writeState } from '../../src/lib/search/state.ts';
import { countMaps, isKnownValue, labelMaps } from '../../src/lib/search/facets.ts';
import { buildExcerpt, decodeEntities } from '../../src/lib/search/excerpt.ts';
import { answerDateQuery } from '../../src/lib/search/date-answer.ts';
import { eventDate, firstSentence, pieceDate, type DateIndex, type DateIndexEvent } from '../../src/lib/search/date-index.ts';
import { parseDateQuery } from '../../src/lib/date-query/grammar.ts';
import { claimEvents } from '../../src/data/search/date-index.ts';
import { publishedLabel } from '../../src/lib/attribution.ts';

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
  it('starts no earlier than a given word, to leave out the title shown above', () => {
    expect(buildExcerpt('Kim visits Beijing. Kim flew to Beijing to brief Xi.', [3, 6], 5, 3)).toEqual([
      { text: 'Kim', mark: true },
      { text: ' flew to ', mark: false },
      { text: 'Beijing', mark: true },
      { text: ' to', mark: false },
      { text: ' …', mark: false },
    ]);
  });

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
    id, title: id, start, ...(end ? { end } : {}), kind, actors: ['kim-jong-un'], summary: '',
  });
  const index: DateIndex = {
    events: [event('c', '2018-06-19', '2018-06-20'), event('a', '2018-05-30', '2018-06-02', 'summit'), event('b', '2018-07-01'), event('d', '2018-06-12')],
    claims: [
      { id: 'about-b', quote: 'q', events: ['b'], topics: ['summits'], piece: 'ching-mend-ties' },
      { id: 'about-c-and-b', quote: 'q', events: ['b', 'c'], topics: ['china-role'], piece: 'ching-mend-ties' },
      { id: 'about-a', quote: 'q', events: ['a'], topics: ['summits'], piece: 'ching-mend-ties' },
    ],
    pieces: [
      { id: 'p1', title: 'One', from: '2018-03-26', to: '2018-03-26', topics: ['china-role'], mentions: [{ from: '2003-03-01', to: '2003-05-31', phrase: 'spring 2003', sentence: 'In spring 2003, talks.' }] },
      { id: 'p2', title: 'Two', from: '2019-01-10', to: '2019-02-26', topics: ['summits'], mentions: [{ from: '2018-06-12', to: '2018-06-12', phrase: '12 June 2018', sentence: 'On 12 June 2018 they met.' }] },
    ],
  };
  const none = { type: [], year: [], actor: [], kind: [], topic: [] };

  it('lists overlapping events in date order, then the claims about them, then the pieces written then or naming it', () => {
    const answer = answerDateQuery(index, parseDateQuery('June 2018').range!, none);
    expect(answer.events.map((e) => e.id)).toEqual(['a', 'd', 'c']);
    expect(answer.claims.map((c) => [c.claim.id, c.about.map((e) => e.id)])).toEqual([['about-a', ['a']], ['about-c-and-b', ['c']]]);
    expect(answer.pieces.map((p) => [p.piece.id, p.written, p.mention?.phrase])).toEqual([['p2', false, '12 June 2018']]);
  });

  it('finds a piece by its own words for a period, and by when it was written', () => {
    expect(answerDateQuery(index, parseDateQuery('spring 2003').range!, none).pieces.map((p) => p.piece.id)).toEqual(['p1']);
    expect(answerDateQuery(index, parseDateQuery('March 2018').range!, none).pieces.map((p) => [p.piece.id, p.written])).toEqual([['p1', true]]);
  });

  it('narrows by facet and counts facet values in prototype-free maps', () => {
    const { events, claims, counts } = answerDateQuery(index, parseDateQuery('June 2018').range!, { ...none, kind: ['visit'] });
    expect(events.map((e) => e.id)).toEqual(['d', 'c']);
    expect(claims.map((c) => c.claim.id)).toEqual(['about-c-and-b']);
    expect(counts.kind).toEqual(new Map([['visit', 3]]));
    expect(counts.type).toEqual(new Map([['event', 2], ['claim', 1]]));
    expect(counts.year?.get('toString')).toBeUndefined();
  });
});

describe('dates in the date index, written by the search as the pages write them', () => {
  it('writes an event’s date from its start, end and precision (a day when none is given)', () => {
    expect(eventDate({ start: '2018-06-12' })).toBe('12 June 2018');
    expect(eventDate({ start: '2018-06-19', end: '2018-06-20' })).toBe('19–20 June 2018');
    expect(eventDate({ start: '2003-08-27', end: '2008-12-11' })).toBe('27 August 2003 – 11 December 2008');
    expect(eventDate({ start: '2018-07-01', end: '2018-07-31', precision: 'month' })).toBe('July 2018');
    expect(eventDate({ start: '2003-03-01', end: '2003-05-31', precision: 'season' })).toBe('Spring 2003');
    expect(eventDate({ start: '2011-01-01', end: '2011-12-31', precision: 'year' })).toBe('2011');
  });

  it('writes when a piece was written: the day, or the window it falls in', () => {
    expect(pieceDate({ from: '2018-03-26', to: '2018-03-26' })).toBe('26 March 2018');
    expect(pieceDate({ from: '2019-01-10', to: '2019-02-26' })).toBe('between 10 January and 26 February 2019');
    expect(pieceDate({ from: '2018-03-18', to: '2018-03-27' })).toBe('between 18 and 27 March 2018');
    expect(pieceDate({ from: '', to: '' })).toBe('date unknown');
  });

  it('agrees with the pages’ own label for a stated day and an inferred window', () => {
    expect(publishedLabel({ basis: 'stated', note: 'n', date: '2018-03-26' })).toBe(pieceDate({ from: '2018-03-26', to: '2018-03-26' }));
    expect(publishedLabel({ basis: 'inferred', note: 'n', earliest: '2019-01-10', latest: '2019-02-26' })).toBe('between 10 January and 26 February 2019');
  });
});

describe('claims dated by the events they rest on', () => {
  it('joins the events a claim concerns with those its record rests on, each once', () => {
    expect(claimEvents({ events: ['b'], record: { events: ['c', 'b'] } })).toEqual(['b', 'c']);
    expect(claimEvents({ events: [], record: { events: ['singapore-summit'] } })).toEqual(['singapore-summit']);
    expect(claimEvents({ events: ['a'] })).toEqual(['a']);
  });

  it('lists a claim in a range when only its record cites an event in it', () => {
    const event = (id: string, start: string, end?: string): DateIndexEvent => ({ id, title: id, start, ...(end ? { end } : {}), kind: 'visit', actors: [], summary: '' });
    const index: DateIndex = {
      events: [event('kim-visit-china-3', '2018-06-19', '2018-06-20'), event('kim-visit-china-1', '2018-03-25', '2018-03-28')],
      claims: [
        { id: 'concerns-march', quote: 'q', events: claimEvents({ events: ['kim-visit-china-1'] }), topics: [], piece: 'ching-mend-ties' },
        { id: 'record-cites-june', quote: 'q', events: claimEvents({ events: ['kim-visit-china-1'], record: { events: ['kim-visit-china-3'] } }), topics: [], piece: 'ching-mend-ties' },
      ],
      pieces: [],
    };
    const none = { type: [], year: [], actor: [], kind: [], topic: [] };
    const june = answerDateQuery(index, parseDateQuery('June 2018').range!, none);
    expect(june.claims.map((c) => [c.claim.id, c.about.map((e) => e.id)])).toEqual([['record-cites-june', ['kim-visit-china-3']]]);
    // Its year is the year of the events it is listed by, not the year its piece was written.
    expect(june.counts.year).toEqual(new Map([['2018', 2]]));
    expect(answerDateQuery(index, parseDateQuery('March 2018').range!, none).claims.map((c) => c.claim.id)).toEqual(['concerns-march', 'record-cites-june']);
  });
});

describe('hostile facet values', () => {
  const labels = labelMaps({ actor: { 'kim-jong-un': 'Kim Jong Un' }, type: { event: 'Event' }, kind: { visit: 'Visit' }, topic: { sanctions: 'Sanctions' } });
  for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
    it(`treats "${name}" as an unknown value and drops it`, () => {
      expect(isKnownValue('actor', name, labels)).toBe(false);
      expect(isKnownValue('type', name, labels)).toBe(false);
      const state = readState(new URLSearchParams({ actor: name, type: 'event', year: name }));
      const kept = knownState(state, (facet, value) => isKnownValue(facet, value, labels));
      expect(kept.filters).toEqual({ type: ['event'], year: [], actor: [], kind: [], topic: [] });
    });
    it(`drops "${name}" from every facet at once, keeping the query and the known values`, () => {
      for (const facet of ['type', 'year', 'actor', 'kind', 'topic'] as const) expect(isKnownValue(facet, name, labels), facet).toBe(false);
      const params = new URLSearchParams({ q: 'summit', type: name, year: name, actor: name, kind: name, topic: name });
      for (const [facet, value] of [['type', 'event'], ['year', '2018'], ['actor', 'kim-jong-un'], ['kind', 'visit'], ['topic', 'sanctions']]) params.append(facet!, value!);
      const kept = knownState(readState(params), (facet, value) => isKnownValue(facet, value, labels));
      expect(kept).toEqual({ q: 'summit', sort: 'relevance', filters: { type: ['event'], year: ['2018'], actor: ['kim-jong-un'], kind: ['visit'], topic: ['sanctions'] } });
      expect(writeState(kept).toString()).toBe('q=summit&type=event&year=2018&actor=kim-jong-un&kind=visit&topic=sanctions');
    });
  }
  it('reads counts from a Pagefind answer without inherited keys', () => {
    const counts = countMaps(JSON.parse('{"actor":{"__proto__":2,"kim-jong-un":1},"toString":{"x":1}}'));
    expect(counts.actor).toEqual(new Map([['__proto__', 2], ['kim-jong-un', 1]]));
    expect(Object.keys(counts)).toEqual(['actor']);
  });
});

describe('date index', () => {
  it('keeps the first sentence of a summary', () => {
    expect(firstSentence('Kim flew to Beijing. He met Xi.')).toBe('Kim flew to Beijing.');
    expect(firstSentence('x '.repeat(150)).length).toBeLessThanOrEqual(201);
  });
});
