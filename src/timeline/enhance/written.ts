import { CLS, sel } from '../model/contract.ts';
import type { LayoutModel } from '../model/chart-model.ts';
import { px } from '../model/place.ts';
import { writtenLabels, writtenSpan, type WrittenClear, type WrittenLabel } from '../model/written-labels.ts';
import type { Orientation } from '../model/orientation.ts';
import { toggle } from './mark-motion.ts';
import type { Pos } from './chart-types.ts';

/**
 * The pieces' "written here" markers and their labels, moved like marks:
 * markers outside the plot leave the render tree and are not touched again
 * until they come back. Labels are placed by writtenLabels (the build's own
 * function): when the view is crowded every label takes its short form, and
 * a short label slides along rather than vanish.
 */
interface Written {
  g: SVGGElement;
  rect: Element | null;
  label: SVGTextElement | null;
  from: number;
  to: number;
  room: number;
  /** Half the short label's length, and both texts. */
  shortRoom: number;
  full: string;
  short: string;
  /** Whether the short text is the one drawn. */
  shortened: boolean;
  /** Whether the marker was inside the plot on the last frame. */
  shown: boolean;
  /** Whether the label was drawn on the last frame. */
  labelled: boolean;
}

/** Where a label goes along time, per orientation: centred on x with an anchor, or just above its marker's start. */
const PLACE_LABEL: Record<Orientation['name'], (label: SVGTextElement, at: number, anchor: string) => void> = {
  wide: (label, at, anchor) => {
    label.setAttribute('x', px(at));
    label.setAttribute('text-anchor', anchor);
  },
  narrow: (label, at) => label.setAttribute('y', px(at - 4)),
};

export class WrittenMarkers {
  private readonly written: Written[];

  /** The markers' groups and labels are drawn in the model's order; their spans and texts come from the model. */
  constructor(svg: SVGSVGElement, written: LayoutModel['written'], private readonly o: Orientation, private readonly along: readonly [number, number]) {
    const labels = svg.querySelector(sel(CLS.writtenLabel))?.parentElement?.children ?? [];
    const groups = svg.querySelector(sel(CLS.writtenLayer))?.children ?? [];
    this.written = written.map((w, i) => {
      const g = groups[i] as SVGGElement;
      const label = (labels[i] as SVGTextElement | undefined) ?? null;
      return {
        g,
        rect: g.firstElementChild,
        label,
        from: w.from,
        to: w.to,
        room: w.room,
        shortRoom: w.shortRoom,
        full: w.label,
        short: w.short,
        shortened: false,
        shown: true,
        labelled: label?.getAttribute('display') !== 'none',
      };
    });
  }

  /**
   * Draw this frame's markers and labels; returns where the labels went, for
   * the marks' labels to keep clear of. `folded`: a dense chart's overview
   * draws the markers this frame (written-fold.ts), so only labels move.
   * `clear` (narrow): the marks drawn this frame, which the labels keep off.
   */
  render(pos: Pos, folded = false, clear?: WrittenClear): (WrittenLabel | null)[] {
    const { o, along } = this;
    const spans = this.written.map((w) => ({ ...writtenSpan(w.from, w.to, pos), room: w.room, ...(w.short && w.shortRoom ? { shortRoom: w.shortRoom } : {}) }));
    // Crowded: labels take their short form, and slide along, rather than vanish.
    // A piece hidden as of a day (src/client/asof.ts) takes no room from the others.
    const later = this.written.map((w) => w.g.classList.contains('asof-later'));
    const kept = writtenLabels(spans.filter((_, i) => !later[i]), along, o.wide, clear);
    let k = 0;
    const labels = spans.map((_, i) => (later[i] ? null : (kept[k++] ?? null)));
    this.written.forEach((w, i) => {
      const short = Boolean(labels[i]?.short);
      if (w.label && w.short && short !== w.shortened) {
        w.label.textContent = short ? w.short : w.full;
        w.shortened = short;
      }
      const { from, to } = spans[i]!;
      const inside = to >= along[0] && from <= along[1];
      if (!folded) {
        if (inside !== w.shown) toggle(w.g, inside);
        w.shown = inside;
        if (inside) {
          w.g.setAttribute('transform', o.translate(from, 0));
          w.rect?.setAttribute(o.alongSize, px(to - from));
        }
      }
      const place = labels[i];
      if (!w.label) return;
      if (Boolean(place) !== w.labelled) toggle(w.label, Boolean(place));
      w.labelled = Boolean(place);
      if (place) PLACE_LABEL[o.name](w.label, place.at, place.anchor);
    });
    return labels;
  }
}
