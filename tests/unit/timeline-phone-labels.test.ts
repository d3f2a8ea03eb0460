import { describe, expect, it } from 'vitest';
import { labelsInView, siteTimeline } from './fixtures/site-timeline.ts';
import { position, zoomFor } from '../../src/timeline/model/zoom-math.ts';
import { LEAD_SCALE } from '../../src/timeline/model/emphasis.ts';

/**
 * The phone chart of the site's own record (content/, laid out as /timeline/
 * lays it out): at the default view as the build draws it, and in the views
 * the buttons show as the script lays them out. A reader takes a label for
 * the mark of its lane its text is most level with (or, level with none, the
 * nearest); these tests measure that from the drawn places, independently of
 * how the layout chose them.
 */
const drawing = await siteTimeline();
const { model, narrow } = drawing.chart;
const layout = model.layouts.narrow;
const VIEWS = { default: model.time.views.story, whole: model.time.views.all, next: model.time.views.next };
/** A label's text runs from its line's top to its baseline, 3 px above the line's foot (labelGeometry). */
const TEXT = layout.labelLine - 3;
const ids = model.marks.map((m) => m.id);
const index = (id: string) => {
  const i = ids.indexOf(id);
  expect(i, `${id} is in the record`).toBeGreaterThanOrEqual(0);
  return i;
};

/** One view's labels, and for each drawn one which mark a reader takes it for. */
function frame(domain: readonly [number, number]) {
  const pos = (ms: number) => position(layout.base, zoomFor(layout.base, layout.along, domain), ms);
  const placed = labelsInView(drawing, 'narrow', domain);
  const reach = (i: number) => (model.marks[i]!.lead ? LEAD_SCALE : 1) * layout.r;
  const shown = (i: number) => {
    const a = pos(model.marks[i]!.anchor);
    return a + reach(i) >= layout.along[0] && a - reach(i) <= layout.along[1];
  };
  /** How far the text from lo lies from mark i's glyph: the gap, or less than zero by their overlap. */
  const separation = (lo: number, i: number) => {
    const a = pos(model.marks[i]!.anchor);
    return Math.max(lo, a - reach(i)) - Math.min(lo + TEXT, a + reach(i));
  };
  /** The marks of label i's lane, drawn, that are more level with its text (or nearer) than its own by more than a pixel. */
  const takenFor = (i: number): string[] => {
    const lo = placed[i]!.start;
    const own = separation(lo, i);
    return model.marks.flatMap((m, j) => (j !== i && m.lane === model.marks[i]!.lane && shown(j) && separation(lo, j) < own - 1.01 ? [m.id] : []));
  };
  /** Whether label i's text overlaps its own mark's glyph by more than a pixel. */
  const onOwn = (i: number) => separation(placed[i]!.start, i) < -1.01;
  const drawn = placed.flatMap((p, i) => (p ? [i] : []));
  /** Whether mark i's anchor lies inside the plot (a mark only reaching in from outside may have no room for a label). */
  const inPlot = (i: number) => pos(model.marks[i]!.anchor) >= layout.along[0] && pos(model.marks[i]!.anchor) <= layout.along[1];
  return { pos, placed, shown, inPlot, takenFor, onOwn, drawn };
}

const kept = model.marks.flatMap((m, i) => (m.keep ? [i] : []));

