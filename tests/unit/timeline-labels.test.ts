import { describe, expect, it } from 'vitest';
import { besideCandidates, dodgeCandidates, labelOrder, placeLabels } from '../../src/lib/timeline/label-layout.ts';
import { chartLabels } from '../../src/lib/timeline/chart-labels.ts';
import { deriveLabel, labelOf, labelPriority, labelWidth } from '../../src/lib/timeline/label-text.ts';
import { placeCallouts } from '../../src/lib/timeline/callouts.ts';
import { labelWithDirection } from '../../src/lib/timeline/direction.ts';
import { firstSentence } from '../../src/lib/timeline/summary.ts';
import type { MarkTimes } from '../../src/lib/timeline/marks.ts';

const edges = [0, 1000] as const;

describe('placeLabels: dodge over tracks', () => {
  it('places a label at its first candidate when the track is clear', () => {
    expect(placeLabels([{ track: 0, candidates: [10, 50], size: 30 }], [0], [], { edges, gap: 4 })).toEqual([10]);
  });

  it('a later label in the order takes its second candidate when the first overlaps', () => {
    const requests = [
      { track: 0, candidates: [100], size: 50 },
      { track: 0, candidates: [120, 20], size: 50 },
    ];
    // 20 + 50 = 70, and 70 + 4 ≤ 100: clear of the first label.
    expect(placeLabels(requests, [0, 1], [], { edges, gap: 4 })).toEqual([100, 20]);
  });

  it('the order decides who wins: the same requests, reversed', () => {
    const requests = [
      { track: 0, candidates: [100], size: 50 },
      { track: 0, candidates: [120], size: 50 },
    ];
    expect(placeLabels(requests, [1, 0], [], { edges, gap: 4 })).toEqual([null, 120]);
  });

  it('labels on other tracks never collide', () => {
    const requests = [
      { track: 0, candidates: [100], size: 50 },
      { track: 1, candidates: [100], size: 50 },
    ];
    expect(placeLabels(requests, [0, 1], [], { edges, gap: 4 })).toEqual([100, 100]);
  });

  it('keeps the gap to obstacles, merging overlapping ones', () => {
    const obstacles = [
      { track: 0, lo: 40, hi: 60 },
      { track: 0, lo: 55, hi: 80 },
    ];
    // 0..30 is clear (30 + 4 ≤ 40); 62 is inside the merged 40..80; 84 is clear (80 + 4 ≤ 84).
    expect(placeLabels([{ track: 0, candidates: [0], size: 30 }], [0], obstacles, { edges, gap: 4 })).toEqual([0]);
    expect(placeLabels([{ track: 0, candidates: [62, 83, 84], size: 30 }], [0], obstacles, { edges, gap: 4 })).toEqual([84]);
  });

  it('a label must lie wholly inside the plot', () => {
    expect(placeLabels([{ track: 0, candidates: [980, -5, 960], size: 40 }], [0], [], { edges, gap: 0 })).toEqual([960]);
  });

  it('left out of the order means not drawn', () => {
    expect(placeLabels([{ track: 0, candidates: [0], size: 10 }], [], [], { edges, gap: 0 })).toEqual([null]);
  });
});

describe('label order and candidates', () => {
  it('priority first, then time, then index', () => {
    expect(labelOrder([
      { priority: 2, time: 1 },
      { priority: 0, time: 5 },
      { priority: 0, time: 3 },
      { priority: 1, time: 0 },
      { priority: 0, time: 3 },
    ])).toEqual([2, 4, 1, 3, 0]);
  });

  it('beside: after the mark, else before it', () => {
    expect(besideCandidates(100, 11, 40)).toEqual([111, 49]);
  });

  it('dodge: centred, then nudged by whole steps either way', () => {
    expect(dodgeCandidates(100, 14, 7, 2)).toEqual([93, 86, 100, 79, 107]);
  });
});

