import { CLS, DATA } from '../model/contract.ts';
import { markInView, placeMark, px } from '../model/place.ts';
import type { LayoutMark, ModelMark } from '../model/chart-model.ts';
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

/**
 * Pair every mark link in the chart with its entry in the chart's model (the
 * links are drawn in the model's order), and find its parts in one pass over
 * its children: no selector is matched per mark, so reading 20,000 marks
 * costs a walk of their children, not a query over the whole chart for each.
 */
export function readMarks(group: SVGGElement, marks: readonly ModelMark[], layout: readonly LayoutMark[]): Mark[] {
  const out: Mark[] = [];
  // Walk the links by sibling, not by index into group.children: removing each link's <title> below
  // invalidates the live collection, and every indexed read would then count again from the start.
  let i = 0;
  for (let link = group.firstElementChild; link && i < marks.length; link = link.nextElementSibling, i++) {
    const el = link as SVGAElement;
    const model = marks[i]!;
    const mark: Mark = {
      el,
      model,
      times: { shape: model.shape, t0: model.t0, t1: model.t1, anchor: model.anchor, disclosed: model.disclosed },
      across: layout[i]?.across ?? 0,
      lane: model.lane,
      kind: (el.getAttribute(DATA.kind) ?? 'other') as Kind,
      after: el.classList.contains(CLS.after),
      filtered: false,
      bar: null,
      line: null,
      tick: null,
      label: null,
      leader: null,
      // A dense chart's mark drawn hidden (outside the default view) counts as out of the document: it is
      // shown (and put in its place) when it comes into view.
      shown: !el.hasAttribute('display'),
    };
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const cls = child.getAttribute('class');
      if (cls === CLS.bar || cls === CLS.band) mark.bar = child as SVGRectElement;
      else if (cls === CLS.disclosed) {
        mark.line = child.firstElementChild as SVGLineElement | null;
        mark.tick = child.lastElementChild as SVGPathElement | null;
      } else if (cls === CLS.label) mark.label = child as SVGTextElement;
      else if (cls === CLS.leader) mark.leader = child as SVGLineElement;
    }
    // The popover replaces the native tooltip (it shows the title from the model); the accessible name starts with the label.
    if (el.firstElementChild?.tagName === 'title') el.firstElementChild.remove();
    out.push(mark);
  }
  return out;
}

/**
 * Move the marks for this frame. `cullFrom`: the group of a dense chart's
 * marks, from which marks outside the view are detached (and not moved: that
 * would be wasted work); a mark coming back is put back in its place in the
 * list order, so the reading and tab order never change. Walking the list
 * from its end keeps the next mark still in the group at hand.
 */
export function placeMarks(marks: readonly Mark[], pos: Pos, o: Orientation, r: number, along: readonly [number, number], margin: number, cullFrom: SVGGElement | null): void {
  if (cullFrom && regroup(marks, pos, along, margin, cullFrom)) {
    for (const mark of marks) if (mark.shown) moveMark(mark, pos, o, r);
    return;
  }
  let next: SVGAElement | null = null;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i]!;
    const inside = markInView(mark.times, pos, along, margin);
    if (!inside && !mark.shown) continue;
    if (cullFrom && inside !== mark.shown) {
      if (inside) {
        cullFrom.insertBefore(mark.el, next);
        mark.el.removeAttribute('display');
      } else mark.el.remove();
    }
    mark.shown = inside;
    if (inside || !cullFrom) moveMark(mark, pos, o, r);
    if (inside) next = mark.el;
  }
}

/** Above this many marks leaving or coming back in one frame, the group is rebuilt in one call. */
const REGROUP_ABOVE = 256;

/**
 * When many marks leave the view at once (the first frame of a dense chart
 * drops most of its thousands of links), detaching them one by one costs a
 * DOM mutation each; replacing the group's children with the marks in view,
 * in list order, is one. Returns false, changing nothing, when few move.
 */
function regroup(marks: readonly Mark[], pos: Pos, along: readonly [number, number], margin: number, group: SVGGElement): boolean {
  // Count first, without allocating: most frames move few marks and leave here.
  let moving = 0;
  for (const mark of marks) if (markInView(mark.times, pos, along, margin) !== mark.shown && ++moving > REGROUP_ABOVE) break;
  if (moving <= REGROUP_ABOVE) return false;
  const kept: SVGAElement[] = [];
  for (const mark of marks) {
    mark.shown = markInView(mark.times, pos, along, margin);
    if (mark.shown) {
      kept.push(mark.el);
      mark.el.removeAttribute('display');
    }
  }
  group.replaceChildren(...kept);
  return true;
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
