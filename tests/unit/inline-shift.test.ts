import { expect, test } from 'vitest';
import { inlineShift } from '../../src/lib/inline-shift.ts';

const column = { left: 20, right: 300 };

test('a control inside its column stays put', () => {
  expect(inlineShift({ left: 100, right: 140 }, column)).toBe(0);
  expect(inlineShift({ left: 260, right: 300 }, column)).toBe(0);
});

test('a control past the right edge moves left by its overhang, rounded up to a pixel', () => {
  expect(inlineShift({ left: 290, right: 331 }, column)).toBe(-31);
  expect(inlineShift({ left: 270.4, right: 300.2 }, column)).toBe(-1);
});

test('it never moves past the left edge, even when wider than the room', () => {
  expect(inlineShift({ left: 30, right: 340 }, column)).toBe(-10);
  expect(inlineShift({ left: 10, right: 320 }, column)).toBe(0);
});