describe('chartLabels: one frame of the chart', () => {
  const point = (day: number): MarkTimes => ({ shape: 'point', t0: day * 10, t1: day * 10 + 10, anchor: day * 10 + 5, disclosed: null });
  const pos = (ms: number) => ms;
  const opts = { wide: true, r: 7, edges: [0, 400] as const, gap: 4, step: 7, steps: 2 };

  it('wide: two marks on one row; the first-priority one is labelled after itself, the other before itself', () => {
    // Mark A at 105 (extent 98..112), mark B at 205 (198..212). A's label: 116..216 would cover B → 116 fails;
    // its second choice 98 - 4 - 100 = -6 is off the plot, so A loses when B goes first.
    const marks = [
      { times: point(10), track: 0, size: 100 },
      { times: point(20), track: 0, size: 60 },
    ];
    expect(chartLabels(marks, [1, 0], pos, opts)).toEqual([null, 216]);
    // A first: 116..216 runs into B's mark (198..212) → A takes nothing after it, nothing before it.
    expect(chartLabels(marks, [0, 1], pos, opts)).toEqual([null, 216]);
    // With a shorter label A fits between: 116 + 70 = 186, 186 + 4 ≤ 198.
    expect(chartLabels([{ ...marks[0]!, size: 70 }, marks[1]!], [0, 1], pos, opts)).toEqual([116, 216]);
  });

  it('marks outside the plot and excluded marks get no label and block nothing', () => {
    const marks = [
      { times: point(60), track: 0, size: 50 },
      { times: point(10), track: 0, size: 50 },
      { times: point(15), track: 0, size: 50 },
    ];
    expect(chartLabels(marks, [0, 1, 2], pos, opts, (i) => i !== 2)).toEqual([null, 116, null]);
  });

  it('narrow: labels share a column and dodge along time', () => {
    const marks = [
      { times: point(10), track: 0, size: 14 },
      { times: point(11), track: 0, size: 14 },
    ];
    // First centred at 105 → 98..112. Second centred at 115 → 108 overlaps (112 + 2 > 108);
    // nudged earlier 101: overlaps; later 115..129: 112 + 2 ≤ 115, clear.
    expect(chartLabels(marks, [0, 1], pos, { ...opts, wide: false, gap: 2 })).toEqual([98, 115]);
  });
});

describe('label text', () => {
  it('shortens long names and keeps short titles whole', () => {
    expect(deriveLabel('Kim Jong Un visits Beijing')).toBe('Kim visits Beijing');
    expect(deriveLabel('Singapore summit')).toBe('Singapore summit');
  });

  it('cuts at the last whole word that fits, with an ellipsis, within the limit', () => {
    const label = deriveLabel("Xi Jinping's special envoy Song Tao visits Pyongyang");
    expect(label).toBe("Xi's special envoy Song Tao…");
    expect(label.length).toBeLessThanOrEqual(28);
    expect(deriveLabel('Kim Jong Un receives Song Tao and a Chinese art troupe', 16)).toBe('Kim receives…');
  });

  it('an event’s own label wins over the derived one', () => {
    expect(labelOf({ title: 'Kim Jong Un visits Beijing', label: 'Kim in Beijing (1st visit)' })).toBe('Kim in Beijing (1st visit)');
    expect(labelOf({ title: 'Kim Jong Un visits Beijing' })).toBe('Kim visits Beijing');
  });

  it('priority: China–DPRK contacts, then summits, then the rest', () => {
    expect(labelPriority({ lane: 'china-dprk', kind: 'statement' })).toBe(0);
    expect(labelPriority({ lane: 'us-dprk', kind: 'summit' })).toBe(1);
    expect(labelPriority({ lane: 'multilateral', kind: 'sanctions' })).toBe(2);
  });

  it('width estimate: characters × font size × 0.63, rounded up, plus 2', () => {
    expect(labelWidth('Singapore summit', 12)).toBe(Math.ceil(16 * 12 * 0.63) + 2);
    expect(labelWidth('Singapore summit', 12)).toBe(123);
  });

  it('direction is drawn before the label', () => {
    expect(labelWithDirection('Kim in Beijing', 'dprk-to-china').full).toBe('→China Kim in Beijing');
    expect(labelWithDirection('Xi in Pyongyang', 'china-to-dprk', true).full).toBe('→KP Xi in Pyongyang');
    expect(labelWithDirection('Six-party talks', null).full).toBe('Six-party talks');
  });

  it('first sentence of a summary', () => {
    expect(firstSentence('Kim went by train. Xinhua confirmed it on 28 March.')).toBe('Kim went by train.');
    expect(firstSentence('One sentence only.')).toBe('One sentence only.');
  });
});

describe('placeCallouts', () => {
  it('takes the first row where bracket and title are clear, and clips to the plot', () => {
    const placed = placeCallouts(
      [
        { from: 100, to: 300, size: 150 },
        { from: 200, to: 400, size: 100 },
        { from: -500, to: 50, size: 120 },
        { from: 1200, to: 1300, size: 50 },
      ],
      [0, 1000],
      2,
      12,
    );
    expect(placed).toEqual([
      { row: 0, at: 100, from: 100, to: 300 },
      { row: 1, at: 200, from: 200, to: 400 },
      // Clipped to 0..50; its title (0..120) clears row 1's bracket (200 > 120 + 12).
      { row: 1, at: 0, from: 0, to: 50 },
      null,
    ]);
  });

  it('a title that would run off the end ends at the bracket’s end', () => {
    expect(placeCallouts([{ from: 950, to: 990, size: 100 }], [0, 1000], 1, 0)).toEqual([{ row: 0, at: 890, from: 950, to: 990 }]);
  });
});
