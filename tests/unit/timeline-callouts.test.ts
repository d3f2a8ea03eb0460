import { describe, expect, it } from 'vitest';
import { noteLines, noteShapes, placeNotes, type NoteFrame } from '../../src/timeline/model/callouts.ts';

/** A small plot: 200 px along, 100 across, a 10-px grid, notes within 40 px of their marks. */
const frame: NoteFrame = { along: [0, 200], across: [0, 100], step: [10, 10], reach: 40, gap: 2, r: 5, near: 6, linePenalty: 10, textAlong: true };
const mark = { lo: 95, hi: 105, across: 50 };
/** The mark's symbol and its label just after it. */
const obstacles = [
  { a0: 95, a1: 105, c0: 45, c1: 55 },
  { a0: 108, a1: 160, c0: 43, c1: 57 },
];

describe('placeNotes: story notes next to their marks', () => {
  it('takes the nearest free place, clear of the mark, its label and the notes before it, with a leader when not beside the mark', () => {
    const one = { along: 40, across: 14 };
    const placed = placeNotes([{ targets: [mark], shapes: [one] }, { targets: [mark], shapes: [one] }], obstacles, frame);
    expect(placed).toEqual([
      // Before the mark on its line: 10 px away, so a leader from the box's end to 6 px (r + 1) short of the mark's centre line.
      { shape: 0, box: { a0: 45, a1: 85, c0: 40, c1: 54 }, leader: [85, 50, 89, 50], end: true },
      // The same place is taken: under the mark, 10 px across, clear of the first note by the gap. Its text surely
      // covers 75..103 (the far 30% of an estimate may be empty), which overlaps the mark's 95..105: a leader straight across at 99.
      { shape: 0, box: { a0: 75, a1: 115, c0: 60, c1: 74 }, leader: [99, 60, 99, 56], end: false },
    ]);
  });

  it('prefers one line when two lines come no nearer', () => {
    const long = { along: 90, across: 14 };
    const twoLines = { along: 46, across: 28 };
    // The grid's first column lets one line end 5 px before the mark (no leader); two lines come no nearer.
    expect(placeNotes([{ targets: [mark], shapes: [long, twoLines] }], obstacles, frame)[0]).toEqual({ shape: 0, box: { a0: 0, a1: 90, c0: 40, c1: 54 }, leader: null, end: true });
  });

  it('a note with no free place within reach of its marks is left out of the plot', () => {
    const wall = [{ a0: 0, a1: 200, c0: 0, c1: 100 }];
    expect(placeNotes([{ targets: [mark], shapes: [{ along: 40, across: 14 }] }], wall, frame)).toEqual([null]);
    // Wider than the plot: nowhere to go.
    expect(placeNotes([{ targets: [mark], shapes: [{ along: 300, across: 14 }] }], [], frame)).toEqual([null]);
    // No mark in view: nothing to point at.
    expect(placeNotes([{ targets: [], shapes: [{ along: 40, across: 14 }] }], [], frame)).toEqual([null]);
  });

  it('a note right by its mark has no leader', () => {
    const near = { ...frame, step: [5, 5] as const };
    // At a 5-px grid the note can end 5 px before the mark (within `near`, 6 px).
    expect(placeNotes([{ targets: [mark], shapes: [{ along: 40, across: 14 }] }], obstacles, near)[0]).toEqual({ shape: 0, box: { a0: 50, a1: 90, c0: 40, c1: 54 }, leader: null, end: true });
  });
});

describe('noteLines and noteShapes', () => {
  it('breaks a title at the space nearest its middle', () => {
    expect(noteLines('Four visits in ten months')).toEqual([['Four visits in ten months'], ['Four visits', 'in ten months']]);
    expect(noteLines('Alone')).toEqual([['Alone']]);
  });

  it('sizes a note along and across per layout', () => {
    const width = (s: string) => s.length * 7;
    const lines = noteLines('Four visits in ten months');
    expect(noteShapes(lines, true, width)).toEqual([{ along: 175, across: 14 }, { along: 91, across: 28 }]);
    expect(noteShapes(lines, false, width)).toEqual([{ along: 14, across: 175 }, { along: 28, across: 91 }]);
  });
});
