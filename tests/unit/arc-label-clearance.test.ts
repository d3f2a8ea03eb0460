import { describe, expect, test } from 'vitest';
import { clearStems, crossings, type ClearanceSize, type HangingLabel } from '../../src/lib/arc-label-clearance.ts';

const size: ClearanceSize = { width: 720, charWidth: 7.2, stemTop: 60, ascent: 11, descent: 3, gap: 2, pad: 10 };
const row = (n: number) => 82 + n * 14;
/** Three meetings in three months, labels centred and staggered as the arc lays them out. */
const crowded: HangingLabel[] = [
  { markX: 60, x: 60, y: row(0), anchor: 'middle', text: 'Beijing' },
  { markX: 75, x: 75, y: row(1), anchor: 'middle', text: 'Dalian' },
  { markX: 88, x: 88, y: row(2), anchor: 'middle', text: 'Beijing' },
];

describe('labels hung from the story arc clear every stem', () => {
  test('centred, staggered labels are crossed by the stems of their neighbours', () => {
    expect(crossings(crowded, size)).toBeGreaterThan(0);
  });

  test('re-anchored, no stem crosses a label and no two labels touch', () => {
    const cleared = clearStems(crowded, size);
    expect(crossings(cleared, size)).toBe(0);
    // Each label still hangs from its own mark, on one of the layout's rows, so the chart keeps its height.
    expect(cleared.map((l) => [l.text, l.markX])).toEqual(crowded.map((l) => [l.text, l.markX]));
    for (const l of cleared) expect([row(0), row(1), row(2)]).toContain(l.y);
  });

  test('labels already clear are left where they are', () => {
    const apart: HangingLabel[] = [
      { markX: 100, x: 100, y: row(0), anchor: 'middle', text: 'Beijing' },
      { markX: 400, x: 400, y: row(0), anchor: 'middle', text: 'Pyongyang' },
    ];
    expect(clearStems(apart, size)).toEqual(apart);
  });

  test('a label is kept inside the chart', () => {
    const edge: HangingLabel[] = [
      { markX: 700, x: 710, y: row(0), anchor: 'end', text: 'Pyongyang' },
      { markX: 690, x: 690, y: row(1), anchor: 'middle', text: 'Beijing' },
    ];
    const cleared = clearStems(edge, size);
    expect(crossings(cleared, size)).toBe(0);
    for (const l of cleared) {
      const len = l.text.length * size.charWidth;
      const x1 = l.anchor === 'start' ? l.x + len : l.anchor === 'end' ? l.x : l.x + len / 2;
      expect(x1).toBeLessThanOrEqual(size.width - size.pad);
    }
  });
});
