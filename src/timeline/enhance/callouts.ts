import { labelBox, noteObstacles, noteTextAt, NOTE_FRAME, NOTE_LINE, placeNotes, type NoteBox, type NoteShape, type NoteTarget } from '../model/callouts.ts';
import { CLS, sel } from '../model/contract.ts';
import { markExtent } from '../model/marks.ts';
import type { LayoutModel } from '../model/chart-model.ts';
import { px } from '../model/place.ts';
import type { LabelGeometry } from '../model/chart-labels.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Mark, Pos } from './chart-types.ts';

/**
 * The story notes and the links between marks, moved on every frame: the
 * notes placed again in the plot by the build's function (placeNotes), next
 * to the marks they cite and clear of this frame's marks and labels. The
 * notes' lines, shapes and cited marks, and the lanes' names and breaks they
 * keep clear of, come from the chart's model (chart-notes.ts).
 */
interface Note {
  g: SVGGElement;
  /** Indices of the cited marks. */
  cites: number[];
  shapes: NoteShape[];
  text: SVGTextElement | null;
  second: SVGTSpanElement | null;
  leader: SVGLineElement | null;
}

/** A drawn label this frame: its geometry relative to its mark, and its text's width. */
export interface DrawnLabel {
  mark: number;
  g: LabelGeometry;
  width: number;
}

/** Above this many marks in view the notes are not placed (a dense chart's overview): the notes under the chart give them. */
const NOTES_MAX_MARKS = 600;

export class Callouts {
  private readonly notes: Note[];
  private readonly links: { el: SVGLineElement; a: number; b: number; aAcross: number; bAcross: number }[];
  private readonly span: readonly [number, number];
  /** The lanes' names (wide): fixed boxes at the plot's start. */
  private readonly fixed: readonly NoteBox[];
  private readonly bands: readonly { from: number; to: number }[];
  private readonly r: number;

  /** Note groups and link lines are drawn in the model's order. */
  constructor(svg: SVGSVGElement, layout: LayoutModel, private readonly o: Orientation, private readonly along: readonly [number, number], private readonly marks: readonly Mark[]) {
    const { notes } = layout;
    this.r = layout.r;
    this.span = notes.span;
    this.fixed = notes.fixed;
    this.bands = layout.breaks;
    // Each note is drawn as <g><line leader/><text><tspan/>(<tspan/>)</text></g> (TimelineCallouts.astro): its parts by position, no selector per note.
    const groups = svg.querySelector(sel(CLS.callouts))?.children ?? [];
    this.notes = notes.items.flatMap((n, i) => {
      const g = groups[i] as SVGGElement | undefined;
      if (!g) return [];
      const text = g.lastElementChild as SVGTextElement | null;
      return [{ g, cites: n.cites, shapes: n.shapes, text, second: (text?.children[1] as SVGTSpanElement | undefined) ?? null, leader: g.firstElementChild as SVGLineElement | null }];
    });
    const lines = svg.querySelector(sel(CLS.link))?.parentElement?.children ?? [];
    this.links = notes.links.flatMap((l, i) => (lines[i] ? [{ el: lines[i] as SVGLineElement, ...l }] : []));
  }

  render(pos: Pos, labels: readonly DrawnLabel[]): void {
    const { o, r } = this;
    for (const l of this.links) {
      const [x1, y1] = o.xy(pos(l.a), l.aAcross);
      const [x2, y2] = o.xy(pos(l.b), l.bAcross);
      l.el.setAttribute('x1', px(x1)); l.el.setAttribute('y1', px(y1));
      l.el.setAttribute('x2', px(x2)); l.el.setAttribute('y2', px(y2));
    }
    if (this.notes.length === 0) return;
    const inView = (t: NoteTarget) => t.hi >= this.along[0] && t.lo <= this.along[1];
    const targets = this.marks.map((m): NoteTarget | null => {
      if (m.filtered) return null;
      const t = { ...markExtent(m.times, pos, r), across: m.across };
      return inView(t) ? t : null;
    });
    const shown = targets.filter((t): t is NoteTarget => t !== null);
    if (shown.length > NOTES_MAX_MARKS) {
      for (const n of this.notes) n.g.setAttribute('display', 'none');
      return;
    }
    const boxes = labels.map((l) => {
      const m = this.marks[l.mark]!;
      const anchor = pos(m.times.anchor);
      return labelBox(l.g, anchor, m.across, l.width, o.wide);
    });
    const bands = this.bands.map((b) => [pos(b.from), pos(b.to)] as const);
    const obstacles = noteObstacles({ r, marks: shown, labels: boxes, fixed: this.fixed, bands, across: this.span });
    // A note hidden as of a day (src/client/asof.ts) neither shows nor takes room.
    const requests = this.notes.map((n) => ({
      targets: n.g.classList.contains('asof-later') ? [] : n.cites.flatMap((i) => (targets[i] ? [targets[i]] : [])),
      shapes: n.shapes,
    }));
    const placed = placeNotes(requests, obstacles, { along: this.along, across: this.span, ...NOTE_FRAME[o.name], r });
    this.notes.forEach((n, i) => {
      const p = placed[i];
      if (!p) {
        n.g.setAttribute('display', 'none');
        return;
      }
      n.g.removeAttribute('display');
      // Drawn from the far end when the note lies before its mark (PlacedNote.end).
      const [x, y] = noteTextAt(p, o);
      if (p.end) n.text?.setAttribute('text-anchor', 'end');
      else n.text?.removeAttribute('text-anchor');
      n.text?.setAttribute('x', px(x));
      n.text?.setAttribute('y', px(y + 11));
      if (n.second) {
        // Two lines: the second under the first; one line: the second runs on after the first's closing space.
        if (p.shape === 1) {
          n.second.setAttribute('x', px(x));
          n.second.setAttribute('dy', String(NOTE_LINE));
        } else {
          n.second.removeAttribute('x');
          n.second.removeAttribute('dy');
        }
      }
      if (!n.leader) return;
      if (!p.leader) {
        n.leader.setAttribute('display', 'none');
        return;
      }
      n.leader.removeAttribute('display');
      const [x1, y1] = o.xy(p.leader[0], p.leader[1]);
      const [x2, y2] = o.xy(p.leader[2], p.leader[3]);
      n.leader.setAttribute('x1', px(x1)); n.leader.setAttribute('y1', px(y1));
      n.leader.setAttribute('x2', px(x2)); n.leader.setAttribute('y2', px(y2));
    });
  }
}
