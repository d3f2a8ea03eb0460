import { expect, test } from 'vitest';
import { hitSpans } from '../../src/timeline/model/story-arc.ts';

test('a lone mark gets its full hit span either side', () => {
  expect(hitSpans([100], 14)).toEqual([{ x0: 86, x1: 114 }]);
});

test('crowded marks share the room between them, halfway, never overlapping', () => {
  expect(hitSpans([100, 110, 200], 14)).toEqual([
    { x0: 86, x1: 105 },
    { x0: 105, x1: 124 },
    { x0: 186, x1: 214 },
  ]);
  // Order in is order out, whatever the positions' order.
  expect(hitSpans([110, 100], 14)).toEqual([{ x0: 105, x1: 124 }, { x0: 86, x1: 105 }]);
});
