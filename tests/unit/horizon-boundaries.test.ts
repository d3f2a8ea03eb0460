import { describe, expect, test } from 'vitest';
import { between, horizon, writingWindow, type DatedEvent } from '../../src/lib/horizon.ts';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';

/**
 * The horizon's day boundaries, with exact dates on both sides of each: an
 * event that starts or becomes public on the writing day itself, the day
 * before, the day after. A comparison flipped from > to >= (or <= to <)
 * moves a real event between the lists readers see on a piece's page, its
 * claim pages and /compare/.
 */
const ids = (list: readonly DatedEvent[]) => list.map((e) => e.id);
const on = (id: string, start: string, disclosed?: string): DatedEvent => ({ id, start, ...(disclosed ? { disclosed } : {}) });

describe('writingWindow', () => {
  test('a date is both ends; an inferred window keeps its ends; one end alone serves for both; nothing gives empty ends', () => {
    expect(writingWindow({ date: '2018-03-26' })).toEqual({ earliest: '2018-03-26', latest: '2018-03-26' });
    expect(writingWindow({ earliest: '2019-01-10', latest: '2019-02-26' })).toEqual({ earliest: '2019-01-10', latest: '2019-02-26' });
    expect(writingWindow({ date: '2018-03-26', earliest: '2019-01-10', latest: '2019-02-26' })).toEqual({ earliest: '2018-03-26', latest: '2018-03-26' });
    expect(writingWindow({ earliest: '2019-01-10' })).toEqual({ earliest: '2019-01-10', latest: '2019-01-10' });
    expect(writingWindow({ latest: '2019-02-26' })).toEqual({ earliest: '2019-02-26', latest: '2019-02-26' });
    expect(writingWindow({})).toEqual({ earliest: '', latest: '' });
  });
});

describe('horizon: a piece written on one day (26 March 2018)', () => {
  const day = writingWindow({ date: '2018-03-26' });

  test('an event begun on the writing day is not "after"; begun the next day, it is', () => {
    const h = horizon(day, [on('same-day', '2018-03-26'), on('next-day', '2018-03-27'), on('day-before', '2018-03-25')]);
    expect(ids(h.after)).toEqual(['next-day']);
    expect(h.maybeAfter).toEqual([]);
    expect(h.hidden).toEqual([]);
    expect(h.maybeHidden).toEqual([]);
  });

  test('an event made public the day after the writing day was hidden; made public on it, it was not', () => {
    const h = horizon(day, [on('public-next-day', '2018-03-25', '2018-03-27'), on('public-that-day', '2018-03-25', '2018-03-26'), on('begun-that-day-public-later', '2018-03-26', '2018-03-28')]);
    expect(ids(h.hidden)).toEqual(['public-next-day', 'begun-that-day-public-later']);
    expect(h.maybeHidden).toEqual([]);
    expect(h.after).toEqual([]);
  });
});

