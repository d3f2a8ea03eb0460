import { expect, test } from 'vitest';
import { neighbours } from '../../src/lib/neighbours.ts';

test('two pieces: each has the other', () => {
  expect(neighbours(['a', 'b'], 0)).toEqual(['b']);
  expect(neighbours(['a', 'b'], 1)).toEqual(['a']);
});

test('many: the one before and the one after, in list order', () => {
  const list = ['a', 'b', 'c', 'd', 'e'];
  expect(neighbours(list, 2)).toEqual(['b', 'd']);
  expect(neighbours(list, 0)).toEqual(['b']);
  expect(neighbours(list, 4)).toEqual(['d']);
});

test('alone, or not in the list: none', () => {
  expect(neighbours(['a'], 0)).toEqual([]);
  expect(neighbours(['a', 'b'], -1)).toEqual([]);
  expect(neighbours(['a', 'b'], 2)).toEqual([]);
});
