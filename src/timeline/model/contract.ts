/**
 * The contract between the timeline drawn at build time (src/timeline/draw/)
 * and the script that moves it (src/timeline/enhance/): the few data
 * attributes, the class names and ids the script looks for in the markup or
 * sets on it, named once here and imported by both sides. Every number the
 * script needs travels in the chart's JSON model (chart-model.ts), not here.
 * Classes used only by the stylesheet stay where they are drawn.
 */

/**
 * Data attributes, by the name code uses. Each is written in the markup as
 * `data-` and the name in kebab case (`aAcross` → `data-a-across`), so the
 * script carries only the names.
 */
const DATA_NAMES = [
  // Controls: zoom buttons and filter checkboxes.
  'zoom',
  'filter',
  // The chart <svg>: which layout it is.
  'orientation',
  /** The placeholder of a layout fetched when the screen needs it: the address of its page part. */
  'part',
  // A mark's link: what the filters, ?asof= (src/client/asof.ts) and the tests match it by (lane and kind also on the list's entries).
  'id',
  'lane',
  'kind',
  'anchor',
  /** One line of detail for the popover; ?asof= adds to it. */
  'meta',
  // Bands, callouts and the links between marks (TimelineBands.astro, TimelineCallouts.astro; ?asof= reads them).
  'from',
  'to',
  'a',
  'b',
  'aAcross',
  'bAcross',
  /** Story notes: the events a note describes (ids); ?asof= hides a note that cites a later one. */
  'cites',
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
  /** Where the phone's layout goes until it is fetched (part.ts): an empty <svg> of its size. */
  slot: 'tl-slot',
  /** The chart's model (chart-model.ts), one JSON script element per chart. */
  model: 'tl-model',
  /** A break in the time axis: its band across the lanes and its label on the axis. */
  axisBreak: 'tl-break',
  /** States the script sets. */
  enhanced: 'is-enhanced',
  filtered: 'is-filtered',
  active: 'is-active',
  /** The written layer while its markers are drawn as paths (written-fold.ts). */
  folded: 'is-folded',
  /** The phone's layout could not be fetched: the wide one shows, scrolled sideways in its frame. */
  wideOnly: 'is-wide-only',
} as const;

/** Where the phone's layout replaces the wide one. Must match the breakpoint in src/timeline/draw/timeline.css. */
export const NARROW_QUERY = '(max-width: 720px)';

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
