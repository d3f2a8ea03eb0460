import { describe, expect, it } from 'vitest';
import { assignRows, rowCount } from '../../src/timeline/model/rows.ts';

describe('assignRows (collision avoidance)', () => {
  it('keeps non-overlapping marks on one row', () => {
    expect(assignRows([{ lo: 0, hi: 10 }, { lo: 20, hi: 30 }, { lo: 40, hi: 50 }])).toEqual([0, 0, 0]);
  });

  it('moves overlapping marks to new rows and reuses the lowest free row', () => {
    const rows = assignRows([
      { lo: 0, hi: 100 }, // long span
      { lo: 10, hi: 20 },
      { lo: 15, hi: 25 },
      { lo: 30, hi: 40 }, // rows 1 and 2 are free again: takes 1
    ]);
    expect(rows).toEqual([0, 1, 2, 1]);
    expect(rowCount(rows)).toBe(3);
  });

  it('treats marks closer than the gap as colliding', () => {
    expect(assignRows([{ lo: 0, hi: 10 }, { lo: 12, hi: 20 }], 3)).toEqual([0, 1]);
    expect(assignRows([{ lo: 0, hi: 10 }, { lo: 13, hi: 20 }], 3)).toEqual([0, 0]);
  });

  it('answers in input order whatever the order of starts', () => {
    expect(assignRows([{ lo: 50, hi: 60 }, { lo: 0, hi: 55 }])).toEqual([1, 0]);
  });

  it('never puts two overlapping extents on the same row (10,000 random marks)', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const extents = Array.from({ length: 10_000 }, () => {
      const lo = random() * 100_000;
      return { lo, hi: lo + random() * 50 };
    });
    const rows = assignRows(extents, 2);
    const byRow = new Map<number, { lo: number; hi: number }[]>();
    extents.forEach((e, i) => byRow.set(rows[i]!, [...(byRow.get(rows[i]!) ?? []), e]));
    for (const list of byRow.values()) {
      list.sort((a, b) => a.lo - b.lo);
      for (let i = 1; i < list.length; i++) expect(list[i]!.lo).toBeGreaterThanOrEqual(list[i - 1]!.hi + 2);
    }
  });

  it('returns nothing for nothing', () => {
    expect(assignRows([])).toEqual([]);
    expect(rowCount([])).toBe(0);
  });
});
