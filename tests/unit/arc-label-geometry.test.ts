/**
 * The story arc's label clearance, edge by edge: what counts as a stem
 * through a label, two labels touching, a label cut off, with the boundary
 * on both sides; and which arrangement the search keeps
 * (arc-label-clearance.test.ts runs the crowded months of 2018).
 */
import { describe, expect, test } from 'vitest';
import { clearStems, crossings, type Anchor, type ClearanceSize, type HangingLabel } from '../../src/lib/arc-label-clearance.ts';

/** Labels of two letters are 16 units long; a label's box reaches 10 above its baseline and 2 below. */
const size: ClearanceSize = { width: 200, charWidth: 8, stemTop: 0, ascent: 10, descent: 2, gap: 2, pad: 10 };
const label = (markX: number, x: number, y: number, anchor: Anchor, text = 'ab'): HangingLabel => ({ markX, x, y, anchor, text });

describe('a label inside the chart', () => {
  test('a label alone, clear of the edges, crosses nothing', () => {
    expect(crossings([label(100, 100, 40, 'middle')], size)).toBe(0);
    expect(crossings([], size)).toBe(0);
  });

  test('the left edge: a label may start at the margin, less a hundredth', () => {
    expect(crossings([label(50, 10, 40, 'start')], size)).toBe(0);
    expect(crossings([label(50, 10 - 0.01, 40, 'start')], size)).toBe(0);
    expect(crossings([label(50, 9.98, 40, 'start')], size)).toBe(1);
    // Centred and ending labels are measured from their own anchors.
    expect(crossings([label(50, 18, 40, 'middle')], size)).toBe(0);
    expect(crossings([label(50, 17.9, 40, 'middle')], size)).toBe(1);
    expect(crossings([label(50, 26, 40, 'end')], size)).toBe(0);
    expect(crossings([label(50, 25.9, 40, 'end')], size)).toBe(1);
  });

  test('the right edge: a label may end at the margin, plus a hundredth', () => {
    expect(crossings([label(150, 190, 40, 'end')], size)).toBe(0);
    expect(crossings([label(150, 200 - 10 + 0.01, 40, 'end')], size)).toBe(0);
    expect(crossings([label(150, 190.03, 40, 'end')], size)).toBe(1);
    expect(crossings([label(150, 182, 40, 'middle')], size)).toBe(0);
    expect(crossings([label(150, 182.1, 40, 'middle')], size)).toBe(1);
    expect(crossings([label(150, 174, 40, 'start')], size)).toBe(0);
    expect(crossings([label(150, 174.1, 40, 'start')], size)).toBe(1);
  });
});

describe('a stem through a label', () => {
  // A: box 50–66 across, 30–42 down. B hangs far to the right (150–166); only its stem, at markX, comes near A.
  const a = label(50, 50, 40, 'start');
  const stemAt = (markX: number, y = 60) => crossings([a, label(markX, 150, y, 'start')], size);

  test('across: a stem within the label’s box widened by the gap crosses it', () => {
    expect(stemAt(48)).toBe(0);
    expect(stemAt(48.5)).toBe(1);
    expect(stemAt(58)).toBe(1);
    expect(stemAt(67.5)).toBe(1);
    expect(stemAt(68)).toBe(0);
  });

  test('down: a stem that stops at the label’s top does not cross it; one that goes lower does', () => {
    expect(stemAt(58, 40)).toBe(0);
    expect(stemAt(58, 40.5)).toBe(1);
  });

  test('a stem that begins below the label does not cross it', () => {
    const low = { ...size, stemTop: 42 };
    expect(crossings([a, label(58, 150, 100, 'start')], low)).toBe(0);
    expect(crossings([a, label(58, 150, 100, 'start')], { ...low, stemTop: 41.5 })).toBe(1);
  });

  test('each stem through each label counts', () => {
    // B's and C's stems both pass through A.
    expect(crossings([a, label(55, 150, 60, 'start'), label(60, 120, 80, 'start')], size)).toBe(2);
  });
});

describe('two labels touching', () => {
  // Marks far to the right, so no stem comes near the boxes.
  const a = label(150, 50, 40, 'start');
  const withB = (x: number, y: number, anchor: Anchor) => crossings([a, label(170, x, y, anchor)], size);

  test('side by side: the gap between them must be kept', () => {
    expect(withB(68, 40, 'start')).toBe(0);
    expect(withB(67.5, 40, 'start')).toBe(1);
    expect(withB(48, 40, 'end')).toBe(0);
    expect(withB(48.5, 40, 'end')).toBe(1);
  });

  test('one above the other: boxes that only meet do not touch', () => {
    expect(withB(50, 52, 'start')).toBe(0);
    expect(withB(50, 51.5, 'start')).toBe(1);
    expect(withB(50, 28, 'start')).toBe(0);
    expect(withB(50, 28.5, 'start')).toBe(1);
  });

  test('every pair counts once', () => {
    expect(crossings([a, label(170, 52, 40, 'start'), label(180, 54, 40, 'start')], size)).toBe(3);
  });
});

