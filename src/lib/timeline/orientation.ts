/**
 * The two layouts differ only in which screen axis carries time. "Along" is
 * the time direction (x when wide, y when narrow), "across" the lane
 * direction. Code asks this helper instead of branching on `wide`.
 */
export interface Orientation {
  wide: boolean;
  /** Attribute names for a position and a size along time and across it. */
  along: 'x' | 'y';
  across: 'x' | 'y';
  alongSize: 'width' | 'height';
  acrossSize: 'width' | 'height';
  /** (along, across) → [x, y]. */
  xy(along: number, across: number): [number, number];
}

const WIDE_AXES: Orientation = { wide: true, along: 'x', across: 'y', alongSize: 'width', acrossSize: 'height', xy: (a, c) => [a, c] };
const NARROW_AXES: Orientation = { wide: false, along: 'y', across: 'x', alongSize: 'height', acrossSize: 'width', xy: (a, c) => [c, a] };

export function orientation(wide: boolean): Orientation {
  return wide ? WIDE_AXES : NARROW_AXES;
}
