import { describe, expect, it } from 'vitest';
import { LABEL_GAP, markBoxes, narrowPlaces, writtenLabels, writtenObstacles } from '../../src/timeline/model/written-labels.ts';

const edges = [0, 1000] as const;

describe('"written here" labels', () => {
  it('centres a label on its day when there is room', () => {
    expect(writtenLabels([{ from: 500, to: 502, room: 40 }], edges, true)).toEqual([{ at: 501, anchor: 'middle' }]);
  });

  it('draws no label for a piece outside the plot', () => {
    expect(writtenLabels([{ from: -50, to: -10, room: 40 }, { from: 1200, to: 1210, room: 40 }], edges, true)).toEqual([null, null]);
  });

  it('keeps the earlier of two labels that would touch, and both when they clear the gap', () => {
    const close = writtenLabels([{ from: 560, to: 562, room: 40 }, { from: 500, to: 502, room: 40 }], edges, true);
    expect(close).toEqual([null, { at: 501, anchor: 'middle' }]);
    // 501 + 40 + gap + 40 is the nearest the next centre may be.
    const apart = 501 + 80 + LABEL_GAP;
    const both = writtenLabels([{ from: 500, to: 502, room: 40 }, { from: apart - 1, to: apart + 1, room: 40 }], edges, true);
    expect(both.every((l) => l !== null)).toBe(true);
    const touching = writtenLabels([{ from: 500, to: 502, room: 40 }, { from: apart - 1.5, to: apart + 0.5, room: 40 }], edges, true);
    expect(touching[1]).toBeNull();
  });

  it('measures a label pulled in at an edge from where it is anchored', () => {
    // Near the right edge the label ends at the piece's last day: it spans [915, 995].
    const fits = writtenLabels([{ from: 990, to: 995, room: 40 }, { from: 859, to: 861, room: 40 }], edges, true);
    expect(fits).toEqual([{ at: 995, anchor: 'end' }, { at: 860, anchor: 'middle' }]); // [820, 900]: 15 px clear
    const clash = writtenLabels([{ from: 990, to: 995, room: 40 }, { from: 870, to: 872, room: 40 }], edges, true);
    expect(clash).toEqual([null, { at: 871, anchor: 'middle' }]); // [831, 911]: 4 px from [915, 995]
  });

  it('stacks narrow-layout labels down the side, one per label height', () => {
    const labels = writtenLabels([{ from: 100, to: 100, room: 0 }, { from: 110, to: 110, room: 0 }, { from: 130, to: 130, room: 0 }], edges, false);
    expect(labels).toEqual([{ at: 100, anchor: 'end' }, null, { at: 130, anchor: 'end' }]);
  });

  it('hides at most what collides: 1,000 pieces a pixel apart leave labels at least a label apart', () => {
    const spans = Array.from({ length: 1000 }, (_, i) => ({ from: i, to: i + 1, room: 30 }));
    const shown = writtenLabels(spans, edges, true).flatMap((l) => (l ? [l.at] : []));
    expect(shown.length).toBeGreaterThan(10);
    for (let i = 1; i < shown.length; i++) expect(shown[i]! - shown[i - 1]!).toBeGreaterThanOrEqual(60 + LABEL_GAP);
  });

  it('crowded (the whole record): every label takes its short form, and a short one slides to start after the one before', () => {
    // Ching's day at 300, the unsigned piece's window 327..332 (a year later at 27 px a year).
    // Whole, Ching (room 76) and "Unsigned piece: …" (room 152) cannot both fit.
    const spans = [
      { from: 300, to: 301, room: 76, shortRoom: 20 },
      { from: 327, to: 332, room: 152, shortRoom: 32 },
    ];
    // Short: Ching centred at 300.5 spans 280.5..320.5; "Unsigned" centred at 329.5 (297.5..361.5) would run
    // into it, so it starts 8 px after it, at 328.5: still by its window (328.5 ≤ 332 + 8).
    expect(writtenLabels(spans, edges, true)).toEqual([
      { at: 300.5, anchor: 'middle', short: true },
      { at: 328.5, anchor: 'start', short: true },
    ]);
  });

  it('crowded: a short label slides no farther than just past its own marker, else gives way', () => {
    // Ching's whole room here is 300 px: short, it still spans 200..400 and the window at 330..335 would start at
    // 408, past 335 + 8: it gives way.
    const spans = [
      { from: 300, to: 300, room: 300, shortRoom: 100 },
      { from: 330, to: 335, room: 152, shortRoom: 32 },
    ];
    expect(writtenLabels(spans, edges, true)).toEqual([{ at: 300, anchor: 'middle', short: true }, null]);
  });

  it('stays whole when both fit whole, and never slides a label with no short form', () => {
    expect(writtenLabels([{ from: 100, to: 100, room: 40, shortRoom: 10 }, { from: 400, to: 400, room: 40, shortRoom: 10 }], edges, true)).toEqual([
      { at: 100, anchor: 'middle' },
      { at: 400, anchor: 'middle' },
    ]);
    expect(writtenLabels([{ from: 500, to: 502, room: 40 }, { from: 520, to: 522, room: 40 }], edges, true)).toEqual([{ at: 501, anchor: 'middle' }, null]);
  });

  it('a slid label stays inside the plot', () => {
    // Near the end: "Unsigned" would have to start at 965.5 and end at 1029.5, past 1000.
    const spans = [
      { from: 937, to: 938, room: 76, shortRoom: 20 },
      { from: 960, to: 965, room: 152, shortRoom: 32 },
    ];
    expect(writtenLabels(spans, edges, true)[1]).toBeNull();
  });
});

