import { describe, expect, it } from 'vitest';
import { overviewKey, overviewPaths, parseOverviewKey, relativeShape, STRETCH, type OverviewMark } from '../../src/timeline/dense/model/overview-paths.ts';
import { clusterSymbols, packSymbol } from '../../src/timeline/dense/model/symbol-clusters.ts';
import { markTimes, type TimelineEvent } from '../../src/timeline/model/marks.ts';
import { kindPath } from '../../src/timeline/model/shapes.ts';
import { markInView } from '../../src/timeline/model/place.ts';
import { KIND_IDS } from '../../src/schemas/vocabulary.ts';

const DAY = 86_400_000;
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
/** 10 px a day from 1 June 2018. */
const pos = (ms: number) => (ms - utc(2018, 6, 1)) / DAY * 10;
const ev = (start: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({ id: start, title: start, start, precision: 'day', kind: 'visit', lane: 'china-dprk', ...more });
const mark = (e: TimelineEvent, across = 100, after = false): OverviewMark => ({ times: markTimes(e), across, lane: e.lane, kind: e.kind, after });
const wide = { wide: true, r: 7, along: [0, 1000] as const, margin: 24 };

/** The corners (end points) a path visits, absolute, from either form. */
function vertices(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, c, args = ''] of d.matchAll(/([MLHVZAmlhvza])([^MLHVZAmlhvza]*)/g)) {
    const n = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    if (c === 'M' || c === 'L') for (let i = 0; i < n.length; i += 2) [x, y] = [n[i]!, n[i + 1]!];
    else if (c === 'l' || c === 'm') for (let i = 0; i < n.length; i += 2) [x, y] = [x + n[i]!, y + n[i + 1]!];
    else if (c === 'H') x = n[0]!;
    else if (c === 'h') x += n[0]!;
    else if (c === 'V') y = n[0]!;
    else if (c === 'v') y += n[0]!;
    else if (c === 'a') [x, y] = [x + n[5]!, y + n[6]!];
    else continue;
    out.push([Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
  }
  return out;
}

describe('timeline overview paths', () => {
  it('rewrites every kind’s symbol from its first point, visiting the same corners', () => {
    for (const kind of KIND_IDS) {
      const d = kindPath(kind, 7);
      const shape = relativeShape(d);
      expect(vertices(`M${shape.start[0]},${shape.start[1]}${shape.rest}`), kind).toEqual(vertices(d));
    }
  });

  it('refuses a path it cannot rewrite, saying why', () => {
    expect(() => relativeShape('M0,0L1,1M2,2L3,3')).toThrow(/one subpath only/);
    expect(() => relativeShape('M0,0C1,1 2,2 3,3')).toThrow(/unsupported command "C"/);
  });

  it('draws a point where its link would be: a square statement centred on midday of its day', () => {
    const paths = overviewPaths([mark(ev('2018-06-11', { kind: 'statement' }))], pos, wide);
    // 10 days in, plus half a day: x = 105; the square's corner is 0.87 r up and left.
    expect(paths.get(overviewKey('china-dprk', false, 0, 'symbol'))).toBe('M98.91,93.91h12.18v12.18h-12.18z');
    expect([...paths.keys()]).toEqual([overviewKey('china-dprk', false, 0, 'symbol')]);
  });

  it('adds the bar of a span and the dashed line and tick of a later disclosure, like placeMark', () => {
    const paths = overviewPaths([mark(ev('2018-06-11', { end: '2018-06-13', disclosed: '2018-06-13' }))], pos, wide);
    // Bar from the start of 11 June (x = 100) for three days (30 px), 6 px tall around the row.
    expect(paths.get(overviewKey('china-dprk', false, 0, 'bar'))).toBe('M100,97h30v6h-30z');
    // Disclosed at midday on 13 June (x = 125): a line from the anchor (x = 105) and a tick r each side of the row.
    expect(paths.get(overviewKey('china-dprk', false, 0, 'line'))).toBe('M105,100H125');
    expect(paths.get(overviewKey('china-dprk', false, 0, 'tick'))).toBe('M125,93v14');
  });

  it('draws a month-precision band r each side of the row, in the narrow layout across and along swapped', () => {
    const e = ev('2018-07-01', { end: '2018-07-31', precision: 'month' });
    const narrow = overviewPaths([mark(e, 60)], pos, { ...wide, wide: false, r: 6 });
    // July: from x = 300 along, 310 px long, anchored mid-month (x = 455, the fourth stretch); across 60 ± 6.
    expect(narrow.get(overviewKey('china-dprk', false, 3, 'band'))).toBe('M54,300h12v310h-12z');
  });

  it('leaves out marks wholly outside the plot, keeps those within the margin, and groups by lane and hollowness', () => {
    const marks = [
      mark(ev('2018-03-01')), // far before
      mark(ev('2018-05-30')), // 1.5 days before the plot: 15 px, within the 24 px margin
      mark(ev('2018-06-05', { lane: 'us-dprk' }), 100, true),
      mark(ev('2019-06-05')), // far after
    ];
    const paths = overviewPaths(marks, pos, wide);
    // 30 May at midday sits 15 px before the plot: the stretch before the first.
    expect([...paths.keys()].sort()).toEqual([overviewKey('china-dprk', false, -1, 'symbol'), overviewKey('us-dprk', true, 0, 'symbol')].sort());
    expect(paths.get(overviewKey('china-dprk', false, -1, 'symbol'))!.match(/M/g)).toHaveLength(1);
  });

  it('counts a mark in view when its disclosure reaches in, though its day is far before', () => {
    const early = markTimes(ev('2018-05-01', { disclosed: '2018-06-02' }));
    expect(markInView(early, pos, [0, 1000], 24)).toBe(true);
    expect(markInView(markTimes(ev('2018-05-01')), pos, [0, 1000], 24)).toBe(false);
    // Disclosed at midday on 2 June (15 px): with the 24 px margin it reaches 39 px, no further.
    expect(markInView(early, pos, [39, 1000], 24)).toBe(true);
    expect(markInView(early, pos, [40, 1000], 24)).toBe(false);
  });

  it('folds any number of marks into one path per lane and stretch of time, each mark in its own stretch', () => {
    // 90 days × 7 rows: 630 distinct spots for 1,000 marks.
    const many = Array.from({ length: 1000 }, (_, i) => mark(ev(new Date(utc(2018, 6, 1) + (i % 90) * DAY).toISOString().slice(0, 10)), 100 + (i % 7) * 24));
    const paths = overviewPaths(many, pos, wide);
    // Anchors run from 5 px to 895 px: stretches 0 to 6.
    expect([...paths.keys()].map((k) => parseOverviewKey(k).stretch).sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    let drawn = 0;
    for (const [key, d] of paths) {
      const { lane, after, stretch, part } = parseOverviewKey(key);
      expect([lane, after, part]).toEqual(['china-dprk', false, 'symbol']);
      for (const [, x] of d.matchAll(/M(-?[\d.]+),/g)) {
        // The circle starts r to the left of its anchor.
        expect(Math.floor((Number(x) + 7) / STRETCH)).toBe(stretch);
        drawn++;
      }
    }
    expect(drawn).toBe(630);
  });

  it('draws a pile of one kind on one pixel as that symbol once, and a pile of kinds as a cluster, each fill apart', () => {
    const same = [mark(ev('2018-06-11')), mark(ev('2018-06-11')), mark(ev('2018-06-11'), 100, true)];
    const paths = overviewPaths(same, pos, wide);
    // 11 June, midday: 105 px; the circle of radius 7 starts at its left edge.
    expect(paths.get(overviewKey('china-dprk', false, 0, 'symbol'))).toMatch(/^M98,100[a-z]/);
    expect(paths.get(overviewKey('china-dprk', false, 0, 'symbol'))!.match(/M/g)).toHaveLength(1);
    expect(paths.get(overviewKey('china-dprk', true, 0, 'symbol'))!.match(/M/g)).toHaveLength(1);
    const mixed = overviewPaths([mark(ev('2018-06-11')), mark(ev('2018-06-11', { kind: 'summit' }))], pos, wide);
    // One bar 2r thick from r before the anchor to r after it.
    expect(mixed.get(overviewKey('china-dprk', false, 0, 'symbol'))).toBe('M98,93h14v14h-14z');
  });

  it('draws symbols closer than r along their row as one cluster, from the first one’s edge to the last one’s', () => {
    /** 6 px a day: neighbouring days overlap by more than half a symbol (r = 7). */
    const tight = (ms: number) => (ms - utc(2018, 6, 1)) / DAY * 6;
    const days = ['2018-06-11', '2018-06-12', '2018-06-13', '2018-06-20'].map((d) => mark(ev(d)));
    const d = overviewPaths(days, tight, wide).get(overviewKey('china-dprk', false, 0, 'symbol'))!;
    // 11–13 June at 63, 69 and 75 px: one cluster from 56 to 82 px; 20 June (117 px) alone, as its circle.
    expect(d.startsWith('M56,93h26v14h-26zM110,100')).toBe(true);
    expect(d.match(/M/g)).toHaveLength(2);
    // Another row never joins: the same days one row down are their own cluster.
    const rows = overviewPaths([...days, mark(ev('2018-06-12'), 124)], tight, wide).get(overviewKey('china-dprk', false, 0, 'symbol'))!;
    expect(rows.match(/M/g)).toHaveLength(3);
  });

  it('clusters packed symbols by gaps smaller than r, sorting them first', () => {
    const packed = [30, 10, 16, 23, 23].map((x, i) => packSymbol(x, i === 4 ? 1 : 0));
    // 10 → 16 (6) → 23 (7: not closer than r) ; 23 and 23 of two kinds → a cluster; 30 is 7 on.
    expect(clusterSymbols(packed, 7)).toEqual([
      { from: 10, to: 16, kind: null },
      { from: 23, to: 23, kind: null },
      { from: 30, to: 30, kind: 0 },
    ]);
    expect(clusterSymbols([packSymbol(-40, 3)], 7)).toEqual([{ from: -40, to: -40, kind: 3 }]);
    expect(clusterSymbols([], 7)).toEqual([]);
  });
});
