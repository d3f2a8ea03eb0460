import { expect, test } from 'vitest';
import { clearOf, placeAfter } from '../../src/lib/inline-shift.ts';

const column = { left: 20, right: 300 };

const size = { width: 44, height: 20 };
const mark = (left: number, right: number) => ({ left, right, top: 100, bottom: 110 });

test('a control that fits goes just after its mark, centred on it', () => {
  expect(placeAfter(mark(200, 207), size, column, 9, 30)).toEqual({ left: 216, top: 95 });
  expect(placeAfter(mark(240, 247), size, column, 9, 30)).toEqual({ left: 256, top: 95 });
});

test('a control that would pass the column goes one line lower, inside the column, not over its mark', () => {
  expect(placeAfter(mark(260, 267), size, column, 9, 30)).toEqual({ left: 223, top: 125 });
  expect(placeAfter(mark(293, 300), size, column, 9, 30)).toEqual({ left: 256, top: 125 });
  // A mark near the left edge of a very narrow column: the control starts at the column's edge.
  expect(placeAfter(mark(25, 32), size, { left: 20, right: 60 }, 9, 30)).toEqual({ left: 20, top: 125 });
});

test('a control that would overlap one already placed moves down a line, then stays', () => {
  const placed = [{ left: 100, top: 95 }];
  expect(clearOf({ left: 120, top: 95 }, size, placed, 4, 30)).toEqual({ left: 120, top: 125 });
  expect(clearOf({ left: 200, top: 95 }, size, placed, 4, 30)).toEqual({ left: 200, top: 95 });
});
