import { describe, expect, it } from 'vitest';
import { layoutTimeline, type LayoutOptions } from '../../src/timeline/model/layout.ts';
import { markExtent, markTimes, type TimelineEvent } from '../../src/timeline/model/marks.ts';
import { placeMark } from '../../src/timeline/model/place.ts';
import { directionPath, GLYPHS, glyphOf, kindPath } from '../../src/timeline/model/shapes.ts';
import { timeScale } from '../../src/timeline/model/scale.ts';
import { boundsFor } from '../../src/timeline/model/config.ts';
import { KIND_IDS } from '../../src/schemas/vocabulary.ts';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const ev = (id: string, start: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, title: id, start, precision: 'day', kind: 'visit', lane: 'china-dprk', ...more,
});

describe('date → position', () => {
  it('d3 UTC scale: 1 px a day over 2018', () => {
    const scale = timeScale([utc(2018, 1), utc(2019, 1)], [0, 365]);
    expect(scale(new Date(utc(2018, 3, 25)))).toBe(83);
    expect(scale(new Date(utc(2018, 3, 26))) - scale(new Date(utc(2018, 3, 25)))).toBe(1);
  });
});

describe('marks and precision bands', () => {
  it('a single day is a point at midday', () => {
    const t = markTimes(ev('a', '2018-06-12'));
    expect(t).toEqual({ shape: 'point', t0: utc(2018, 6, 12), t1: utc(2018, 6, 13), anchor: utc(2018, 6, 12) + DAY / 2, disclosed: null });
  });

  it('a multi-day event is a span anchored on its first day, end inclusive', () => {
    const t = markTimes(ev('v', '2018-03-25', { end: '2018-03-28', disclosed: '2018-03-28' }));
    expect(t.shape).toBe('span');
    expect((t.t1 - t.t0) / DAY).toBe(4);
    expect(t.disclosed).toBe(utc(2018, 3, 28) + DAY / 2);
  });

  it('a date known to the month is an uncertain band over the whole month, anchored mid-month', () => {
    const t = markTimes(ev('m', '2017-05-01', { end: '2017-05-31', precision: 'month' }));
    expect(t.shape).toBe('band');
    expect(t.t0).toBe(utc(2017, 5, 1));
    expect(t.t1).toBe(utc(2017, 6, 1));
    expect(t.anchor).toBe(utc(2017, 5, 16) + DAY / 2);
  });

  it('disclosure on the start day is not a separate date', () => {
    expect(markTimes(ev('s', '2018-06-19', { end: '2018-06-20', disclosed: '2018-06-19' })).disclosed).toBeNull();
  });

  it('extents include bar, symbol and disclosure tick', () => {
    const at = (ms: number) => (ms - utc(2018, 1)) / DAY; // 1 px a day
    expect(markExtent(markTimes(ev('a', '2018-01-11')), at, 7)).toEqual({ lo: 3.5, hi: 17.5 });
    expect(markExtent(markTimes(ev('b', '2018-01-11', { end: '2018-01-31' })), at, 7)).toEqual({ lo: 3.5, hi: 31 });
    expect(markExtent(markTimes(ev('c', '2018-01-11', { disclosed: '2018-02-10' })), at, 7)).toEqual({ lo: 3.5, hi: 44 });
  });

  it('placement is relative to the anchor, with a minimum bar', () => {
    const at = (ms: number) => (ms - utc(2018, 1)) / DAY;
    expect(placeMark(markTimes(ev('b', '2018-01-11', { end: '2018-01-12', disclosed: '2018-01-12' })), at)).toEqual({
      anchor: 10.5, bar: [-0.5, 2], disclosed: 1,
    });
  });

  it('the kinds fold into five glyphs, each its own shape', () => {
    const paths = KIND_IDS.map((k) => kindPath(k, 7));
    expect(new Set(paths).size).toBe(5);
    expect(new Set(KIND_IDS.map(glyphOf))).toEqual(new Set(Object.keys(GLYPHS)));
    // Direction is drawn in the mark, not written before its label.
    expect(directionPath('dprk-to-china', 7)).not.toBe(directionPath('china-to-dprk', 7));
  });
});

describe('lanes and rows', () => {
  const options: LayoutOptions = {
    view: [utc(2018, 1), utc(2019, 1)], along: [0, 365], lanes: ['china-dprk', 'inter-korean'],
    acrossStart: 50, laneHeader: 20, rowSize: 24, lanePad: 6, r: 7, gap: 3,
  };

  it('stacks lanes, gives colliding marks their own rows, and orders marks by time', () => {
    const layout = layoutTimeline(
      [
        ev('summit', '2018-04-27', { lane: 'inter-korean', kind: 'summit' }),
        ev('a', '2018-03-17'),
        ev('b', '2018-03-18'), // 1 px from a: collides
        ev('c', '2018-06-19'),
        ev('elsewhere', '2018-05-01', { lane: 'us-dprk' }), // not a drawn lane
      ],
      options,
    );
    expect(layout.lanes).toEqual([
      { lane: 'china-dprk', start: 50, size: 68, rows: 2 },
      { lane: 'inter-korean', start: 124, size: 44, rows: 1 },
    ]);
    expect(layout.acrossEnd).toBe(168);
    expect(layout.marks.map((m) => [m.event.id, m.row, m.across])).toEqual([
      ['a', 0, 82], ['b', 1, 106], ['summit', 0, 156], ['c', 0, 82],
    ]);
  });

  it('mirrored (narrow layout): the first row lies against the lane’s far edge, where its labels start', () => {
    const layout = layoutTimeline([ev('summit', '2018-04-27', { lane: 'inter-korean', kind: 'summit' }), ev('a', '2018-03-17'), ev('b', '2018-03-18'), ev('c', '2018-06-19')], { ...options, mirror: true });
    // China–DPRK: 50 + 68 − 24/2 = 106 for row 0, one row nearer the start for row 1.
    expect(layout.marks.map((m) => [m.event.id, m.row, m.across])).toEqual([
      ['a', 0, 106], ['b', 1, 82], ['summit', 0, 156], ['c', 0, 106],
    ]);
  });

  it('gives empty lanes one row and honours a minimum lane size (narrow layout)', () => {
    const layout = layoutTimeline([], { ...options, minLane: 68, laneHeader: 4, rowSize: 20 });
    expect(layout.lanes.map((l) => [l.size, l.rows])).toEqual([[68, 1], [68, 1]]);
  });

  it('bounds the record in whole years', () => {
    expect(boundsFor([{ t0: utc(2003, 4, 23), t1: utc(2003, 4, 26) }, { t0: utc(2019, 6, 20), t1: utc(2019, 6, 22) }])).toEqual([utc(2003, 1), utc(2020, 1)]);
  });
});
