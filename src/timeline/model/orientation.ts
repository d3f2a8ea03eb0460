import { px } from './place.ts';
import { LABEL_COLUMN_TRACK, WRITTEN_ROW_TRACK } from './label-tracks.ts';

/**
 * The two layouts differ only in which screen axis carries time. "Along" is
 * the time direction (x when wide, y when narrow), "across" the lane
 * direction. Code asks this helper instead of branching on `wide`, as
 * Observable Plot takes a single option for its orientation.
 */
export interface Orientation {
  wide: boolean;
  /** The layout's name, as written in data-orientation and in ids. */
  name: 'wide' | 'narrow';
  /** Attribute names for a position and a size along time and across it. */
  along: 'x' | 'y';
  across: 'x' | 'y';
  alongSize: 'width' | 'height';
  acrossSize: 'width' | 'height';
  /** (along, across) → [x, y]. */
  xy(along: number, across: number): [number, number];
  /** An SVG translate to (along, across). */
  translate(along: number, across: number): string;
  /** Arrows pointing to earlier and to later times. */
  earlierArrow: '←' | '↑';
  laterArrow: '→' | '↓';
  /** The arrow keys that step to later and to earlier times. */
  laterKey: 'ArrowRight' | 'ArrowDown';
  earlierKey: 'ArrowLeft' | 'ArrowUp';
  /** A tick across time at `at` (already formatted), reaching `r` either side. */
  tickAcross(at: string, r: number): string;
  /** A bracket along time from `from` to `to` (formatted), its arms reaching 4 px back across from `across`. */
  bracket(from: string, to: string, across: number): string;
  /** Axis labels' text-anchor (where they sit: tickLabel in ticks.ts). */
  axisLabelAnchor: 'middle' | 'end';
  /** Whether a mouse drag pans (the narrow layout scrolls with the page instead). */
  dragPans: boolean;
  /**
   * Marks' labels. Narrow ones run across the lanes after their own, in a
   * column of limited room: the other lanes' labels are cut to fit it (a
   * China–DPRK label stays whole), and a direction names its side by code
   * ("→CN" rather than "→China").
   */
  cutLabels: boolean;
  shortDirections: boolean;
  /**
   * The track the "written here" labels take in the marks' label layout: the
   * narrow label column, which marks' labels keep clear of them in; the wide
   * chart's own row above the axis, which no mark's label claims.
   */
  writtenTrack: number;
}

const WIDE_AXES: Orientation = {
  wide: true,
  name: 'wide',
  along: 'x',
  across: 'y',
  alongSize: 'width',
  acrossSize: 'height',
  xy: (a, c) => [a, c],
  translate: (a, c) => `translate(${px(a)},${px(c)})`,
  earlierArrow: '←',
  laterArrow: '→',
  laterKey: 'ArrowRight',
  earlierKey: 'ArrowLeft',
  tickAcross: (at, r) => `M${at},${-r}v${2 * r}`,
  bracket: (from, to, across) => `M${from},${across - 4}v4H${to}v-4`,
  axisLabelAnchor: 'middle',
  dragPans: true,
  cutLabels: false,
  shortDirections: false,
  writtenTrack: WRITTEN_ROW_TRACK,
};
const NARROW_AXES: Orientation = {
  wide: false,
  name: 'narrow',
  along: 'y',
  across: 'x',
  alongSize: 'height',
  acrossSize: 'width',
  xy: (a, c) => [c, a],
  translate: (a, c) => `translate(${px(c)},${px(a)})`,
  earlierArrow: '↑',
  laterArrow: '↓',
  laterKey: 'ArrowDown',
  earlierKey: 'ArrowUp',
  tickAcross: (at, r) => `M${-r},${at}h${2 * r}`,
  bracket: (from, to, across) => `M${across - 4},${from}h4V${to}h-4`,
  axisLabelAnchor: 'end',
  dragPans: false,
  cutLabels: true,
  shortDirections: true,
  writtenTrack: LABEL_COLUMN_TRACK,
};

export function orientation(wide: boolean): Orientation {
  return wide ? WIDE_AXES : NARROW_AXES;
}

/** The orientation a chart names in its data-orientation attribute ("wide" or "narrow"). */
export function orientationNamed(name: string | null | undefined): Orientation {
  return orientation(name === 'wide');
}
