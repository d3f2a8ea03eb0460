import { attrSel, CLS, readData, type ZoomAction } from '../model/contract.ts';
import { markOf, type Popover } from './popover.ts';
import type { ZoomSync } from './zoom.ts';

/**
 * Buttons and keys. The zoom buttons (data-zoom) zoom, pan, reset or show the
 * whole record; + / − / 0 and Shift + arrows do the same from the keyboard.
 * On a mark, the arrow keys move to the previous or next event in time (a
 * mark culled from a dense chart is brought into view before it takes the
 * focus), Home and End to the first and last; Escape closes the popover.
 * A mark that takes the focus is brought into view and described.
 */
export function wireControls(host: HTMLElement, zoom: ZoomSync, popover: Popover): void {
  host.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>(`button${attrSel('zoom')}`);
    if (button) act(zoom, readData(button, 'zoom') as ZoomAction);
  });
  host.addEventListener('keydown', (e) => onKey(e, zoom, popover));
  host.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (!mark) return;
    const v = zoom.current;
    const m = v?.view.marks.find((x) => x.el === mark);
    if (!v || !m) return;
    if (zoom.reveal(m.times.anchor)) v.view.flush();
    popover.show(mark);
  });
}

function act(zoom: ZoomSync, action: ZoomAction): void {
  if (action === 'in') zoom.zoomBy(2);
  else if (action === 'out') zoom.zoomBy(0.5);
  else if (action === 'earlier') zoom.panBy(-0.5);
  else if (action === 'later') zoom.panBy(0.5);
  else if (action === 'reset') zoom.show(zoom.defaultDomain, true);
  else if (action === 'next') zoom.show(zoom.nextDomain, true);
  else if (action === 'all' && zoom.current) zoom.show(zoom.current.view.bounds, true);
}

const STEP_KEYS = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'];

function onKey(e: KeyboardEvent, zoom: ZoomSync, popover: Popover): void {
  const target = e.target as Element;
  if (e.key === 'Escape' && popover.current) {
    popover.hide();
    return;
  }
  if (target.closest('input, button, select, textarea, summary')) return;
  const mark = markOf(target);
  const v = zoom.current;
  if (!v) return;
  const { o } = v.view;
  if (e.shiftKey && (e.key === o.laterKey || e.key === o.earlierKey)) {
    zoom.panBy(e.key === o.laterKey ? 0.25 : -0.25);
  } else if (e.key === '+' || e.key === '=') {
    zoom.zoomBy(2);
  } else if (e.key === '-' || e.key === '_') {
    zoom.zoomBy(0.5);
  } else if (e.key === '0') {
    zoom.show(zoom.defaultDomain, true);
  } else if (mark && STEP_KEYS.includes(e.key)) {
    const marks = v.view.marks.filter((m) => !m.el.classList.contains(CLS.filtered));
    const i = marks.findIndex((m) => m.el === mark);
    const next =
      e.key === 'Home' ? marks[0]
      : e.key === 'End' ? marks[marks.length - 1]
      : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? marks[Math.min(marks.length - 1, i + 1)]
      : marks[Math.max(0, i - 1)];
    if (next) {
      // Draw at once: a culled mark cannot take focus until it is drawn.
      if (zoom.reveal(next.times.anchor)) v.view.flush();
      next.el.focus();
    }
  } else {
    return;
  }
  e.preventDefault();
}
