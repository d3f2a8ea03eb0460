/**
 * Details at the mark: a popover anchored to the mark under the pointer or
 * with the focus (title, date, one-line summary, link). On touch the first tap
 * on a mark opens its popover instead of following the link; the popover's
 * own link opens the event. Escape closes it.
 */
export class Popover {
  private readonly el: HTMLElement;
  private readonly frame: HTMLElement;
  current: SVGAElement | null = null;

  constructor(el: HTMLElement, frame: HTMLElement) {
    this.el = el;
    this.frame = frame;
  }

  show(mark: SVGAElement): void {
    const set = (cls: string, text: string) => {
      const node = this.el.querySelector(cls);
      if (node) node.textContent = text;
    };
    const name = mark.querySelector('title')?.textContent ?? mark.getAttribute('aria-label') ?? '';
    set('.tl-popover-title', name.replace(/, [^,]*$/, ''));
    set('.tl-popover-when', [mark.dataset['when'], mark.dataset['meta']].filter(Boolean).join(' · '));
    set('.tl-popover-summary', mark.dataset['summary'] ?? '');
    this.el.querySelector<HTMLAnchorElement>('.tl-popover-link')?.setAttribute('href', mark.getAttribute('href') ?? '#');
    for (const el of this.frame.querySelectorAll('.tl-mark.is-active')) el.classList.remove('is-active');
    mark.classList.add('is-active');
    mark.setAttribute('aria-describedby', this.el.id);
    this.current = mark;
    this.el.hidden = false;
    this.place(mark);
  }

  /** Below the mark (above it near the bottom), kept inside the frame. */
  place(mark: SVGAElement): void {
    const hit = (mark.querySelector('.tl-hit') ?? mark).getBoundingClientRect();
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
    this.current?.classList.remove('is-active');
    this.current = null;
    this.el.hidden = true;
  }

  contains(target: EventTarget | null): boolean {
    return target instanceof Node && this.el.contains(target);
  }
}
