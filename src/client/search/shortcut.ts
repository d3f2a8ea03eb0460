/**
 * "/" or Ctrl+K (⌘K) from anywhere opens search: focuses the search page's
 * box when on /search/, otherwise the header's. "/" is left alone while the
 * reader is typing in a field.
 */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target);
  const ctrlK = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
  if (!slash && !ctrlK) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('[data-header-search-input]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
