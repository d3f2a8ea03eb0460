/**
 * Where a small absolutely placed control (a claim's share button) goes,
 * decided before it is drawn, so it never widens its column: beside its mark
 * when it fits, else on the next line, and clear of the controls already
 * placed (pure code; src/client/share/keep-in-column.ts applies it).
 */
export interface Span {
  left: number;
  right: number;
}

/** A box on screen: left/right and top/bottom edges in CSS pixels. */
export interface Box extends Span {
  top: number;
  bottom: number;
}

/**
 * Where a small control that belongs to an inline mark (a claim's §) goes,
 * decided before it is drawn, in the same coordinates as its inputs: just
 * after the mark, centred on it, when it fits in the column with `gap` to
 * spare; otherwise one line lower, its right edge under the mark's (moved
 * right if that would pass the column's left edge), so it never covers the
 * mark and never sticks out of the column.
 */
export function placeAfter(mark: Box, size: { width: number; height: number }, column: Span, gap: number, line: number): { left: number; top: number } {
  const top = (mark.top + mark.bottom) / 2 - size.height / 2;
  if (mark.right + gap + size.width <= column.right) return { left: mark.right + gap, top };
  const left = Math.max(column.left, Math.min(mark.right - size.width, column.right - size.width));
  return { left, top: top + line };
}

/**
 * Move a box down by whole lines until it overlaps none of the boxes already
 * placed (with `gap` to spare around them), so two claims close together keep
 * apart share buttons; at most `tries` lines.
 */
export function clearOf(at: { left: number; top: number }, size: { width: number; height: number }, placed: readonly { left: number; top: number }[], gap: number, line: number, tries = 3): { left: number; top: number } {
  const hits = (p: { left: number; top: number }, q: { left: number; top: number }) =>
    p.left < q.left + size.width + gap && q.left < p.left + size.width + gap && p.top < q.top + size.height + gap && q.top < p.top + size.height + gap;
  let top = at.top;
  for (let i = 0; i < tries && placed.some((q) => hits({ left: at.left, top }, q)); i += 1) top += line;
  return { left: at.left, top };
}
