/**
 * The contract between the timeline drawn at build time (src/timeline/draw/)
 * and the script that moves it (src/timeline/enhance/): every data attribute,
 * class name and id the script reads from the markup or writes into it, named
 * once here and imported by both sides, so renaming one cannot silently break
 * the other. Classes used only by the stylesheet stay where they are drawn.
 */

/**
 * Data attributes, by the name code uses. Each is written in the markup as
 * `data-` and the name in kebab case (`labelAt` → `data-label-at`), so the
 * script carries only the names.
 */
const DATA_NAMES = [
  // <timeline-chart>: the default view.
  'defaultFrom',
  'defaultTo',
  // Controls: zoom buttons and filter checkboxes.
  'zoom',
  'filter',
  // The chart <svg>: its scale, plot and label settings.
  'orientation',
  'slope',
  'intercept',
  'along',
  'bounds',
  'tickSpacing',
  'r',
  'denseAbove',
  'linksMax',
  'labelGap',
  'labelSteps',
  'labelLine',
  /** How far (px) a label may sit from its mark before a leader line joins them. */
  'labelNear',
  'rowSize',
  // A mark's link (lane and kind also on the list's entries).
  'id',
  'lane',
  'kind',
  'across',
  't0',
  't1',
  'anchor',
  'disclosed',
  'direction',
  'track',
  'size',
  'priority',
  /** Label layout per mark: its lane block, the tracks it must keep clear, its alternative tracks, and where the label sits across. */
  'block',
  'clear',
  'alt',
  'labelAt',
  'when',
  'summary',
  /** The event's title and date, kept from the mark's <title> when the script takes the native tooltip away. */
  'title',
  'meta',
  // "Written here" markers and their labels; callouts share from/to/size.
  'from',
  'to',
  'room',
  'shortRoom',
  'label',
  'short',
  // Callouts and the links between marks.
  'top',
  'y',
  'a',
  'b',
  'aAcross',
  'bAcross',
  /** Story notes: the events a note describes (ids), and where across notes may go ("from,to"). */
  'cites',
  'span',
] as const;

export type DataName = (typeof DATA_NAMES)[number];

/** Each data name's attribute, as written in the markup. */
export const DATA = Object.fromEntries(DATA_NAMES.map((name) => [name, `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`])) as Record<DataName, string>;

/** What each zoom button (data-zoom) does. */
export const ZOOM_ACTIONS = ['in', 'out', 'earlier', 'later', 'reset', 'next', 'all'] as const;
export type ZoomAction = (typeof ZOOM_ACTIONS)[number];

/** Class names the script looks for or sets. */
export const CLS = {
  chart: 'tl-svg',
  frame: 'tl-frame',
  range: 'tl-range',
  hint: 'tl-hint',
  popover: 'tl-popover',
  popoverTitle: 'tl-popover-title',
  popoverWhen: 'tl-popover-when',
  popoverSummary: 'tl-popover-summary',
  popoverLink: 'tl-popover-link',
  list: 'tl-list',
  grid: 'tl-grid',
  axis: 'tl-axis',
  major: 'major',
  marks: 'tl-marks',
  mark: 'tl-mark',
  hit: 'tl-hit',
  bar: 'tl-bar',
  band: 'tl-band',
  line: 'tl-line',
  tick: 'tl-tick',
  symbol: 'tl-symbol',
  disclosed: 'tl-disclosed',
  label: 'tl-label',
  /** The faint line joining a label moved away from its mark. */
  leader: 'tl-leader',
  /** The layer holding the "written here" markers. */
  writtenLayer: 'tl-written',
  written: 'tl-written-mark',
  writtenLabel: 'tl-written-label',
  callouts: 'tl-callouts',
  callout: 'tl-callout',
  link: 'tl-link',
  earlier: 'tl-earlier',
  later: 'tl-later',
  overview: 'tl-overview',
  overviewGroup: 'tl-ov',
  /** A mark that happened after both pieces were written (the period is tinted behind it). */
  after: 'after',
  /** The chart's time model (breaks and views), one JSON script element per chart. */
  model: 'tl-model',
  /** A break in the time axis: its band across the lanes and its label on the axis. */
  axisBreak: 'tl-break',
  /** States the script sets. */
  enhanced: 'is-enhanced',
  filtered: 'is-filtered',
  active: 'is-active',
  /** The written layer while its markers are drawn as paths (written-fold.ts). */
  folded: 'is-folded',
} as const;

/** The class that colours a mark by its pair of parties. */
export const laneClass = (lane: string): string => `lane-${lane}`;

/** Ids: the hatch pattern for bands and the plot's clip, one per orientation; the popover. */
export const hatchId = (orientation: string): string => `tl-hatch-${orientation}`;
export const clipId = (orientation: string): string => `tl-clip-${orientation}`;
export const POPOVER_ID = 'tl-popover';

/** `.name` for querySelector. */
export const sel = (cls: string): string => `.${cls}`;
/** `[data-…]` or `[data-…="value"]` for querySelector. */
export const attrSel = (name: DataName, value?: string): string => (value === undefined ? `[${DATA[name]}]` : `[${DATA[name]}="${value}"]`);

type Value = string | number | undefined;

/**
 * Data attributes to spread onto an element at build time, in the order given
 * (so the drawn markup reads as before); undefined values are left out.
 */
export function dataAttrs(values: Partial<Record<DataName, Value>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values) as [DataName, Value][]) if (value !== undefined) out[DATA[name]] = value;
  return out;
}

/** A data attribute's text, or null when it is absent. */
export function readData(el: Element, name: DataName): string | null {
  return el.getAttribute(DATA[name]);
}

/** A numeric data attribute (NaN when it is not a number; `fallback`, 0 unless given, when absent). */
export function readNumber(el: Element, name: DataName, fallback = 0): number {
  const text = el.getAttribute(DATA[name]);
  return text === null ? fallback : Number(text);
}

/** A numeric attribute holding a pair, "a,b". */
export function readPair(el: Element, name: DataName, fallback: [number, number]): [number, number] {
  const [a = fallback[0], b = fallback[1]] = (el.getAttribute(DATA[name]) ?? '').split(',').map(Number);
  return [a, b];
}
