import { CLS, DATA, readData, readNumber, sel } from '../model/contract.ts';
import { markInView, placeMark, px } from '../model/place.ts';
import type { MarkShape } from '../model/marks.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Kind } from '../../schemas/vocabulary.ts';
import type { Mark, Pos } from './chart-types.ts';

/**
 * The event marks: read once from the links the build drew, then moved on
 * every frame. Only marks in view (or leaving it) are touched; in a dense
 * chart, marks outside the view also leave the document until they come
 * back, since style, layout, paint and hit testing grow with every element
 * in it. Hiding them with display: none is not enough: thousands of style
 * changes cost a style pass over thousands of elements, while a detached
 * element costs nothing.
 */

/** Read every mark link in the chart, with the numbers the build wrote on it. */
export function readMarks(svg: SVGSVGElement): Mark[] {
  return [...svg.querySelectorAll<SVGAElement>(`a${sel(CLS.mark)}`)].map((el) => {
    const bar = el.querySelector<SVGRectElement>(`${sel(CLS.bar)}, ${sel(CLS.band)}`);
    const shape: MarkShape = el.querySelector(sel(CLS.band)) ? 'band' : bar ? 'span' : 'point';
    // The popover replaces the native tooltip; it keeps the title (the accessible name starts with the label instead).
    const title = el.querySelector('title');
    if (title) el.setAttribute(DATA.title, title.textContent ?? '');
    title?.remove();
    return {
      el,
      times: { shape, t0: readNumber(el, 't0'), t1: readNumber(el, 't1'), anchor: readNumber(el, 'anchor'), disclosed: readData(el, 'disclosed') === null ? null : readNumber(el, 'disclosed') },
      across: readNumber(el, 'across'),
      lane: readData(el, 'lane') ?? '',
      kind: (readData(el, 'kind') ?? 'other') as Kind,
      after: el.classList.contains(CLS.after),
      filtered: false,
      bar,
      line: el.querySelector<SVGLineElement>(`${sel(CLS.disclosed)} line`),
      tick: el.querySelector<SVGPathElement>(`${sel(CLS.disclosed)} path`),
      shown: true,
    };
  });
}

/**
 * Move the marks for this frame. `cullFrom`: the group of a dense chart's
 * marks, from which marks outside the view are detached (and not moved: that
 * would be wasted work); a mark coming back is put back in its place in the
 * list order, so the reading and tab order never change. Walking the list
 * from its end keeps the next mark still in the group at hand.
 */
export function placeMarks(marks: readonly Mark[], pos: Pos, o: Orientation, r: number, along: readonly [number, number], margin: number, cullFrom: SVGGElement | null): void {
  let next: SVGAElement | null = null;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const inside = markInView(mark.times, pos, along, margin);
    if (!inside && !mark.shown) continue;
    if (cullFrom && inside !== mark.shown) {
      if (inside) cullFrom.insertBefore(mark.el, next);
      else mark.el.remove();
    }
    mark.shown = inside;
    if (inside || !cullFrom) moveMark(mark, pos, o, r);
    if (inside) next = mark.el;
  }
}

function moveMark(mark: Mark, pos: Pos, o: Orientation, r: number): void {
  const place = placeMark(mark.times, pos);
  mark.el.setAttribute('transform', o.translate(place.anchor, mark.across));
  if (mark.bar && place.bar) {
    mark.bar.setAttribute(o.along, px(place.bar[0]));
    mark.bar.setAttribute(o.alongSize, px(place.bar[1]));
  }
  if (place.disclosed !== null && mark.line && mark.tick) {
    const d = px(place.disclosed);
    mark.line.setAttribute(`${o.along}2`, d);
    mark.tick.setAttribute('d', o.tickAcross(d, r));
  }
}

/** Show or hide an element with the presentation attribute the build writes. */
export function toggle(el: SVGElement, on: boolean): void {
  if (on) el.removeAttribute('display');
  else el.setAttribute('display', 'none');
}
