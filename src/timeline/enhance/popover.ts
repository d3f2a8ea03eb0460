import { CLS, readData, sel } from '../model/contract.ts';
import type { ModelMark } from '../model/chart-model.ts';

/**
 * Details at the mark: a popover anchored to the mark under the pointer or
 * with the focus (title, date, one-line summary, link). On touch the first tap
 * on a mark opens its popover instead of following the link; the popover's
 * own link opens the event. Escape closes it (controls.ts).
 */
export class Popover {
  private readonly el: HTMLElement;
  private readonly frame: HTMLElement;
  current: SVGAElement | null = null;

  /** `details`: a mark link's entry in the chart's model (its title, date and summary). */
  constructor(el: HTMLElement, frame: HTMLElement, private readonly details: (mark: SVGAElement) => ModelMark | undefined) {
    this.el = el;
    this.frame = frame;
  }

  show(mark: SVGAElement): void {
    const set = (cls: string, text: string) => {
      const node = this.el.querySelector(sel(cls));
      if (node) node.textContent = text;
    };
    const details = this.details(mark);
    const name = details?.title ?? mark.getAttribute('aria-label') ?? '';
    set(CLS.popoverTitle, name.replace(/, [^,]*$/, ''));
    // The meta line stays on the mark: ?asof= (src/client/asof.ts) adds to it.
    set(CLS.popoverWhen, [details?.when, readData(mark, 'meta')].filter(Boolean).join(' · '));
    set(CLS.popoverSummary, details?.summary ?? '');
    this.el.querySelector<HTMLAnchorElement>(sel(CLS.popoverLink))?.setAttribute('href', mark.getAttribute('href') ?? '#');
    for (const el of this.frame.querySelectorAll(`${sel(CLS.mark)}${sel(CLS.active)}`)) el.classList.remove(CLS.active);
    mark.classList.add(CLS.active);
    mark.setAttribute('aria-describedby', this.el.id);
    this.current = mark;
    this.el.hidden = false;
    this.place(mark);
  }

  /** Below the mark (above it near the bottom), kept inside the frame. */
  place(mark: SVGAElement): void {
    const hit = (mark.querySelector(sel(CLS.hit)) ?? mark).getBoundingClientRect();
    const frame = this.frame.getBoundingClientRect();
    const w = this.el.offsetWidth;
    const h = this.el.offsetHeight;
    let left = hit.left + hit.width / 2 - frame.left - w / 2 + this.frame.scrollLeft;
    left = Math.max(this.frame.scrollLeft, Math.min(left, this.frame.scrollLeft + frame.width - w));
    let top = hit.bottom - frame.top + 4;
    if (hit.bottom + h + 8 > innerHeight && hit.top - frame.top - h - 4 > 0) top = hit.top - frame.top - h - 4;
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    this.current?.removeAttribute('aria-describedby');
    this.current?.classList.remove(CLS.active);
    this.current = null;
    this.el.hidden = true;
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.el.contains(target);
  }
}

/** The mark link an event happened on, if any. */
export function markOf(target: EventTarget | null): SVGAElement | null {
  return target instanceof Element ? target.closest<SVGAElement>(`a${sel(CLS.mark)}`) : null;
}

/**
 * Open the popover from the pointer: a mouse over a mark opens it, leaving
 * the chart closes it (unless the focus is inside); on touch, the first tap
 * on a mark opens it and a second tap follows the link.
 */
export function openOnPointer(host: HTMLElement, popover: Popover): void {
  let pointerType = '';
  /** The mark whose popover was open when the current touch began (focus may open another one mid-tap). */
  let openAtTouch: Element | null = null;
  host.addEventListener('click', (e) => {
    const mark = markOf(e.target);
    const type = (e as PointerEvent).pointerType || pointerType;
    if (!mark || type === 'mouse' || type === '') return;
    // Compare with the popover open when the finger came down: the tap's own
    // focus may already have opened this mark's popover.
    if (openAtTouch === mark) return;
    e.preventDefault();
    popover.show(mark);
  });
  host.addEventListener('pointerdown', (e) => {
    pointerType = e.pointerType;
    openAtTouch = popover.current;
  });
  host.addEventListener('touchstart', () => {
    pointerType = 'touch';
    openAtTouch = popover.current;
  }, { passive: true });
  host.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark && e.pointerType === 'mouse') popover.show(mark);
  });
  host.addEventListener('pointerleave', () => {
    if (pointerType === 'mouse' && !host.contains(document.activeElement)) popover.hide();
  });
}
