import { inlineShift } from '../../lib/inline-shift.ts';

/**
 * The claims' share buttons sit just after each claim's § link, out of the
 * text flow; where a § ends a line near the right edge, the button would
 * stick out past the column (and, on a phone, past the screen). Each button
 * is moved left just enough to stay inside the piece's column, and placed
 * again whenever the column's size changes (a new width, fonts arriving),
 * since that re-wraps the lines.
 */
export function keepInColumn(body: HTMLElement, selector: string): void {
  const place = (): void => {
    const buttons = [...body.querySelectorAll<HTMLElement>(selector)];
    // Reset all, then read all, then write all: one layout, not one per button.
    for (const button of buttons) button.style.removeProperty('translate');
    const column = body.getBoundingClientRect();
    const right = Math.min(column.right, document.documentElement.clientWidth);
    const shifts = buttons.map((button) => inlineShift(button.getBoundingClientRect(), { left: column.left, right }));
    buttons.forEach((button, i) => {
      if (shifts[i]) button.style.translate = `${shifts[i]}px 0`;
    });
  };
  place();
  let frame = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(place);
  }).observe(body);
}