describe('the arrangement kept', () => {
  test('one label moved beside its stem, the fewest changes that clear every stem', () => {
    // B's stem, at 55, runs down through A's centred label; A ending just left of its own stem clears it.
    const a = label(50, 50, 40, 'middle');
    const b = label(55, 55, 60, 'middle');
    expect(crossings([a, b], size)).toBe(1);
    expect(clearStems([a, b], size)).toEqual([{ ...a, x: 47, anchor: 'end' }, b]);
  });

  test('or started just right of it, when that is what clears', () => {
    const a = label(50, 50, 40, 'middle');
    const b = label(45, 45, 60, 'middle');
    expect(clearStems([a, b], size)).toEqual([{ ...a, x: 53, anchor: 'start' }, b]);
  });

  test('or moved to another of the layout’s rows, when no place beside its stem fits', () => {
    // Eleven letters (88 units) centred on marks 80 apart touch; beside their stems they would run off the chart.
    const a = label(60, 60, 40, 'middle', 'Pyongyang-1');
    const b = label(140, 140, 40, 'middle', 'Pyongyang-2');
    // A short label on a row above, far to the left, gives the layout a second row.
    const c = label(20, 20, 20, 'middle');
    expect(crossings([a, b, c], size)).toBe(1);
    expect(clearStems([a, b, c], size)).toEqual([a, { ...b, y: 20 }, c]);
  });

  test('of two ways to clear a stem, the one that changes fewer labels', () => {
    // B's stem runs through A. A ending left of its stem clears it; so would A starting right of it with B moved up beside its own.
    const a = label(64, 64, 40, 'middle');
    const b = label(68, 68, 60, 'middle');
    expect(crossings([{ ...a, x: 67, anchor: 'start' }, { ...b, x: 65, y: 40, anchor: 'end' }], size)).toBe(0);
    expect(clearStems([a, b], size)).toEqual([{ ...a, x: 61, anchor: 'end' }, b]);
  });

  test('of two rows that would do as well, the upper, whatever order the labels come in', () => {
    const wide = { ...size, width: 300 };
    const a = label(60, 60, 40, 'middle', 'Pyongyang-1');
    const b = label(140, 140, 40, 'middle', 'Pyongyang-2');
    const below = label(230, 230, 60, 'middle');
    const above = label(280, 280, 20, 'middle');
    expect(crossings([a, { ...b, y: 60 }, below, above], wide)).toBe(0);
    expect(clearStems([a, b, below, above], wide)).toEqual([a, { ...b, y: 20 }, below, above]);
    expect(clearStems([above, below, a, b], wide)).toEqual([above, below, a, { ...b, y: 20 }]);
  });

  test('a centred label placed off its stem may be centred on it again', () => {
    // Cut off at the right edge; centred on its own stem it fits.
    expect(clearStems([label(100, 185, 40, 'middle')], size)).toEqual([label(100, 100, 40, 'middle')]);
  });

  test('a label starting at its stem may be centred on it', () => {
    const long = 'abcdefghijkl';
    expect(clearStems([label(100, 100, 40, 'start', long)], size)).toEqual([label(100, 100, 40, 'middle', long)]);
  });
});

describe('the search, cluster by cluster', () => {
  // The arc's own sizes, with letters 8 units wide: "Beijing" is 56 long, so marks 60 or more apart never meet.
  const arc: ClearanceSize = { width: 720, charWidth: 8, stemTop: 60, ascent: 11, descent: 3, gap: 2, pad: 10 };
  const row = (n: number) => 82 + n * 14;
  const at = (markX: number, n: number, text: string): HangingLabel => ({ markX, x: markX, y: row(n), anchor: 'middle', text });
  const shift = (labels: HangingLabel[], by: number) => labels.map((l) => ({ ...l, markX: l.markX + by, x: l.x + by }));
  const three = [at(60, 0, 'Beijing'), at(75, 1, 'Dalian'), at(88, 2, 'Beijing')];

  test('five crowded labels are searched together', () => {
    const five = [...three, at(100, 0, 'Sochi'), at(112, 1, 'Hanoi')];
    expect(crossings(five, arc)).toBe(7);
    expect(crossings(clearStems(five, arc), arc)).toBe(1);
  });

  test('six are past the search: the layout’s own placing is kept', () => {
    const six = [...three, at(100, 0, 'Sochi'), at(112, 1, 'Hanoi'), at(124, 2, 'Seoul')];
    expect(clearStems(six, arc)).toEqual(six);
  });

  test('marks as far apart as the longest label and both gaps are two clusters, each searched', () => {
    const apart = [...three, ...shift(three, 88)];
    expect(crossings(apart, arc)).toBe(6);
    expect(crossings(clearStems(apart, arc), arc)).toBe(1);
    // In any order.
    const shuffled = [apart[4]!, apart[0]!, apart[5]!, apart[2]!, apart[3]!, apart[1]!];
    expect(crossings(clearStems(shuffled, arc), arc)).toBe(1);
  });

  test('half a unit closer, they are one cluster of six, kept as laid out', () => {
    const near = [...three, ...shift(three, 87.5)];
    expect(clearStems(near, arc)).toEqual(near);
  });
});