describe('horizon: a piece written in a window (10 January – 26 February 2019)', () => {
  const window = writingWindow({ earliest: '2019-01-10', latest: '2019-02-26' });

  test('begun on the first day of the window: not "either side"; the day after: either side; on the last day: either side; the day after that: after', () => {
    const h = horizon(window, [on('first-day', '2019-01-10'), on('second-day', '2019-01-11'), on('last-day', '2019-02-26'), on('after-last', '2019-02-27'), on('before', '2019-01-09')]);
    expect(ids(h.maybeAfter)).toEqual(['second-day', 'last-day']);
    expect(ids(h.after)).toEqual(['after-last']);
    expect(h.hidden).toEqual([]);
    expect(h.maybeHidden).toEqual([]);
  });

  test('made public on the first day: never hidden; the day after: maybe hidden; on the last day: maybe hidden; the day after the last: hidden', () => {
    const h = horizon(window, [
      on('public-first-day', '2019-01-01', '2019-01-10'),
      on('public-second-day', '2019-01-01', '2019-01-11'),
      on('public-last-day', '2019-01-02', '2019-02-26'),
      on('public-after-last', '2019-01-03', '2019-02-27'),
      on('begun-first-day-public-after', '2019-01-10', '2019-03-01'),
    ]);
    expect(ids(h.maybeHidden)).toEqual(['public-second-day', 'public-last-day']);
    expect(ids(h.hidden)).toEqual(['public-after-last', 'begun-first-day-public-after']);
    expect(h.maybeAfter).toEqual([]);
    expect(h.after).toEqual([]);
  });

  test('each list is in date order, then by id', () => {
    const h = horizon(window, [on('b', '2019-03-01'), on('a', '2019-03-01'), on('c', '2019-02-28'), on('z', '2019-01-20'), on('y', '2019-01-20'), on('x', '2019-01-15'), on('h2', '2018-12-01', '2019-03-02'), on('h1', '2018-12-01', '2019-03-02'), on('h0', '2018-11-01', '2019-03-02'), on('m2', '2018-12-01', '2019-02-01'), on('m1', '2018-12-01', '2019-02-01'), on('m0', '2018-11-01', '2019-02-01')]);
    expect(ids(h.after)).toEqual(['c', 'a', 'b']);
    expect(ids(h.maybeAfter)).toEqual(['x', 'y', 'z']);
    expect(ids(h.hidden)).toEqual(['h0', 'h1', 'h2']);
    expect(ids(h.maybeHidden)).toEqual(['m0', 'm1', 'm2']);
  });
});

describe('between two pieces', () => {
  const first = writingWindow({ date: '2018-03-26' });
  const second = writingWindow({ earliest: '2019-01-10', latest: '2019-02-26' });

  test('begun on the first piece’s day: not between; the next day: between; on the second’s first possible day: between; the day after: not', () => {
    const list = between(first, second, [on('first-day', '2018-03-26'), on('next-day', '2018-03-27'), on('second-first-day', '2019-01-10'), on('second-next-day', '2019-01-11')]);
    expect(ids(list)).toEqual(['next-day', 'second-first-day']);
  });

  test('in date order, then by id', () => {
    expect(ids(between(first, second, [on('b', '2018-06-01'), on('c', '2018-05-01'), on('a', '2018-06-01')]))).toEqual(['c', 'a', 'b']);
  });
});

describe('with the record in content/', async () => {
  const { content } = checkContent(await readContentDir(process.cwd()));
  const published = (id: string) => {
    const piece = content.articles.find((a) => a.path.endsWith(`/${id}.md`));
    if (!piece) throw new Error(`no piece ${id}`);
    return writingWindow(piece.data.published as { date?: string; earliest?: string; latest?: string });
  };
  const events: DatedEvent[] = content.events.map(({ data }) => ({ id: data.id, start: data.start, end: data.end, disclosed: data.disclosed }));
  const ching = published('ching-mend-ties');
  const diplomat = published('china-doing-for-north-korea');

  test('/compare/ lists, between the pieces, the reported Xi visit (begun on the Diplomat piece’s first possible day) and Kim’s fourth visit, not his first (begun the day before the Ching piece)', () => {
    const list = ids(between(ching, diplomat, events));
    expect(list).toContain('xi-visit-rumoured');
    expect(list).toContain('kim-visit-china-4');
    expect(list).not.toContain('kim-visit-china-1');
    expect(list.at(-1)).toBe('xi-visit-rumoured');
  });

  test('on the Diplomat piece, the reported Xi visit (begun on its first possible day) is not "either side of the writing"', () => {
    const h = horizon(diplomat, events);
    expect(ids(h.maybeAfter)).not.toContain('xi-visit-rumoured');
    expect(ids(h.maybeAfter)).toContain('xi-meets-dprk-art-troupe-2019');
  });

  test('on the Ching piece, Kim’s first visit (begun the day before, public two days after) was hidden', () => {
    expect(ids(horizon(ching, events).hidden)).toContain('kim-visit-china-1');
  });
});
