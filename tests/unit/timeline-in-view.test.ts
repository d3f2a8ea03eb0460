import { describe, expect, it } from 'vitest';
import { marksInView } from '../../src/timeline/model/in-view.ts';
import { markInView } from '../../src/timeline/model/place.ts';
import { chartLabels, LABELS_MAX } from '../../src/timeline/model/chart-labels.ts';
import type { MarkTimes } from '../../src/timeline/model/marks.ts';

const DAY = 86_400_000;
/** 10 px a day from day 0. */
const pos = (ms: number) => (ms / DAY) * 10;
const point = (day: number): { times: MarkTimes } => ({ times: { shape: 'point', t0: day * DAY, t1: (day + 1) * DAY, anchor: (day + 0.5) * DAY, disclosed: null } });
const span = (day: number, days: number, disclosedDay: number | null = null): { times: MarkTimes } => ({
  times: { shape: 'span', t0: day * DAY, t1: (day + days) * DAY, anchor: (day + 0.5) * DAY, disclosed: disclosedDay === null ? null : (disclosedDay + 0.5) * DAY },
});
const brute = (marks: readonly { times: MarkTimes }[], p: (ms: number) => number, along: readonly [number, number], margin: number) =>
  marks.flatMap((m, i) => (markInView(m.times, p, along, margin) ? [i] : []));

describe('marksInView: the marks in view without visiting every one', () => {
  // One point a day over 100 days, listed newest first; a 10-day span from day 3; a point on day 0 disclosed on day 60.
  const marks = [...Array.from({ length: 100 }, (_, k) => point(99 - k)), span(3, 10), span(0, 1, 60)];

  it('finds the marks of a narrow view, in list order, by their start, their bar and their later disclosure', () => {
    // 500 to 530 px, no margin: the points of days 49 (it ends at 500 px) to 53 (it starts at 530), and
    // the day-0 mark, whose dashed line runs on to its disclosure (605 px).
    expect(marksInView(marks, pos, [500, 530], 0)).toEqual([46, 47, 48, 49, 50, 101]);
    // 105 to 110 px: the points of days 10 and 11, the span from day 3 (its bar runs to 130 px), the day-0 mark.
    expect(marksInView(marks, pos, [105, 110], 0)).toEqual([88, 89, 100, 101]);
    // 640 to 700 px: points only; the day-0 mark's line ends at 605 px.
    expect(marksInView(marks, pos, [640, 700], 0)).toEqual([29, 30, 31, 32, 33, 34, 35, 36]);
    // Day 60.4: the point of day 60, and the day-0 mark whose disclosure falls that day.
    expect(marksInView(marks, pos, [604, 604], 0)).toEqual([39, 101]);
  });

  it('finds them among a thousand points by two binary searches, still in list order', () => {
    // Points on days 999 down to 0: 500 to 530 px holds days 49 to 53.
    const points = Array.from({ length: 1000 }, (_, k) => point(999 - k));
    expect(marksInView(points, pos, [500, 530], 0)).toEqual([946, 947, 948, 949, 950]);
    expect(marksInView(points, pos, [9991, 12000], 0)).toEqual([0]);
  });

  it('widens the view by the margin, as markInView does', () => {
    // 476 to 554 px: the points of days 47 (it ends at 480 px) to 55 (it starts at 550), and the day-0 mark.
    expect(marksInView(marks, pos, [500, 530], 24)).toEqual([44, 45, 46, 47, 48, 49, 50, 51, 52, 101]);
  });

  it('finds nothing in a view beyond every mark, and everything in one wider than all', () => {
    expect(marksInView(marks, pos, [2000, 3000], 0)).toEqual([]);
    expect(marksInView(marks, pos, [-50, 2000], 0)).toEqual(Array.from({ length: 102 }, (_, i) => i));
    expect(marksInView([], pos, [0, 100], 0)).toEqual([]);
  });

  it('checks every mark when time runs backwards, with the same answer', () => {
    const back = (ms: number) => 1000 - pos(ms);
    expect(marksInView(marks, back, [470, 500], 0)).toEqual(brute(marks, back, [470, 500], 0));
    expect(marksInView(marks, back, [470, 500], 0)).toEqual([47, 48, 49]);
  });

  it('agrees with checking every mark, over a thousand scattered marks and many views', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = Array.from({ length: 1000 }, () => {
      const day = Math.floor(rnd() * 3650);
      return rnd() < 0.7 ? point(day) : span(day, 1 + Math.floor(rnd() * 40), rnd() < 0.2 ? day + Math.floor(rnd() * 90) : null);
    });
    for (let from = -100; from < 37_000; from += 997) {
      for (const width of [5, 300, 5000]) expect(marksInView(many, pos, [from, from + width], 24)).toEqual(brute(many, pos, [from, from + width], 24));
    }
  });
});

describe('chartLabels above LABELS_MAX marks in view', () => {
  const labelled = (day: number, track: number) => ({ ...point(day), track, size: 40 });
  const opts = { wide: true, r: 7, edges: [0, 100_000] as const, gap: 4, step: 7, steps: 0 };

  it('lays out labels up to LABELS_MAX marks in view, and none beyond', () => {
    // One mark a day, each on its own row: every label has room beside its mark.
    const marks = Array.from({ length: LABELS_MAX + 1 }, (_, k) => labelled(k, k));
    const order = marks.map((_, i) => i);
    const upTo = chartLabels(marks, order, pos, opts, (i) => i < LABELS_MAX);
    expect(upTo.filter((l) => l !== null)).toHaveLength(LABELS_MAX);
    expect(upTo[0]).toEqual({ start: 16, track: 0 });
    expect(upTo[LABELS_MAX]).toBeNull();
    expect(chartLabels(marks, order, pos, opts).every((l) => l === null)).toBe(true);
  });
});
