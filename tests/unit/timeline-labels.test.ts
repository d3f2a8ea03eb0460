import { describe, expect, it } from 'vitest';
import { dodgeCandidates, labelOrder, placeLabels } from '../../src/timeline/model/label-layout.ts';
import { levelOk, separation } from '../../src/timeline/model/label-level.ts';
import { chartLabels, labelGeometry, needsLeader } from '../../src/timeline/model/chart-labels.ts';
import { KEPT, UNLABELLED, keptLabel } from '../../src/timeline/model/emphasis.ts';
import { labelTracks } from '../../src/timeline/model/label-tracks.ts';
import { orientation } from '../../src/timeline/model/orientation.ts';
import { writtenObstacles } from '../../src/timeline/model/written-labels.ts';
import { deriveLabel, labelOf, labelPriority, labelWidth, fitLabel } from '../../src/timeline/model/label-text.ts';
import { labelWithDirection } from '../../src/timeline/model/direction.ts';
import { firstSentence } from '../../src/timeline/model/summary.ts';
import type { MarkTimes } from '../../src/timeline/model/marks.ts';

const edges = [0, 1000] as const;
/** Just the starts along time, for cases on one track. */
const starts = (placed: readonly ({ start: number } | null)[]) => placed.map((p) => p?.start ?? null);

describe('placeLabels: dodge over tracks', () => {
  it('places a label at its first candidate when the track is clear', () => {
    expect(starts(placeLabels([{ track: 0, candidates: [10, 50], size: 30 }], [0], [], { edges, gap: 4 }))).toEqual([10]);
  });

  it('a later label in the order takes its second candidate when the first overlaps', () => {
    const requests = [
      { track: 0, candidates: [100], size: 50 },
      { track: 0, candidates: [120, 20], size: 50 },
    ];
    // 20 + 50 = 70, and 70 + 4 ≤ 100: clear of the first label.
    expect(starts(placeLabels(requests, [0, 1], [], { edges, gap: 4 }))).toEqual([100, 20]);
  });

  it('the order decides who wins: the same requests, reversed', () => {
    const requests = [
      { track: 0, candidates: [100], size: 50 },
      { track: 0, candidates: [120], size: 50 },
    ];
    expect(starts(placeLabels(requests, [1, 0], [], { edges, gap: 4 }))).toEqual([null, 120]);
  });

  it('labels on other tracks never collide', () => {
    const requests = [
      { track: 0, candidates: [100], size: 50 },
      { track: 1, candidates: [100], size: 50 },
    ];
    expect(starts(placeLabels(requests, [0, 1], [], { edges, gap: 4 }))).toEqual([100, 100]);
  });

  it('keeps the gap to obstacles, merging overlapping ones', () => {
    const obstacles = [
      { track: 0, lo: 40, hi: 60 },
      { track: 0, lo: 55, hi: 80 },
    ];
    // 0..30 is clear (30 + 4 ≤ 40); 62 is inside the merged 40..80; 84 is clear (80 + 4 ≤ 84).
    expect(starts(placeLabels([{ track: 0, candidates: [0], size: 30 }], [0], obstacles, { edges, gap: 4 }))).toEqual([0]);
    expect(starts(placeLabels([{ track: 0, candidates: [62, 83, 84], size: 30 }], [0], obstacles, { edges, gap: 4 }))).toEqual([84]);
  });

  it('a label must lie wholly inside the plot', () => {
    expect(starts(placeLabels([{ track: 0, candidates: [980, -5, 960], size: 40 }], [0], [], { edges, gap: 0 }))).toEqual([960]);
  });

  it('left out of the order means not drawn', () => {
    expect(starts(placeLabels([{ track: 0, candidates: [0], size: 10 }], [], [], { edges, gap: 0 }))).toEqual([null]);
  });
});

describe('placeLabels: other tracks', () => {
  it('a candidate may name its own track: the label dodges onto it when its own is taken', () => {
    const requests = [{ track: 0, candidates: [100, 100], tracks: [0, 1], size: 50 }];
    expect(placeLabels(requests, [0], [{ track: 0, lo: 90, hi: 200 }], { edges, gap: 4 })).toEqual([{ start: 100, track: 1 }]);
  });

  it('tracks to keep clear block a label without being claimed by it', () => {
    const requests = [
      { track: -1, candidates: [100, 160], clear: [2], size: 14 },
      { track: 2, candidates: [100], size: 14 },
    ];
    // The mark on track 2 at 95..109 blocks 100 for the first label; it takes 160 and leaves track 2 as it was.
    expect(placeLabels(requests, [0, 1], [{ track: 2, lo: 95, hi: 109 }], { edges, gap: 2 })).toEqual([{ start: 160, track: -1 }, null]);
    expect(placeLabels(requests, [0, 1], [], { edges, gap: 2 })).toEqual([{ start: 100, track: -1 }, { start: 100, track: 2 }]);
  });
});

