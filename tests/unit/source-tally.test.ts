import { expect, test } from 'vitest';
import { sourceTally } from '../../src/lib/source-tally.ts';

const yes = { primary: true };
const no = {};

test('an event’s sources are counted, with how many are primary', () => {
  expect(sourceTally([yes, yes, yes, yes, yes])).toBe('5 sources, all primary');
  expect(sourceTally([yes, no])).toBe('2 sources, 1 primary');
  expect(sourceTally([no, no, { primary: false }])).toBe('3 sources, none primary');
  expect(sourceTally([yes])).toBe('1 source, primary');
  expect(sourceTally([no])).toBe('1 source, not primary');
  expect(sourceTally([])).toBe('No sources');
});
