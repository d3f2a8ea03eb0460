import { describe, expect, it } from 'vitest';
import { BREAK_SIZE, breakLabel, findBreaks, unbroken, unwarp, warp } from '../../src/timeline/model/axis-break.ts';
import { brokenTicks } from '../../src/timeline/model/ticks.ts';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const MONTH = 30.44 * 86_400_000;

/** Synthetic record: a cluster in 2003, one in 2017–2019, one in 2025. */
const moments = [utc(2003, 4, 23), utc(2003, 8, 27), utc(2017, 10, 1), utc(2018, 3, 25), utc(2018, 9, 18), utc(2019, 1, 8), utc(2019, 6, 21), utc(2025, 9, 2), utc(2025, 9, 5)];

describe('axis break scale', () => {
  const breaks = findBreaks(moments, 12 * MONTH, 2 * MONTH);

  it('breaks each gap longer than the threshold, on whole months', () => {
    expect(breaks.map((b) => [new Date(b.from).toISOString().slice(0, 10), new Date(b.to).toISOString().slice(0, 10)])).toEqual([
      ['2003-09-01', '2017-10-01'],
      ['2019-07-01', '2025-09-01'],
    ]);
    // Named by the whole years they leave out.
    expect(breaks.map(breakLabel)).toEqual(['2004–16', '2020–24']);
    expect(breakLabel({ from: utc(2020, 1), to: utc(2021, 3), size: 0 })).toBe('2020');
    expect(breakLabel({ from: utc(2020, 3), to: utc(2021, 5), size: 0 })).toBe('14 months');
  });

  it('leaves short gaps and kept ranges whole', () => {
    expect(findBreaks([utc(2018, 1), utc(2018, 11)], 12 * MONTH)).toEqual([]);
    // The kept range spans the long gap: no break inside it.
    expect(findBreaks([utc(2010, 6), utc(2020, 1)], 12 * MONTH, BREAK_SIZE, [[utc(2011, 1), utc(2019, 3)]])).toEqual([]);
  });

  it('draws each break as its size in chart time, and is exact outside breaks', () => {
    const [b0, b1] = breaks;
    // Before the first break, chart time is real time.
    expect(warp(breaks, utc(2003, 5))).toBe(utc(2003, 5));
    // A break's end lies `size` after its start in chart time.
    expect(warp(breaks, b0!.to) - warp(breaks, b0!.from)).toBe(2 * MONTH);
    // After it, time runs at real speed, shifted by what was left out.
    const cut0 = b0!.to - b0!.from - 2 * MONTH;
    expect(warp(breaks, utc(2018, 3, 25))).toBe(utc(2018, 3, 25) - cut0);
    const cut1 = b1!.to - b1!.from - 2 * MONTH;
    expect(warp(breaks, utc(2025, 9, 2))).toBe(utc(2025, 9, 2) - cut0 - cut1);
    // Halfway through a break is halfway through its drawn size.
    expect(warp(breaks, (b0!.from + b0!.to) / 2)).toBeCloseTo(warp(breaks, b0!.from) + MONTH, 3);
  });

  it('unwarp inverts warp everywhere, breaks included', () => {
    for (let t = utc(2003, 1); t < utc(2026, 12); t += 97 * 86_400_000) expect(unwarp(breaks, warp(breaks, t))).toBeCloseTo(t, 0);
  });

  it('is the identity with no breaks', () => {
    expect(warp([], 123)).toBe(123);
    expect(unwarp([], 123)).toBe(123);
  });

  it('splits a range into its unbroken stretches', () => {
    expect(unbroken(breaks, [utc(2003, 1), utc(2026, 1)])).toEqual([
      [utc(2003, 1), utc(2003, 9)],
      [utc(2017, 10), utc(2019, 7)],
      [utc(2025, 9), utc(2026, 1)],
    ]);
    expect(unbroken(breaks, [utc(2018, 1), utc(2019, 1)])).toEqual([[utc(2018, 1), utc(2019, 1)]]);
  });

  it('puts no tick inside a break, and ticks the months either side', () => {
    const domain: [number, number] = [warp(breaks, utc(2017, 10)), warp(breaks, utc(2026, 1))];
    const slope = 1000 / (domain[1] - domain[0]);
    const ticks = brokenTicks(domain, breaks, (c) => (c - domain[0]) * slope, 40);
    for (const t of ticks) for (const b of breaks) expect(t.ms <= b.from || t.ms >= b.to).toBe(true);
    // The domain opens where the record resumes after the first break.
    expect(ticks[0]!.label).toBe('Oct 2017');
    expect(ticks.find((t) => t.ms === utc(2025, 9))).toMatchObject({ label: 'Sep 2025', major: true });
    // Positions follow chart time and stay in order.
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.pos).toBeGreaterThan(ticks[i - 1]!.pos);
  });
});