describe('"written here" labels as obstacles for the marks\' labels', () => {
  it('narrow: each drawn label blocks the 14-px line ending at its place, on the given track; a label not drawn blocks nothing', () => {
    // Two markers 6 px apart: the second label would overlap the first, so only the first is drawn, centred at 103.
    const labels = writtenLabels([{ from: 100, to: 106, room: 0 }, { from: 106, to: 110, room: 0 }], edges, false);
    expect(labels).toEqual([{ at: 103, anchor: 'end' }, null]);
    expect(writtenObstacles(labels, -1)).toEqual([{ track: -1, lo: 89, hi: 103 }]);
  });
});

describe('narrow: "written here" labels keep off the marks they would cross', () => {
  // Labels end at 341 across and run back 2 × room: the whole one (room 152) from 37, the short one (room 32) from 277.
  const span = { from: 200, to: 300, room: 152, shortRoom: 32 };
  const mark = (lo: number, across: number) => ({ lo, hi: lo + 12, left: across - 6, right: across + 6 });

  it('a window offers its middle, then half lines later and earlier, while the label’s line stays inside it', () => {
    // Earlier stops at 215 (its line 201..215; 208 would start at 194, before the window); later runs on to 299.
    expect(narrowPlaces(200, 300)).toEqual([250, 257, 243, 264, 236, 271, 229, 278, 222, 285, 215, 292, 299]);
    // A day: its middle alone, the label just above its line.
    expect(narrowPlaces(100, 102)).toEqual([101]);
  });

  it('with nothing under it, the whole label sits at the window’s middle', () => {
    expect(writtenLabels([span], edges, false, { marks: [], end: 341 })).toEqual([{ at: 250, anchor: 'end' }]);
  });

  it('a mark under the whole label at the middle sends it half lines along the window', () => {
    // A mark at 230..242 across 100: the line 236..250 (with 2 px either side, 234..252) touches it; 257 (243..257) too
    // (241 < 242); 243 (229..243) too; 264 (250..264, 248..266 with the gap) is clear.
    expect(writtenLabels([span], edges, false, { marks: [mark(230, 100)], end: 341 })).toEqual([{ at: 264, anchor: 'end' }]);
  });

  it('where the whole label touches a mark everywhere in its window, the short form is drawn; a mark right of the lanes drops it', () => {
    // Marks down the whole window on a row at 100 across: only the short form, from 277 across, clears them.
    const wall = Array.from({ length: 9 }, (_, k) => mark(195 + k * 12, 100));
    expect(writtenLabels([span], edges, false, { marks: wall, end: 341 })).toEqual([{ at: 250, anchor: 'end', short: true }]);
    // A row at 300 across lies under the short form too: the label is left out.
    expect(writtenLabels([span], edges, false, { marks: [...wall, ...wall.map((m) => ({ ...m, left: 294, right: 306 }))], end: 341 })).toEqual([null]);
  });

  it('the marks as boxes: each mark in view, along its extent and across its centre ± r; filtered ones left out', () => {
    const point = (ms: number) => ({ shape: 'point' as const, t0: ms, t1: ms + 10, anchor: ms + 5, disclosed: null });
    const marks = [{ times: point(100), across: 96.5 }, { times: point(200), across: 186.5 }, { times: point(5000), across: 96.5 }];
    expect(markBoxes(marks, (ms) => ms, 6, [0, 1000])).toEqual([{ lo: 99, hi: 111, left: 90.5, right: 102.5 }, { lo: 199, hi: 211, left: 180.5, right: 192.5 }]);
    expect(markBoxes(marks, (ms) => ms, 6, [0, 1000], (i) => i !== 0)).toEqual([{ lo: 199, hi: 211, left: 180.5, right: 192.5 }]);
  });
});
