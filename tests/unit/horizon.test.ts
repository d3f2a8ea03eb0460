import { describe, expect, test } from 'vitest';
import { between, horizon, writingWindow } from '../../src/lib/horizon.ts';

/** Real dates from content/events/, so the cases read as the record does. */
const kimFirstVisit = { id: 'kim-visit-china-1', start: '2018-03-25', end: '2018-03-28', disclosed: '2018-03-28' };
const kimFourthVisit = { id: 'kim-visit-china-4', start: '2019-01-07', end: '2019-01-10', disclosed: '2019-01-08' };
const reelection = { id: 'xi-reelected-president', start: '2018-03-17' };
const troupe = { id: 'xi-meets-dprk-art-troupe-2019', start: '2019-01-27', disclosed: '2019-01-28' };
const hanoi = { id: 'hanoi-summit', start: '2019-02-27', end: '2019-02-28' };
const events = [hanoi, troupe, kimFourthVisit, reelection, kimFirstVisit];
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('horizon', () => {
  test('26 March 2018: Kim is in Beijing, not yet public; later events came after', () => {
    const h = horizon(writingWindow({ date: '2018-03-26' }), events);
    expect(ids(h.hidden)).toEqual(['kim-visit-china-1']);
    expect(ids(h.after)).toEqual(['kim-visit-china-4', 'xi-meets-dprk-art-troupe-2019', 'hanoi-summit']);
    expect(h.maybeHidden).toEqual([]);
    expect(h.maybeAfter).toEqual([]);
  });

  test('moving the date changes the lists: on 28 March the visit is public', () => {
    const h = horizon(writingWindow({ date: '2018-03-28' }), events);
    expect(ids(h.hidden)).toEqual([]);
    expect(ids(h.after)).toEqual(['kim-visit-china-4', 'xi-meets-dprk-art-troupe-2019', 'hanoi-summit']);
  });

  test('moving the date earlier: on 24 March the visit had not begun', () => {
    const h = horizon(writingWindow({ date: '2018-03-24' }), events);
    expect(ids(h.hidden)).toEqual([]);
    expect(ids(h.after)).toEqual(['kim-visit-china-1', 'kim-visit-china-4', 'xi-meets-dprk-art-troupe-2019', 'hanoi-summit']);
  });

  test('a window is honest: events inside it may fall either side', () => {
    const h = horizon(writingWindow({ earliest: '2019-01-10', latest: '2019-02-26' }), events);
    expect(ids(h.maybeAfter)).toEqual(['xi-meets-dprk-art-troupe-2019']);
    expect(ids(h.after)).toEqual(['hanoi-summit']);
    expect(ids(h.hidden)).toEqual([]);
  });

  test('a window that opens while an event is secret: maybe hidden, not hidden', () => {
    const h = horizon(writingWindow({ earliest: '2018-03-26', latest: '2018-03-30' }), events);
    expect(ids(h.maybeHidden)).toEqual(['kim-visit-china-1']);
    expect(h.hidden).toEqual([]);
  });

  test('between two pieces: begun after the first and by the second', () => {
    const list = between(writingWindow({ date: '2018-03-26' }), writingWindow({ earliest: '2019-01-10', latest: '2019-02-26' }), events);
    expect(ids(list)).toEqual(['kim-visit-china-4']);
  });
});
