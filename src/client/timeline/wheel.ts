/**
 * The wheel belongs to the page: a plain wheel over the chart scrolls, and
 * only Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as
 * Ctrl + wheel) zooms. The first plain wheel over the chart shows a short
 * hint saying so, for a few seconds.
 */
export function zoomsOnWheel(event: WheelEvent): boolean {
  return event.ctrlKey || event.metaKey;
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
