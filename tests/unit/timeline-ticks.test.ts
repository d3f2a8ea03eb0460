import { describe, expect, it } from 'vitest';
import { brokenTicks, monthSteps, tickLabel, tickStep, timeTicks } from '../../src/timeline/model/ticks.ts';
import { warp } from '../../src/timeline/model/axis-break.ts';
import { NARROW } from '../../src/timeline/model/config.ts';
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

describe('tick labels stay inside the chart', () => {
  const tick = (pos: number, label: string) => ({ ms: 0, pos, label, major: true });

  it('wide: a label is centred on its tick, shifted just inside an edge it would cross', () => {
    // "2003" is estimated at 4 × 9.5 = 38 px: centred on the plot's first pixel (16) it would start at −3.
    expect(tickLabel(tick(16, '2003'), true, 1100)).toEqual({ along: 19, lines: ['2003'] });
    expect(tickLabel(tick(1084, '2027'), true, 1100)).toEqual({ along: 1081, lines: ['2027'] });
    // "Sep 2025" (76 px estimated) at 30 px ends 38 px in; mid-plot labels stay on their ticks.
    expect(tickLabel(tick(30, 'Sep 2025'), true, 1100)).toEqual({ along: 38, lines: ['Sep 2025'] });
    expect(tickLabel(tick(500, 'Jul'), true, 1100)).toEqual({ along: 500, lines: ['Jul'] });
  });

  it('narrow: a dated label is its month over its year, each line a year wide at most', () => {
    expect(tickLabel(tick(1200, 'Sep 2025'), false, 1792)).toEqual({ along: 1204, lines: ['Sep', '2025'] });
    expect(tickLabel(tick(64, '2018'), false, 1792)).toEqual({ along: 68, lines: ['2018'] });
    // The widest line, a year in 11-px bold (0.696 em a digit in DejaVu Sans Bold: 30.6 px), ends at the axis column.
    const domain = [utc(2019, 7), utc(2026, 7)] as const;
    const breaks = [{ from: utc(2025, 2), to: utc(2025, 9), size: 3 * 30.44 * 86_400_000 }];
    const base = linearFor([warp(breaks, domain[0]), warp(breaks, domain[1])], [64, 1764]);
    const ticks = brokenTicks([warp(breaks, domain[0]), warp(breaks, domain[1])], breaks, (c) => base.slope * c + base.intercept, 44);
    expect(ticks.map((t) => t.label)).toContain('Sep 2025');
    const widest = Math.max(...ticks.flatMap((t) => tickLabel(t, false, 1792).lines.map((l) => l.length)));
    expect(widest).toBe(4);
    expect(4 * 0.696 * 11).toBeLessThanOrEqual(NARROW.axisColumn);
  });
});
