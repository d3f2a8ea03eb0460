import { expect, test } from 'vitest';
import { thousands } from '../../src/lib/numbers.ts';

test('thousands are grouped by commas, as en-GB writes them', () => {
  for (const n of [0, 7, 999, 1000, 10051, 123456, 1234567, -2500]) expect(thousands(n)).toBe(n.toLocaleString('en-GB'));
  expect(thousands(10051)).toBe('10,051');
  expect(thousands(1234567)).toBe('1,234,567');
});
