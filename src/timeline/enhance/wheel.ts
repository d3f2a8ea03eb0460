/**
 * The wheel belongs to the page: a plain wheel over the chart scrolls, and
 * only Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as
 * Ctrl + wheel) zooms. The first plain wheel over the chart shows a short
 * hint saying so, for a few seconds. A zooming wheel stays the chart's even
 * at the zoom limits, where d3-zoom lets it through: otherwise, zoomed all
 * the way out, the next Ctrl + wheel would zoom the whole page in the
 * browser, or scroll it.
 */
export function zoomsOnWheel(event: WheelEvent): boolean {
  return event.ctrlKey || event.metaKey;
}

export function keepZoomingWheel(target: Element): void {
  target.addEventListener('wheel', (event) => zoomsOnWheel(event as WheelEvent) && event.preventDefault(), { passive: false });
}

export function hintOnPlainWheel(target: HTMLElement, hint: HTMLElement | null): void {
  if (!hint) return;
  let timer = 0;
  target.addEventListener(
    'wheel',
    (event) => {
      if (zoomsOnWheel(event)) return;
      hint.hidden = false;
      clearTimeout(timer);
      timer = window.setTimeout(() => (hint.hidden = true), 2500);
    },
    { passive: true },
  );
}
