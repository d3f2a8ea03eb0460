import { clearOf, placeAfter } from '../../lib/inline-shift.ts';

/**
 * The claims' share buttons belong just after each claim's § link, out of the
 * text flow. Each is placed before it is drawn: the § links are measured
 * first (one layout), then every button is inserted after its § already at
 * its place, set by left/top inside the piece's column (position: relative
 * in share.css): beside the §, or, near the column's right edge, one line
 * lower, inside the column. Where the browser would have put an absolutely
 * placed box (the start of the next line, when the § ends one) never
 * matters, so a button never sticks out past the screen, not even for a
 * frame on a slow phone. They are placed again when the column's size
 * changes and when the fonts arrive, since both re-wrap the lines. The
 * buttons' size is fixed in CSS, so it is known in advance.
 */
const GAP = 9;

export function placeInColumn(body: HTMLElement, make: () => Map<HTMLElement, HTMLElement>): void {
  const buttons = make();
  let size: { width: number; height: number } | null = null;
  const measure = (): { width: number; height: number } => {
    const probe = buttons.values().next().value;
    if (!probe) return { width: 0, height: 0 };
    // Measured once, pinned to the column's top-left corner, where it cannot widen the page.
    const clone = probe.cloneNode(true) as HTMLElement;
    clone.style.cssText = 'left: 0; top: 0; visibility: hidden;';
    body.append(clone);
    const { width, height } = clone.getBoundingClientRect();
    clone.remove();
    return { width, height };
  };
  const place = (insert: boolean): void => {
    size ??= measure();
    const column = body.getBoundingClientRect();
    const right = Math.min(column.right, document.documentElement.clientWidth);
    const line = parseFloat(getComputedStyle(body).lineHeight) || 28;
    // Read every § first, then write every button: one layout, not one per button.
    // Two claims close together: the later button moves down a line, clear of the earlier one.
    const placed: { left: number; top: number }[] = [];
    const places = [...buttons].map(([ref, button]) => {
      const at = clearOf(placeAfter(ref.getBoundingClientRect(), size!, { left: column.left, right }, GAP, line), size!, placed, 4, line);
      placed.push(at);
      return { ref, button, at };
    });
    for (const { ref, button, at } of places) {
      button.style.left = `${Math.round(at.left - column.left)}px`;
      button.style.top = `${Math.round(at.top - column.top)}px`;
      if (insert) ref.after(button);
    }
  };
  place(true);
  let frame = 0;
  const again = (): void => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => place(false));
  };
  new ResizeObserver(again).observe(body);
  void document.fonts?.ready.then(again);
}
