import type { Kind } from '../../../schemas/vocabulary.ts';
import type { MarkTimes } from '../../model/marks.ts';
import { marksInView } from '../../model/in-view.ts';
import { placeMark, px } from '../../model/place.ts';
import { kindPath } from '../../model/shapes.ts';
import { clusterSymbols, packSymbol } from './symbol-clusters.ts';

/**
 * The chart in a few paths: every mark in view folded into one path per lane,
 * "after the pieces" or not, stretch of time and part (bar, band, disclosure
 * line and tick, symbol). With thousands of marks, moving one link per mark on
 * every zoom frame costs more than a frame; rewriting a few dozen paths does
 * not. A dense chart draws this while a zoom or pan is under way and puts the
 * links back when it ends (src/timeline/dense/enhance/overview-layer.ts).
 */
export interface OverviewMark {
  times: MarkTimes;
  /** Position across time (the row), in pixels. */
  across: number;
  lane: string;
  kind: Kind;
  /** Happened after both pieces were written: drawn hollow. */
  after: boolean;
}

export type OverviewPart = 'bar' | 'band' | 'line' | 'tick' | 'symbol';

/** Paint order inside a lane: what a single mark draws first comes first. */
export const OVERVIEW_PARTS: readonly OverviewPart[] = ['bar', 'band', 'line', 'tick', 'symbol'];

export interface OverviewOptions {
  wide: boolean;
  /** Symbol radius. */
  r: number;
  /** The plot along time: marks wholly outside it (with `margin`) are left out. */
  along: readonly [number, number];
  margin: number;
}

/**
 * Marks are also grouped by stretches of this many pixels along time. A path
 * is rasterised whole for every tile its bounds touch, so one path across the
 * chart would be drawn once per tile; stretches keep each tile's work to the
 * marks inside it.
 */
export const STRETCH = 128;

/** Key of one path: lane, hollow or not, stretch along time, part. */
export function overviewKey(lane: string, after: boolean, stretch: number, part: OverviewPart): string {
  return `${lane}|${after ? 'after' : 'before'}|${stretch}|${part}`;
}

/** The parts of a key, to build its group. */
export function parseOverviewKey(key: string): { lane: string; after: boolean; stretch: number; part: OverviewPart } {
  const [lane = '', after, stretch, part] = key.split('|');
  return { lane, after: after === 'after', stretch: Number(stretch), part: part as OverviewPart };
}

/**
 * A path written with absolute commands, as the same shape drawn from its
 * first point with relative ones: "M-7,0L0,-7…" → { start: [-7, 0], rest: "l7,-7…" }.
 * Moving the shape is then only a matter of writing a new first point.
 */
export function relativeShape(d: string): { start: [number, number]; rest: string } {
  const commands = [...d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)];
  let x = 0;
  let y = 0;
  let start: [number, number] | null = null;
  let rest = '';
  for (const [, command = '', args = ''] of commands) {
    const n = [...args.matchAll(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi)].map((m) => Number(m[0]));
    switch (command) {
      case 'M':
        if (start) throw new Error(`relativeShape: one subpath only, got a second M in "${d}"`);
        [x, y] = [n[0] ?? 0, n[1] ?? 0];
        start = [x, y];
        break;
      case 'L':
        for (let i = 0; i + 1 < n.length; i += 2) {
          rest += `l${px(n[i]! - x)},${px(n[i + 1]! - y)}`;
          [x, y] = [n[i]!, n[i + 1]!];
        }
        break;
      case 'H':
        rest += `h${px(n[0]! - x)}`;
        x = n[0]!;
        break;
      case 'V':
        rest += `v${px(n[0]! - y)}`;
        y = n[0]!;
        break;
      case 'a':
        // rx ry rotation large-arc sweep dx dy, already relative.
        for (let i = 0; i + 6 < n.length; i += 7) {
          rest += `a${n.slice(i, i + 5).join(',')} ${px(n[i + 5]!)},${px(n[i + 6]!)}`;
          x += n[i + 5]!;
          y += n[i + 6]!;
        }
        break;
      case 'Z':
      case 'z':
        rest += 'z';
        if (start) [x, y] = start;
        break;
      default:
        throw new Error(`relativeShape: unsupported command "${command}" in "${d}"`);
    }
  }
  if (!start) throw new Error(`relativeShape: no M in "${d}"`);
  return { start, rest };
}

const shapeCache = new Map<string, { start: [number, number]; rest: string }>();

function shapeOf(kind: Kind, r: number) {
  const key = `${kind}@${r}`;
  let shape = shapeCache.get(key);
  if (!shape) {
    shape = relativeShape(kindPath(kind, r));
    shapeCache.set(key, shape);
  }
  return shape;
}

/** The stretch a position along time falls in, clamped so one far outside the plot (a long band's anchor) cannot overflow a path's id. */
const stretchOf = (along: number): number => Math.max(-2048, Math.min(2047, Math.floor(along / STRETCH)));

/** One rectangle as a closed subpath, on whole pixels. */
export function rect(x: number, y: number, w: number, h: number): string {
  const x0 = Math.round(x);
  const y0 = Math.round(y);
  const w0 = Math.max(1, Math.round(w));
  const h0 = Math.max(1, Math.round(h));
  return `M${x0},${y0}h${w0}v${h0}h${-w0}z`;
}

