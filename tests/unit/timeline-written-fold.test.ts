import { describe, expect, test } from 'vitest';
import { writtenFoldPaths } from '../../src/timeline/dense/model/written-fold-paths.ts';
import { writtenSpan } from '../../src/timeline/model/written-labels.ts';

const DAY = 86_400_000;
/** One pixel per day from 0. */
const pos = (ms: number) => ms / DAY;

describe('writtenSpan', () => {
  test('a day shorter than 2 px is widened to 2 px', () => {
    expect(writtenSpan(10 * DAY, 11 * DAY, (ms) => ms / (4 * DAY))).toEqual({ from: 2.5, to: 4.5 });
  });
  test('a window keeps its length', () => {
    expect(writtenSpan(10 * DAY, 20 * DAY, pos)).toEqual({ from: 10, to: 20 });
  });
});

describe('writtenFoldPaths', () => {
  const markers = [
    { cls: 'day', across: 40, size: 300 },
    { cls: 'window', across: 40, size: 300 },
    { cls: 'day', across: 40, size: 300 },
  ];
  test('wide: one path per class, rects along x on whole pixels', () => {
    const spans = [writtenSpan(10 * DAY, 11 * DAY, pos), writtenSpan(20.4 * DAY, 30 * DAY, pos), writtenSpan(50 * DAY, 51 * DAY, pos)];
    expect(Object.fromEntries(writtenFoldPaths(markers, spans, [0, 100], true))).toEqual({
      day: 'M10,40h2v300h-2zM50,40h2v300h-2z',
      window: 'M20,40h10v300h-10z',
    });
  });
  test('narrow: the same rects along y', () => {
    const spans = [writtenSpan(10 * DAY, 11 * DAY, pos)];
    expect(Object.fromEntries(writtenFoldPaths(markers.slice(0, 1), spans, [0, 100], false))).toEqual({ day: 'M40,10h300v2h-300z' });
  });
  test('day markers that overlap or touch are drawn as one rect; windows, outlined each, stay apart', () => {
    const days = [10, 11, 12, 30, 31.2].map((d) => ({ marker: { cls: 'day', across: 40, size: 300 }, span: writtenSpan(d * DAY, (d + 1) * DAY, pos) }));
    const windows = [0, 5].map((d) => ({ marker: { cls: 'window', across: 40, size: 300 }, span: writtenSpan(d * DAY, (d + 8) * DAY, pos) }));
    const all = [...days, ...windows, { marker: { cls: 'day', across: 60, size: 100 }, span: writtenSpan(11 * DAY, 12 * DAY, pos) }];
    // Days 10–12 (2 px each from 10, 11, 12) run from 10 to 14; 30 and 31.2 (from 30 and 31) from 30 to 33;
    // the day drawn elsewhere across keeps its own rect.
    expect(Object.fromEntries(writtenFoldPaths(all.map((x) => x.marker), all.map((x) => x.span), [0, 100], true))).toEqual({
      day: 'M10,40h4v300h-4zM30,40h3v300h-3zM11,60h2v100h-2z',
      window: 'M0,40h8v300h-8zM5,40h8v300h-8z',
    });
  });
  test('markers wholly outside the plot are left out, one reaching in is kept', () => {
    const spans = [writtenSpan(-5 * DAY, -4 * DAY, pos), writtenSpan(-3 * DAY, 1 * DAY, pos), writtenSpan(101 * DAY, 102 * DAY, pos)];
    expect(Object.fromEntries(writtenFoldPaths(markers, spans, [0, 100], true))).toEqual({ window: 'M-3,40h4v300h-4z' });
  });
});
