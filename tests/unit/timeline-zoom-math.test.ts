import { describe, expect, it } from 'vitest';
import { instantAt, linearFor, position, visibleDomain, zoomFor } from '../../src/timeline/model/zoom-math.ts';

const DAY = 86_400_000;

describe('zoom arithmetic', () => {
  const base = linearFor([0, 100 * DAY], [0, 1000]); // 10 px a day

  it('maps dates to base positions', () => {
    expect(position(base, { k: 1, t: 0 }, 10 * DAY)).toBe(100);
    expect(position(base, { k: 2, t: -500 }, 50 * DAY)).toBe(500);
    expect(instantAt(base, { k: 2, t: -500 }, 500)).toBe(50 * DAY);
  });

  it('finds the zoom that shows a range, and the range a zoom shows', () => {
    const z = zoomFor(base, [0, 1000], [25 * DAY, 75 * DAY]);
    expect(z).toEqual({ k: 2, t: -500 });
    expect(visibleDomain(base, z, [0, 1000])).toEqual([25 * DAY, 75 * DAY]);
  });

  it('works with an offset plot and a zoom out', () => {
    const offset = linearFor([0, 100 * DAY], [16, 1016]);
    const z = zoomFor(offset, [16, 1016], [-100 * DAY, 200 * DAY]);
    expect(z.k).toBeCloseTo(1 / 3, 12);
    const [a, b] = visibleDomain(offset, z, [16, 1016]);
    expect(a / DAY).toBeCloseTo(-100, 9);
    expect(b / DAY).toBeCloseTo(200, 9);
  });
});