describe('placeLabels: positions compared to a hundredth of a pixel', () => {
  it('a label that meets its neighbour but for a rounding error fits; one that overlaps it by 0.02 px does not', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: without slack the second label, from 0.3, would be dropped.
    const options = { edges: [0, 10] as const, gap: 0 };
    const first = { track: 0, candidates: [0.1], size: 0.2 };
    expect(starts(placeLabels([first, { track: 0, candidates: [0.3], size: 1 }], [0, 1], [], options))).toEqual([0.1, 0.3]);
    expect(starts(placeLabels([first, { track: 0, candidates: [0.28], size: 1 }], [0, 1], [], options))).toEqual([0.1, null]);
    // The same against an obstacle the label keeps a gap from: it ends at 0.1 + 0.2, and 0.4 on is 0.7000000000000001.
    expect(starts(placeLabels([{ track: 0, candidates: [0.7], size: 1 }], [0], [{ track: 0, lo: 0, hi: 0.1 + 0.2 }], { edges: [0, 10], gap: 0.4 }))).toEqual([0.7]);
  });
});

describe('levelOk: which mark a reader takes a label for', () => {
  // A label's text 11 px long (a 14-px line less its descent); marks reach 7 px either side of their anchors.
  const level = (own: number, anchors: number[], reaches = anchors.map(() => 7)) => ({ lane: { anchors, reaches }, own, reach: 7, text: 11 });

  it('separation: the gap between a text and a glyph, or less than zero by their overlap', () => {
    expect(separation(100, 111, 120, 7)).toBe(2);
    expect(separation(100, 111, 110, 7)).toBe(-8);
    expect(separation(100, 111, 105, 7)).toBe(-11);
    expect(separation(100, 111, 90, 7)).toBe(3);
  });

  it('a label level with its own mark may share the line with a mark no more level than its own', () => {
    // Text 100..111; own mark at 104 (97..111: overlap 11); another at 110 (103..117: overlap 8). Own wins.
    expect(levelOk(level(104, [104, 110]), 100)).toBe(true);
    // Own mark at 111 (104..118: overlap 7), the other at 103 (96..110: overlap 10): more level by 3 px, taken for it.
    expect(levelOk(level(111, [103, 111]), 100)).toBe(false);
    // Clearer by a pixel is not clearer: own at 111 (overlap 7), others at 112 (105..119: overlap 6), 100 (93..107:
    // overlap 7) or 101 (94..108: overlap 8); at 102 (95..109: overlap 9) it is.
    expect(levelOk(level(111, [100, 101, 111, 112]), 100)).toBe(true);
    expect(levelOk(level(111, [102, 111]), 100)).toBe(false);
  });

  it('a label nudged off its mark is never level with another mark of its lane, nor past it', () => {
    // Own mark at 80 (73..87), 13 px above the text at 100..111. A mark at 116 (109..123) is level with the text by
    // 2 px, and one at 118 (111..125) meets its baseline: the label would read as theirs.
    expect(levelOk(level(80, [80, 116]), 100)).toBe(false);
    expect(levelOk(level(80, [80, 118]), 100)).toBe(false);
    // Between the label and its own mark (95: 88..102), or past the text but nearer than its own (128: 121..135, 10 px
    // off against 13), it is nearer; 1 px nearer (126..140: 15 px off, or 125..139: 14) is not nearer.
    expect(levelOk(level(80, [80, 95]), 100)).toBe(false);
    expect(levelOk(level(80, [80, 128]), 100)).toBe(false);
    expect(levelOk(level(80, [80, 132, 133]), 100)).toBe(true);
  });

  it('a large glyph reaches farther: a lead mark 9.1 px either side is clearer where a regular one is not', () => {
    // Own at 111 (104..118: overlap 7); the other at 100: a regular glyph (93..107) overlaps the text by 7 too, a
    // lead one (90.9..109.1) by 9.1.
    expect(levelOk(level(111, [100, 111], [7, 7]), 100)).toBe(true);
    expect(levelOk(level(111, [100, 111], [9.1, 7]), 100)).toBe(false);
  });
});

