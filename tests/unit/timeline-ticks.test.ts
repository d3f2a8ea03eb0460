import { describe, expect, it } from 'vitest';
import { monthSteps, tickStep, timeTicks } from '../../src/timeline/model/ticks.ts';
import { linearFor } from '../../src/timeline/model/zoom-math.ts';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

describe('axis ticks', () => {
  it('picks the finest calendar step that keeps labels apart', () => {
    // 1,068 px for 18 months: about 59 px a month.
    const perMs = 1068 / (utc(2019, 4) - utc(2017, 10));
    expect(tickStep(perMs, 50)).toBe(1);
    expect(tickStep(perMs, 64)).toBe(3);
    expect(tickStep(perMs, 200)).toBe(6);
    expect(tickStep(perMs / 40, 64)).toBe(60);
  });

  it('labels months, and years at January', () => {
    const domain = [utc(2017, 10), utc(2019, 4)] as const;
    const base = linearFor(domain, [16, 1084]);
    const ticks = timeTicks(domain, (ms) => base.slope * ms + base.intercept, 64);
    expect(ticks.map((t) => t.label)).toEqual(['Oct', '2018', 'Apr', 'Jul', 'Oct', '2019', 'Apr']);
    expect(ticks[0]!.pos).toBe(16);
    expect(ticks.at(-1)!.pos).toBe(1084);
    expect(ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2018', '2019']);
    // 2018-01-01 is 92 days after 2017-10-01, of 547 days in the domain.
    expect(ticks[1]!.pos).toBeCloseTo(16 + (1068 * 92) / 547, 9);
  });

  it('aligns steps with the calendar (quarters, even years)', () => {
    expect(monthSteps(utc(2018, 2, 15), utc(2018, 12), 3).map((ms) => new Date(ms).toISOString().slice(0, 7))).toEqual([
      '2018-04', '2018-07', '2018-10',
    ]);
    expect(monthSteps(utc(2003, 1), utc(2010, 1), 24).map((ms) => new Date(ms).getUTCFullYear())).toEqual([2004, 2006, 2008, 2010]);
    expect(monthSteps(utc(2018, 1), utc(2018, 1), 1)).toEqual([utc(2018, 1)]);
  });
});