describe('the phone chart of the record', () => {
  it('at the default view is the one the build draws', () => {
    const { placed } = frame(VIEWS.default);
    expect(placed.map((p) => p !== null)).toEqual(narrow.marks.map((m) => m.label.shown));
  });

  it('at the default view labels every Kim–Xi meeting, the envoy not received and every summit in view, each level with its own mark', () => {
    const { placed, shown, onOwn } = frame(VIEWS.default);
    const inView = kept.filter(shown);
    expect(inView.map((i) => ids[i])).toEqual([
      'song-tao-envoy-pyongyang', 'kim-visit-china-1', 'inter-korean-summit-1', 'kim-visit-china-2', 'inter-korean-summit-2', 'singapore-summit',
      'kim-visit-china-3', 'inter-korean-summit-3', 'kim-visit-china-4', 'hanoi-summit', 'xi-visit-pyongyang',
    ]);
    expect(inView.filter((i) => placed[i] === null).map((i) => ids[i])).toEqual([]);
    // "Kim in Beijing (1st visit)" hangs from its mark's foot, below the "written here" line that covers the mark.
    expect(inView.filter((i) => !onOwn(i)).map((i) => ids[i])).toEqual(['kim-visit-china-1']);
  });

  it('at the default view leaves out only the contact with no place a reader would take for its own mark\'s: Kim\'s birthday letter', () => {
    const { placed, shown } = frame(VIEWS.default);
    // Every other China–DPRK contact in view is labelled.
    const contacts = model.marks.flatMap((m, i) => (m.lane === 'china-dprk' && m.priority < 3 && shown(i) ? [i] : []));
    expect(contacts.length).toBeGreaterThan(25);
    expect(contacts.filter((i) => placed[i] === null).map((i) => ids[i])).toEqual(['kim-birthday-letter-xi-2018']);
  });

  it('at the default view "Xi visit rumoured" reads as its own mark, not the art troupe\'s: the 4th visit\'s label sits half a line up to make room', () => {
    const { pos, placed, onOwn, takenFor } = frame(VIEWS.default);
    const [rumoured, troupe, fourth] = ['xi-visit-rumoured', 'xi-meets-dprk-art-troupe-2019', 'kim-visit-china-4'].map(index) as [number, number, number];
    for (const i of [rumoured, troupe, fourth]) {
      expect(placed[i], `${ids[i]} is labelled`).not.toBeNull();
      expect(onOwn(i), `${ids[i]}'s label is level with its mark`).toBe(true);
      expect(takenFor(i)).toEqual([]);
    }
    // The 4th visit's label is half a line above its centred place, its text still on its mark; the rumour's sits snug
    // below it.
    expect(placed[fourth]!.start).toBeCloseTo(pos(model.marks[fourth]!.anchor) - layout.labelLine, 6);
    expect(placed[rumoured]!.start - placed[fourth]!.start).toBeCloseTo(layout.labelLine + layout.labelGap, 6);
  });

  it('at the default view "Wang Yi in Pyongyang" reads as its own mark: the Dalian meeting\'s label sits half a line down to make room', () => {
    const { pos, placed, onOwn, takenFor } = frame(VIEWS.default);
    const [wang, dalian, summit] = ['wang-yi-visit-pyongyang-2018', 'kim-visit-china-2', 'inter-korean-summit-1'].map(index) as [number, number, number];
    for (const i of [wang, dalian]) {
      expect(placed[i], `${ids[i]} is labelled`).not.toBeNull();
      expect(onOwn(i), `${ids[i]}'s label is level with its mark`).toBe(true);
      expect(takenFor(i)).toEqual([]);
    }
    // The Dalian meeting's label starts at its mark, half a line below its centred place; Wang Yi's sits snug below the
    // first Panmunjom summit's and ends at least a gap above the Dalian meeting's.
    expect(placed[dalian]!.start).toBeCloseTo(pos(model.marks[dalian]!.anchor), 6);
    expect(placed[wang]!.start - placed[summit]!.start).toBeCloseTo(layout.labelLine + layout.labelGap, 6);
    expect(placed[dalian]!.start - placed[wang]!.start).toBeGreaterThanOrEqual(layout.labelLine + layout.labelGap - 0.01);
  });

  for (const [name, domain] of Object.entries(VIEWS)) {
    it(`${name} view: no drawn label reads as another mark's; a kept one with no such place is level with its own`, () => {
      const { drawn, takenFor, onOwn } = frame(domain);
      expect(drawn.length).toBeGreaterThan(25);
      const misread = drawn.filter((i) => takenFor(i).length > 0);
      expect(misread.filter((i) => !model.marks[i]!.keep).map((i) => `${ids[i]} reads as ${takenFor(i).join(', ')}'s`)).toEqual([]);
      expect(misread.filter((i) => !onOwn(i)).map((i) => ids[i])).toEqual([]);
    });
  }

  it('the whole record and what happened next label the kept marks that have a place on their own marks: the 5th visit and Xi\'s state visits among them', () => {
    const whole = frame(VIEWS.whole);
    expect(kept.filter((i) => whole.placed[i] !== null).map((i) => ids[i])).toEqual([
      'song-tao-envoy-pyongyang', 'inter-korean-summit-1', 'singapore-summit', 'kim-visit-china-3', 'inter-korean-summit-3',
      'hanoi-summit', 'xi-visit-pyongyang', 'kim-visit-china-5', 'xi-state-visit-pyongyang-2026',
    ]);
    const next = frame(VIEWS.next);
    expect(kept.filter((i) => next.inPlot(i)).filter((i) => next.placed[i] === null).map((i) => ids[i])).toEqual([]);
    expect(kept.filter((i) => next.placed[i] !== null).map((i) => ids[i])).toEqual(['kim-visit-china-5', 'xi-state-visit-pyongyang-2026']);
  });
});