describe('placeLabels: time order on a track', () => {
  const gap = 4;

  it('a label of a later mark never starts before an earlier mark\'s label, even where that place is free', () => {
    const requests = [
      { track: 0, candidates: [50], size: 10, at: 100 },
      { track: 0, candidates: [20, 80], size: 10, at: 120 },
    ];
    // 20..30 is clear of 50..60, but above the earlier mark's label: the later label takes 80.
    expect(starts(placeLabels(requests, [0, 1], [], { edges, gap }))).toEqual([50, 80]);
    // Without marks' places, order is not kept: the first clear candidate wins.
    expect(starts(placeLabels(requests.map(({ at: _, ...r }) => r), [0, 1], [], { edges, gap }))).toEqual([50, 20]);
  });

  it('a label of an earlier mark, placed after a later one\'s, goes before it', () => {
    const requests = [
      { track: 0, candidates: [100], size: 10, at: 200 },
      { track: 0, candidates: [150, 40], size: 10, at: 100 },
    ];
    expect(starts(placeLabels(requests, [0, 1], [], { edges, gap }))).toEqual([100, 40]);
  });

  it('marks at one place keep the order their labels were placed in; obstacles between labels do not count', () => {
    const tie = [
      { track: 0, candidates: [50], size: 10, at: 100 },
      { track: 0, candidates: [30, 70], size: 10, at: 100 },
    ];
    expect(starts(placeLabels(tie, [0, 1], [], { edges, gap }))).toEqual([50, 70]);
    const apart = [
      { track: 0, candidates: [40], size: 10, at: 100 },
      { track: 0, candidates: [80], size: 10, at: 120 },
    ];
    expect(starts(placeLabels(apart, [0, 1], [{ track: 0, lo: 60, hi: 70 }], { edges, gap }))).toEqual([40, 80]);
  });

  it('a label that fits nowhere in order is not drawn', () => {
    // The only clear place, 20, is above the earlier mark's label.
    expect(starts(placeLabels([{ track: 0, candidates: [50], size: 10, at: 100 }, { track: 0, candidates: [20, 55], size: 10, at: 120 }], [0, 1], [], { edges, gap }))).toEqual([50, null]);
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
    expect(starts(chartLabels(marks, [1, 0], pos, opts))).toEqual([null, 216]);
    // A first: 116..216 runs into B's mark (198..212) → A takes nothing after it, nothing before it.
    expect(starts(chartLabels(marks, [0, 1], pos, opts))).toEqual([null, 216]);
    // With a shorter label A fits between: 116 + 70 = 186, 186 + 4 ≤ 198.
    expect(starts(chartLabels([{ ...marks[0]!, size: 70 }, marks[1]!], [0, 1], pos, opts))).toEqual([116, 216]);
  });

  it('wide: an unlabelled minor mark still blocks its row, so no label is printed over it', () => {
    // A at 105 labels itself after (116..166) unless the minor mark M at 155 (148..162) is in the way;
    // then before itself (98 - 4 - 50 = 44).
    const a = { times: point(10), track: 0, size: 50 };
    const minor = { times: point(15), track: 0, size: 40, priority: UNLABELLED };
    expect(starts(chartLabels([a], [0], pos, opts))).toEqual([116]);
    expect(starts(chartLabels([a, minor], [0, 1], pos, opts))).toEqual([44, null]);
  });

  it('no label covers a break of the axis, on any track', () => {
    // Mark A at 105: its label after it (116..166) would cross the break at 150..180, so it goes before it (98 - 4 - 50 = 44).
    const marks = [{ times: point(10), track: 0, size: 50 }];
    expect(starts(chartLabels(marks, [0], pos, { ...opts, bands: [[150, 180]] }))).toEqual([44]);
    // With a break on both sides, nowhere is left: the label is dropped.
    expect(starts(chartLabels(marks, [0], pos, { ...opts, bands: [[150, 180], [40, 60]] }))).toEqual([null]);
  });

  it('marks outside the plot and excluded marks get no label and block nothing', () => {
    const marks = [
      { times: point(60), track: 0, size: 50 },
      { times: point(10), track: 0, size: 50 },
      { times: point(15), track: 0, size: 50 },
    ];
    expect(starts(chartLabels(marks, [0, 1, 2], pos, opts, (i) => i !== 2))).toEqual([null, 116, null]);
  });

  it('wide: beside its mark on its own row first, then beside it on a neighbouring row', () => {
    // B (205, 198..212) labels itself after: 216. A's label (100 long) fits neither after A (116..216 covers B)
    // nor before it (−6 is off the plot), so it goes after A on row 1: 116.
    const marks = [
      { times: point(10), track: 0, alternates: [1], size: 100 },
      { times: point(20), track: 0, alternates: [1], size: 60 },
    ];
    expect(chartLabels(marks, [1, 0], pos, opts)).toEqual([{ start: 116, track: 1 }, { start: 216, track: 0 }]);
    // A mark on row 1 where A's label would go sends it on to the next candidate, before A on row 1: off the plot, so none.
    expect(chartLabels([...marks, { times: point(15), track: 1, size: 10 }], [1, 0], pos, opts)[0]).toBeNull();
  });

  it('within a priority, every label by its mark comes before any dodge', () => {
    // A (first in time) fits neither beside itself on row 0 (C's mark) nor before (off the plot); its dodge,
    // after itself on row 1, is exactly where B's label sits beside B, so B keeps it and A goes unlabelled.
    const marks = [
      { times: point(10), track: 0, alternates: [1], size: 100, priority: 0 },
      { times: point(10), track: 1, alternates: [0], size: 100, priority: 0 },
      { times: point(20), track: 0, size: 10, priority: 1 },
    ];
    expect(chartLabels(marks, [0, 1, 2], pos, opts)).toEqual([null, { start: 116, track: 1 }, { start: 216, track: 0 }]);
    // Without B, A takes that dodge.
    expect(chartLabels([marks[0]!, marks[2]!], [0, 1], pos, opts)).toEqual([{ start: 116, track: 1 }, { start: 216, track: 0 }]);
  });

  it('narrow: a label keeps clear of the marks of the lanes it runs across, nudged by half lines', () => {
    // Both marks at 105 (98..112). The China–DPRK label runs across lane 1, whose mark blocks 98, 91, 105, 84
    // and 112 (each within 2 px of 98..112); it takes 77..91. The other lane's own label then sits level: 98.
    const marks = [
      { times: point(10), track: -1, block: 0, clear: [1], size: 14 },
      { times: point(10), track: -1, block: 1, clear: [], size: 14 },
    ];
    expect(starts(chartLabels(marks, [0, 1], pos, { ...opts, wide: false, gap: 2, steps: 3 }))).toEqual([77, 98]);
    expect(starts(chartLabels(marks, [0, 1], pos, { ...opts, wide: false, gap: 2, steps: 2 }))).toEqual([null, 98]);
  });

  it('narrow: an unlabelled mark in a row the label crosses blocks it too; one in a row it does not reach blocks nothing', () => {
    // A China–DPRK label at 105 (98..112) whose text crosses row 1000, where a minor mark sits at 105 (98..112):
    // 98, 91, 105, 84 and 112 all come within 2 px of it, so with two nudges either way the label is dropped;
    // with three it takes 77..91.
    const label = { times: point(10), track: -1, block: 0, clear: [1000], size: 14 };
    const minor = { times: point(10), track: -1, block: 1000, size: 14, priority: UNLABELLED };
    const narrow = { ...opts, wide: false, gap: 2 };
    expect(starts(chartLabels([label, minor], [0, 1], pos, narrow))).toEqual([null, null]);
    expect(starts(chartLabels([label, minor], [0, 1], pos, { ...narrow, steps: 3 }))).toEqual([77, null]);
    // The same minor mark on row 2000, which the label's text does not reach: the label sits level with its mark.
    expect(starts(chartLabels([label, { ...minor, block: 2000 }], [0, 1], pos, narrow))).toEqual([98, null]);
  });

  it('narrow: labels keep clear of extra obstacles (a "written here" label)', () => {
    const marks = [{ times: point(10), track: -1, block: 0, size: 14 }];
    expect(starts(chartLabels(marks, [0], pos, { ...opts, wide: false, gap: 2, obstacles: [{ track: -1, lo: 90, hi: 104 }] }))).toEqual([112]);
  });

  it('the "written here" labels on the orientation\'s track: in the narrow label column they move a label; on the wide row of their own they move none', () => {
    // Narrow: the written label's line is 90..104. The label centred on its mark (98..112) and the nudges
    // 91, 105 (104 + 2 > 105) and 84 (98 + 2 > 90) run into it; 112 is the first clear.
    const narrow = [{ times: point(10), track: -1, block: 0, size: 14 }];
    const column = writtenObstacles([{ at: 104, anchor: 'end' }], orientation(false).writtenTrack);
    expect(starts(chartLabels(narrow, [0], pos, { ...opts, wide: false, gap: 2, obstacles: column }))).toEqual([112]);
    // Wide: a written label at 116..130 on the mark's row would send its label before the mark (98 - 4 - 50 = 44);
    // on the written row it leaves the label after the mark, at 116.
    const wide = [{ times: point(10), track: 0, size: 50 }];
    const row = writtenObstacles([{ at: 130, anchor: 'middle' }], orientation(true).writtenTrack);
    expect(starts(chartLabels(wide, [0], pos, { ...opts, obstacles: row }))).toEqual([116]);
    expect(starts(chartLabels(wide, [0], pos, { ...opts, obstacles: row.map((o) => ({ ...o, track: 0 })) }))).toEqual([44]);
  });

  it('narrow: a label kept from its mark by a "written here" label goes below it, not above an earlier mark\'s label', () => {
    // A at 85 (label 78..92), B at 107, C at 131; a written label's line at 100..114 covers B's own place.
    // Taking every label's own place first would leave B only 58..72, above A's label. In time order, B takes
    // the first place below the written label (121: 114 + 2 ≤ 121) and C moves on to 138 (121 + 14 + 2 ≤ 138).
    // C's mark is in another lane (row track 1000): B's label, level with C's mark, is not taken for C's.
    const at = (ms: number): MarkTimes => ({ shape: 'point', t0: ms, t1: ms, anchor: ms, disclosed: null });
    const marks = [85, 107, 131].map((ms, i) => ({ times: at(ms), track: -1, block: i === 2 ? 1000 : 0, size: 14 }));
    const obstacles = [{ track: -1, lo: 100, hi: 114 }];
    expect(starts(chartLabels(marks, [0, 1, 2], pos, { ...opts, wide: false, gap: 2, steps: 6, obstacles }))).toEqual([78, 121, 138]);
  });

  it('narrow: a label nudged level with another mark of its lane, or past it, is dropped rather than drawn there', () => {
    // The same three marks (r 7: A 78..92, B 100..114, C 124..138), all in one lane. B's first place below the written
    // label, 121..135, has its text (121..132) level with C's mark (overlap 8, against 7 px off its own), and so have
    // 128 and 135; 142 is past C's mark (4 px off it, 28 off its own). Above, A's label and the time order shut every
    // place. B is dropped, and C's label sits level with its own mark, at 124.
    const at = (ms: number): MarkTimes => ({ shape: 'point', t0: ms, t1: ms, anchor: ms, disclosed: null });
    const marks = [85, 107, 131].map((ms) => ({ times: at(ms), track: -1, block: 0, size: 14 }));
    const narrow = { ...opts, wide: false, gap: 2, steps: 6, obstacles: [{ track: -1, lo: 100, hi: 114 }] };
    expect(starts(chartLabels(marks, [0, 1, 2], pos, narrow))).toEqual([78, null, 124]);
    // A mark of the lane left unlabelled counts as much: C drawn without a label still keeps B's label off its line.
    const unlabelled = [marks[0]!, marks[1]!, { ...marks[2]!, priority: UNLABELLED }];
    expect(starts(chartLabels(unlabelled, [0, 1, 2], pos, narrow))).toEqual([78, null, null]);
    // Without C, B takes 121, 7 px below its mark and level with no other.
    expect(starts(chartLabels(marks.slice(0, 2), [0, 1], pos, narrow))).toEqual([78, 121]);
  });

  it('narrow: a lead mark is taken at its drawn size, so a label level with its edge moves', () => {
    // A at 100 (93..107); a written label at 80..94 keeps A's label off 93 and 86 (its nudges above are shut too):
    // it tries 100..114, its text 100..111 overlapping its own mark by 7 px. D, an unlabelled mark of A's lane at
    // 110: drawn regular (103..117) it overlaps the text by 8, no clearer by more than a pixel, and A stays; drawn as
    // a lead mark (1.3 × 7 = 9.1 px either side: 100.9..119.1) by 10.1, and A's label is dropped (its last place,
    // 107, is level with D's whole glyph).
    const at = (ms: number): MarkTimes => ({ shape: 'point', t0: ms, t1: ms, anchor: ms, disclosed: null });
    const a = { times: at(100), track: -1, block: 0, size: 14 };
    const d = { times: at(110), track: -1, block: 1, size: 14, priority: UNLABELLED };
    const narrow = { ...opts, wide: false, gap: 2, steps: 2, obstacles: [{ track: -1, lo: 80, hi: 94 }] };
    expect(starts(chartLabels([a, d], [0, 1], pos, narrow))).toEqual([100, null]);
    expect(starts(chartLabels([a, { ...d, lead: true }], [0, 1], pos, narrow))).toEqual([null, null]);
  });

  it('narrow: a label with no place gets room from its neighbour, moved half a line if it stays level with its own mark', () => {
    // A at 100 (label 93..107), B at 112 (105..119); a written label at 122..136 below. B's places 105, 98, 91 run into
    // A's label or come before it, 112 and 119 into the written label. A moves up to 86..100 (its text 86..97 still
    // overlaps its mark, 93..107, by 4 px), and B takes 105..119, level with its own mark (119 + 2 ≤ 122).
    const at = (ms: number): MarkTimes => ({ shape: 'point', t0: ms, t1: ms, anchor: ms, disclosed: null });
    const marks = [100, 112].map((ms) => ({ times: at(ms), track: -1, block: 0, size: 14 }));
    const narrow = { ...opts, wide: false, gap: 2, steps: 2, obstacles: [{ track: -1, lo: 122, hi: 136 }] };
    expect(starts(chartLabels(marks, [0, 1], pos, narrow))).toEqual([86, 105]);
    // A with no place half a line up (its nudges limited to none): both stay as they were, and B is not drawn.
    expect(starts(chartLabels(marks, [0, 1], pos, { ...narrow, steps: 0 }))).toEqual([93, null]);
    // Nor does A move off its own mark to make room. A at 92 (85..99), B at 104 (97..111), a written label's sliver at
    // 100..101 and another at 114..128: A's own place, 85..99, runs into the sliver, so A sits at 78..92 (text
    // 78..89, overlapping its mark by 4 px); B's places all run into A's label or the written ones. A's next place
    // up, 71, would leave its text (71..82) 3 px above its mark: A stays, and B is not drawn.
    const shifted = [92, 104].map((ms) => ({ times: at(ms), track: -1, block: 0, size: 14 }));
    const slivers = [{ track: -1, lo: 100, hi: 101 }, { track: -1, lo: 114, hi: 128 }];
    expect(starts(chartLabels(shifted, [0, 1], pos, { ...narrow, obstacles: slivers }))).toEqual([78, null]);
    // Without the sliver A sits on its mark at 85, moves up to 78 (still level with it), and B takes 97..111.
    expect(starts(chartLabels(shifted, [0, 1], pos, { ...narrow, obstacles: slivers.slice(1) }))).toEqual([78, 97]);
    // The label below moves down the same way. B placed first sits on its mark at 105..119; a written label at 72..86
    // above. A's places 86 and 79 run into the written label, 93, 100 and 107 into B's label. B moves down to 112..126
    // (its text 112..123 still overlaps its mark, 105..119, by 7 px), and A takes 93..107, on its own mark.
    const above = { ...narrow, obstacles: [{ track: -1, lo: 72, hi: 86 }] };
    expect(starts(chartLabels(marks, [1, 0], pos, above))).toEqual([93, 112]);
    expect(starts(chartLabels(marks, [1, 0], pos, { ...above, steps: 0 }))).toEqual([null, 105]);
  });

  it('narrow: the labels a reader must find claim their places first, the others filling in around them in time order', () => {
    // A, a China–DPRK contact at 110 (first priority), and S, a summit of another lane at 104 (second priority). Taken
    // by priority, A sits on its mark at 103..117 and S, earlier, must end above it: 83..97, 21 px above its mark.
    // With S's label kept, S takes its own place, 97..111, and A the first after it in time order, 117..131 (its text
    // 117..128 just meets its mark's foot, 117: level with no other mark of its lane).
    const at = (ms: number): MarkTimes => ({ shape: 'point', t0: ms, t1: ms, anchor: ms, disclosed: null });
    const a = { times: at(110), track: -1, block: 0, size: 14, priority: 0 };
    const summit = { times: at(104), track: -1, block: 1000, size: 14, priority: 1 };
    const narrow = { ...opts, wide: false, gap: 2, steps: 3 };
    expect(starts(chartLabels([a, summit], [0, 1], pos, narrow))).toEqual([103, 83]);
    // Kept, its priority is KEPT, and labelOrder puts it first.
    const kept = [a, { ...summit, priority: KEPT }];
    expect(labelOrder(kept.map((m) => ({ priority: m.priority, time: m.times.t0 })))).toEqual([1, 0]);
    expect(starts(chartLabels(kept, [1, 0], pos, narrow))).toEqual([117, 97]);
    // Which labels are kept: the lead marks' and the summits', never a minor mark's.
    expect([keptLabel('lead', 'visit'), keptLabel('lead', 'envoy'), keptLabel('regular', 'summit'), keptLabel('regular', 'visit'), keptLabel('minor', 'summit')]).toEqual([true, true, true, false, false]);
  });

  it('narrow: a kept label with no place of its own mark\'s alone takes one where its text is level with its mark, snug against a break', () => {
    // K, a kept label's mark at 100 (93..107), just after a break of the axis (80..101); M, a mark of its lane at 105
    // (98..112). K's own places 93, 86, 79 and 100 run into the break; at 107 its text is more level with M's mark than
    // with its own (overlap 5 against none). Not kept, it is dropped. Kept, it takes the first place where its text
    // still overlaps its own mark: snug after the break, 103 (text 103..114, overlap 4).
    const at = (ms: number): MarkTimes => ({ shape: 'point', t0: ms, t1: ms, anchor: ms, disclosed: null });
    const k = { times: at(100), track: -1, block: 0, size: 14 };
    const m = { times: at(105), track: -1, block: 1, size: 14, priority: UNLABELLED };
    const narrow = { ...opts, wide: false, gap: 2, steps: 2, bands: [[80, 101]] as const };
    expect(starts(chartLabels([k, m], [0, 1], pos, narrow))).toEqual([null, null]);
    expect(starts(chartLabels([{ ...k, priority: KEPT }, m], [0, 1], pos, narrow))).toEqual([103, null]);
    // M labelled too, with a third nudge: taken after K's label (which ends at 117), M's goes below its mark at 119
    // (its text 7 px off its own mark, 12 off K's).
    expect(starts(chartLabels([{ ...k, priority: KEPT }, { ...m, priority: 0 }], [0, 1], pos, { ...narrow, steps: 3 }))).toEqual([103, 119]);
  });

  it('narrow: labels share a column and dodge along time', () => {
    const marks = [
      { times: point(10), track: -1, block: 0, size: 14 },
      { times: point(11), track: -1, block: 0, size: 14 },
    ];
    // First centred at 105 → 98..112. Second centred at 115 → 108 overlaps (112 + 2 > 108);
    // nudged earlier 101: overlaps; later 115..129: 112 + 2 ≤ 115, clear.
    expect(starts(chartLabels(marks, [0, 1], pos, { ...opts, wide: false, gap: 2 }))).toEqual([98, 115]);
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
    expect(labelPriority({ lane: 'china-dprk', kind: 'visit', direction: 'dprk-to-china' })).toBe(0);
    // The lane's events that are no contact (a congress, an editorial) come with the rest.
    expect(labelPriority({ lane: 'china-dprk', kind: 'statement' })).toBe(2);
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

describe('labelGeometry: how a placed label is drawn', () => {
  const wide = { wide: true, r: 7, rowSize: 24, line: 14, near: 8 };
  const narrow = { wide: false, r: 6, rowSize: 20, line: 14, near: 8 };

  it('wide, after its mark on its row: drawn from its start, no leader', () => {
    expect(labelGeometry({ start: 116, track: 0 }, { track: 0, size: 100, anchor: 105, across: 0 }, wide)).toEqual({ x: 11, y: 4, anchor: 'start', leader: null });
  });

  it('wide, before its mark: drawn ending where its room ends, 4 px before the mark, whatever the text’s real length', () => {
    // Room 134..194 for a mark at 205 (r 7, gap 4): the text ends at 194, 11 px before the anchor.
    expect(labelGeometry({ start: 134, track: 0 }, { track: 0, size: 60, anchor: 205, across: 0 }, wide)).toEqual({ x: -11, y: 4, anchor: 'end', leader: null });
  });

  it('wide, dodged one row down: a leader from the mark’s edge to the label', () => {
    const g = labelGeometry({ start: 116, track: 1 }, { track: 0, size: 100, anchor: 105, across: 0 }, wide);
    expect([g.x, g.y, g.anchor]).toEqual([11, 28, 'start']);
    // From 8 px out along the line to (9, 24), the label's near corner; hypot(9, 24) = √657.
    const d = Math.sqrt(657);
    [(9 / d) * 8, (24 / d) * 8, 9, 24].forEach((v, i) => expect(g.leader![i]).toBeCloseTo(v, 9));
  });

  it('narrow: level with its mark and 12 px across, no leader; nudged 14 px later, a leader', () => {
    const mark = { track: -1, size: 14, anchor: 100, across: 120, labelAt: 132 };
    expect(labelGeometry({ start: 93, track: -1 }, mark, narrow)).toEqual({ x: 12, y: 4, anchor: 'start', leader: null });
    const g = labelGeometry({ start: 114, track: -1 }, mark, narrow);
    expect([g.x, g.y]).toEqual([12, 25]);
    const d = Math.sqrt(10 * 10 + 21 * 21);
    [(10 / d) * 7, (21 / d) * 7, 10, 21].forEach((v, i) => expect(g.leader![i]).toBeCloseTo(v, 9));
  });

  it('narrow: a mark three rows from its label column is joined by a leader even when level', () => {
    expect(labelGeometry({ start: 93, track: -1 }, { track: -1, size: 14, anchor: 100, across: 60, labelAt: 132 }, narrow).leader).not.toBeNull();
  });

  it('a leader is needed past `near` pixels beyond the mark’s edge, either way', () => {
    expect(needsLeader(15, 0, 7, 8)).toBe(false);
    expect(needsLeader(15.5, 0, 7, 8)).toBe(true);
    expect(needsLeader(0, -16, 7, 8)).toBe(true);
  });
});

describe('labelTracks', () => {
  const lanes = [
    { lane: 'china-dprk' as const, start: 68, size: 64, rows: 3 },
    { lane: 'us-dprk' as const, start: 135, size: 42, rows: 1 },
  ];
  // Narrow rows are mirrored: the China–DPRK lane's row 2 sits at 68 + 64 − 7.5 − 2 × 15 = 94.5, the US–DPRK row 0 at 169.5.
  const marks = [
    { row: 2, across: 94.5, event: { lane: 'china-dprk' as const } },
    { row: 0, across: 169.5, event: { lane: 'us-dprk' as const } },
  ];
  const options = (wide: boolean, widths: readonly number[]) => ({ wide, labelGap: 2, r: 6, width: (i: number) => widths[i]! });

  it('wide: a mark’s row, and the rows of its lane one and two away', () => {
    expect(labelTracks(marks, lanes, options(true, [30, 30]))).toEqual([
      { track: 2, block: 2, clear: [], alternates: [1, 0], labelAt: 0 },
      { track: 1000, block: 1000, clear: [], alternates: [], labelAt: 0 },
    ]);
  });

  it('narrow: one label column, starting right of the lane; each mark blocks its row; a label keeps clear of the rows its text reaches', () => {
    // The China–DPRK label starts at 68 + 64 + 2 = 134. 30 px long, it ends at 164, 166 with its gap: past 169.5 − 6,
    // so it crosses the US–DPRK row (track 1000).
    expect(labelTracks(marks, lanes, options(false, [30, 30]))).toEqual([
      { track: -1, block: 2, clear: [1000], alternates: [], labelAt: 134 },
      { track: -1, block: 1000, clear: [], alternates: [], labelAt: 179 },
    ]);
    // 25 px long it stops at 161 with its gap, short of 163.5: that row's marks cannot be under it.
    expect(labelTracks(marks, lanes, options(false, [25, 30]))[0]!.clear).toEqual([]);
  });
});

describe('fitLabel: a meeting is never cut', () => {
  it('drops a summit’s aside in brackets rather than cutting it', () => {
    expect(fitLabel('Pyongyang summit (Moon–Kim)', 20, { kind: 'summit', lead: false })).toBe('Pyongyang summit');
    expect(fitLabel('Kim in Beijing (4th visit)', 20, { kind: 'other', lead: true })).toBe('Kim in Beijing');
  });

  it('keeps a meeting’s name whole when it has no aside, and cuts other labels at a word', () => {
    expect(fitLabel('Trump accepts invitation to meet Kim', 20, { kind: 'summit', lead: false })).toBe('Trump accepts invitation to meet Kim');
    expect(fitLabel('Kim New Year address 2018', 20, { kind: 'speech', lead: false })).toBe('Kim New Year…');
    expect(fitLabel('Singapore summit', 20, { kind: 'summit', lead: false })).toBe('Singapore summit');
  });
});
