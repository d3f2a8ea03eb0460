/**
 * How far to move a small absolutely placed control sideways so that it stays
 * inside its column: a negative shift (to the left) when its right edge is
 * past the column's right edge, never so far that its left edge passes the
 * column's left edge; 0 when it already fits. Rounded up to whole pixels, so
 * a fractional overhang never leaves a pixel of sideways scroll.
 */
export interface Span {
  left: number;
  right: number;
}

export function inlineShift(box: Span, column: Span): number {
  const over = box.right - column.right;
  if (over <= 0) return 0;
  const room = Math.max(0, box.left - column.left);
  const shift = Math.min(Math.ceil(over), Math.floor(room));
  return shift > 0 ? -shift : 0;
}