import { afterPieces, takeaway } from '../../src/timeline/model/takeaway.ts';

describe('takeaway above the chart', () => {
  const m = (y: number, mo: number, d: number, days = 2) => ({ t0: utc(y, mo, d), t1: utc(y, mo, d + days) });
  const storyEnd = utc(2019, 7);
  it('counts the meetings in the story and the months they span, from the data', () => {
    const story = [m(2018, 3, 25, 4), m(2018, 5, 7), m(2018, 6, 19), m(2019, 1, 7, 4), m(2019, 6, 20)];
    expect(takeaway(story, storyEnd, 30).headline).toBe('Kim and Xi met five times in fifteen months');
    expect(takeaway(story, storyEnd, 30).standfirst).toContain('among thirty other');
    expect(takeaway([...story, m(2025, 9, 2)], storyEnd, 30).headline).toBe('Kim and Xi met five times in fifteen months, then once more in 2025');
  });
  it('says what the tint covers for the pieces the chart marks', () => {
    // A page of the record as of the first piece's day marks that piece alone.
    expect(afterPieces(1)).toBe('after the piece was written');
    expect(afterPieces(2)).toBe('after both pieces were written');
    expect(afterPieces(3)).toBe('after every piece was written');
  });
});

import { emphasisOf, emphasisPriority, UNLABELLED } from '../../src/timeline/model/emphasis.ts';

describe('emphasis by rule', () => {
  const base = { lane: 'china-dprk' as const, actors: ['kim-jong-un', 'xi-jinping'], leaderMeeting: false };
  it('draws the Kim–Xi meetings and the envoy Kim did not receive large; other contacts and turning points regular; the rest minor', () => {
    expect(emphasisOf({ ...base, kind: 'visit', direction: 'dprk-to-china', leaderMeeting: true })).toBe('lead');
    // Kim's condolence call at the Chinese embassy names both leaders but is no meeting.
    expect(emphasisOf({ ...base, kind: 'visit', direction: 'dprk-to-china' })).toBe('regular');
    expect(emphasisOf({ ...base, kind: 'envoy', direction: 'china-to-dprk', actors: ['song-tao', 'choe-ryong-hae', 'xi-jinping'] })).toBe('lead');
    expect(emphasisOf({ ...base, kind: 'envoy', direction: 'china-to-dprk', actors: ['li-zhanshu', 'kim-jong-un', 'xi-jinping'] })).toBe('regular');
    expect(emphasisOf({ ...base, kind: 'statement', actors: ['global-times'] })).toBe('minor');
    expect(emphasisOf({ ...base, lane: 'inter-korean', kind: 'summit', actors: [] })).toBe('regular');
    expect(emphasisOf({ ...base, lane: 'us-dprk', kind: 'statement', actors: [] })).toBe('minor');
    expect(emphasisOf({ ...base, lane: 'multilateral', kind: 'sanctions', actors: [] })).toBe('regular');
  });
  it('labels the China–DPRK contacts first, then other turning points, and never the minor marks', () => {
    expect(emphasisPriority('lead', 'china-dprk')).toBe(0);
    expect(emphasisPriority('regular', 'china-dprk')).toBe(0);
    expect(emphasisPriority('regular', 'us-dprk')).toBe(1);
    expect(emphasisPriority('minor', 'china-dprk')).toBe(UNLABELLED);
  });
});

describe('the default gap: seven months with nothing on the record', () => {
  it('breaks ten quiet months between two moments (October 2024 to September 2025), whole months kept on either side', () => {
    expect(findBreaks([utc(2024, 10, 16), utc(2025, 9, 1)])).toEqual([{ from: utc(2024, 11), to: utc(2025, 9), size: BREAK_SIZE }]);
    expect(breakLabel({ from: utc(2024, 11), to: utc(2025, 9), size: BREAK_SIZE })).toBe('10 months');
  });

  it('breaks the eight quiet months of 2025 (the New Year cards to Kim in Beijing) to the months between', () => {
    expect(findBreaks([utc(2025, 1, 1), utc(2025, 9, 1)])).toEqual([{ from: utc(2025, 2), to: utc(2025, 9), size: BREAK_SIZE }]);
    expect(breakLabel({ from: utc(2025, 2), to: utc(2025, 9), size: BREAK_SIZE })).toBe('7 months');
  });

  it('leaves six quiet months whole', () => {
    expect(findBreaks([utc(2021, 1, 11), utc(2021, 7, 11)])).toEqual([]);
  });
});