/**
 * The path data of every part of every mark in view, keyed by overviewKey
 * (a mark's stretch is the one its anchor falls in). Geometry is the links'
 * own (placeMark, kindPath) on whole pixels: the overview only stands in
 * while the chart moves, and whole numbers are quick to write and to parse.
 * Symbols closer than `r` along their row to the next one (lanes never share
 * a row), which overlap by more than half and could not be told apart, are
 * drawn as one cluster: a bar 2r thick from the first symbol's outer edge to
 * the last one's (clusterSymbols); a pile of one kind on one pixel stays that
 * symbol. Zoomed out over thousands of marks, a row is then a few clusters
 * instead of hundreds of overlapping outlines, which cost more to rasterise
 * than the rest of the frame. This runs on every frame of a zoom, so the
 * loop works with numbers, builds the string keys only once per path, and
 * visits only the marks in view (marksInView). `include` leaves out marks by
 * index (those the filters hide), so the same list serves every frame.
 */
export function overviewPaths(marks: readonly OverviewMark[], pos: (ms: number) => number, options: OverviewOptions, include?: (i: number) => boolean): Map<string, string> {
  const { wide, r, along, margin } = options;
  const lanes = new Map<string, number>();
  const laneNames: string[] = [];
  const kinds = new Map<string, number>();
  /** Path pieces by a numeric id of (lane, hollow, stretch, part). */
  const parts = new Map<number, string[]>();
  /** Symbols by row (the pixel across time) and fill: packed position along time and kind (packSymbol). */
  const rows = new Map<number, number[]>();
  const laneOfRow = new Map<number, number>();
  const PARTS = OVERVIEW_PARTS.length;
  const id = (lane: number, after: boolean, stretch: number, part: number) => ((lane * 2 + (after ? 1 : 0)) * 4096 + stretch + 2048) * PARTS + part;
  const add = (at: number, d: string) => {
    const list = parts.get(at);
    if (list) list.push(d);
    else parts.set(at, [d]);
  };
  const [BAR, BAND, LINE, TICK, SYMBOL] = [0, 1, 2, 3, 4];
  for (const i of marksInView(marks, pos, along, margin)) {
    if (include && !include(i)) continue;
    const mark = marks[i]!;
    const { times } = mark;
    let lane = lanes.get(mark.lane);
    if (lane === undefined) {
      lane = laneNames.push(mark.lane) - 1;
      lanes.set(mark.lane, lane);
    }
    let kind = kinds.get(mark.kind);
    if (kind === undefined) {
      kind = kinds.size;
      kinds.set(mark.kind, kind);
    }
    const place = placeMark(times, pos);
    const a = place.anchor;
    const c = mark.across;
    const stretch = stretchOf(a);
    if (place.bar) {
      const band = times.shape === 'band';
      const half = band ? r : 3;
      const [start, size] = place.bar;
      add(id(lane, mark.after, stretch, band ? BAND : BAR), wide ? rect(a + start, c - half, size, 2 * half) : rect(c - half, a + start, 2 * half, size));
    }
    if (place.disclosed !== null) {
      const d = Math.round(a + place.disclosed);
      const a0 = Math.round(a);
      const c0 = Math.round(c);
      add(id(lane, mark.after, stretch, LINE), wide ? `M${a0},${c0}H${d}` : `M${c0},${a0}V${d}`);
      add(id(lane, mark.after, stretch, TICK), wide ? `M${d},${c0 - r}v${2 * r}` : `M${c0 - r},${d}h${2 * r}`);
    }
    const row = Math.round(c) * 2 + (mark.after ? 1 : 0);
    let inRow = rows.get(row);
    if (!inRow) {
      rows.set(row, (inRow = []));
      laneOfRow.set(row, lane);
    }
    inRow.push(packSymbol(Math.round(a), kind));
  }
  const kindNames = [...kinds.keys()] as Kind[];
  for (const [row, packed] of rows) {
    const lane = laneOfRow.get(row)!;
    const after = (row & 1) === 1;
    const c = row >> 1;
    for (const cluster of clusterSymbols(packed, r)) {
      const stretch = stretchOf(cluster.from);
      let d: string;
      if (cluster.kind === null) {
        const [lo, size] = [cluster.from - r, cluster.to - cluster.from + 2 * r];
        d = wide ? rect(lo, c - r, size, 2 * r) : rect(c - r, lo, 2 * r, size);
      } else {
        const shape = shapeOf(kindNames[cluster.kind]!, r);
        d = `M${(wide ? cluster.from : c) + shape.start[0]},${(wide ? c : cluster.from) + shape.start[1]}${shape.rest}`;
      }
      add(id(lane, after, stretch, SYMBOL), d);
    }
  }
  const out = new Map<string, string>();
  for (const [at, list] of parts) {
    const part = at % PARTS;
    const rest = (at - part) / PARTS;
    const stretch = (rest % 4096) - 2048;
    const group = (rest - (rest % 4096)) / 4096;
    out.set(overviewKey(laneNames[group >> 1]!, (group & 1) === 1, stretch, OVERVIEW_PARTS[part]!), list.join(''));
  }
  return out;
}

