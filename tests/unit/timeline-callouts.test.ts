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
  const one = { along: 40, across: 14 };

  it('takes the nearest free place, level with its mark first, clear of the mark, its label and the notes before it', () => {
    const placed = placeNotes([{ targets: [mark], shapes: [one] }, { targets: [mark], shapes: [one] }, { targets: [mark], shapes: [one] }], obstacles, frame);
    expect(placed).toEqual([
      // Before the mark, on its line, the gap (2 px) from its symbol: drawn from its end (93), no leader.
      { shape: 0, box: { a0: 53, a1: 93, c0: 43, c1: 57 }, leader: null, end: true },
      // That place taken (and the label after the mark): above it, 6 px from its symbol, facing it along time.
      { shape: 0, box: { a0: 67.5, a1: 107.5, c0: 25, c1: 39 }, leader: null, end: false },
      // Then below it, the same distance.
      { shape: 0, box: { a0: 67.5, a1: 107.5, c0: 61, c1: 75 }, leader: null, end: false },
    ]);
  });

  it('farther than `near` from its mark, a note gets a leader to 1 px short of the symbol, from where its text surely is', () => {
    const crowd = [{ a0: 60, a1: 140, c0: 30, c1: 70 }];
    // Above the crowd, 19 px from the symbol (45 - 26). The text surely covers 67.5..95.5 (the far 30% of a width
    // estimated from characters may be empty), which overlaps the mark's 95..105 at 95..95.5: a leader straight down its middle.
    expect(placeNotes([{ targets: [mark], shapes: [one] }], crowd, frame)).toEqual([{ shape: 0, box: { a0: 67.5, a1: 107.5, c0: 12, c1: 26 }, leader: [95.25, 26, 95.25, 44], end: false }]);
    // Text running across (the phone's chart): a note before its mark across is drawn from its far end.
    expect(placeNotes([{ targets: [mark], shapes: [one] }], crowd, { ...frame, textAlong: false })).toEqual([{ shape: 0, box: { a0: 80, a1: 120, c0: 12, c1: 26 }, leader: [100, 26, 100, 44], end: true }]);
  });

  it('a title too long for the room by its mark takes its second shape, two lines', () => {
    // Everything before the mark is taken; one line (140 px) does not fit after it, two lines (76 px) do.
    const wall = [{ a0: 0, a1: 93, c0: 0, c1: 100 }];
    expect(placeNotes([{ targets: [mark], shapes: [{ along: 140, across: 14 }, { along: 76, across: 28 }] }], wall, frame)).toEqual([{ shape: 1, box: { a0: 107, a1: 183, c0: 36, c1: 64 }, leader: null, end: false }]);
  });

  it('a note with no free place within reach of its marks is left out of the plot', () => {
    const full = [{ a0: 0, a1: 200, c0: 0, c1: 100 }];
    expect(placeNotes([{ targets: [mark], shapes: [one] }], full, frame)).toEqual([null]);
    // Wider than the plot: nowhere to go.
    expect(placeNotes([{ targets: [mark], shapes: [{ along: 300, across: 14 }] }], [], frame)).toEqual([null]);
    // No mark in view: nothing to point at.
    expect(placeNotes([{ targets: [], shapes: [one] }], [], frame)).toEqual([null]);
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
