import { timeScale } from './scale.ts';
import { brokenTicks, timeTicks, type Tick } from './ticks.ts';
import { breakLabel, warp, type AxisBreak } from './axis-break.ts';
import { assignRows, rowCount } from './rows.ts';
import { monthStart } from '../../calendar/calendar.ts';

/**
 * The home page's story arc: the Kim–Xi contacts from the 2017 party congress
 * to Xi's visit to Pyongyang, with the meetings labelled and the two pieces
 * placed where they were written. One pure layout, drawn twice (wide and
 * narrow) by src/components/home/StoryArc.astro; labels that would touch go
 * on further rows, with the timeline's own interval partitioning.
 */

/** October 2017 to July 2019: from the snubbed envoy to Xi in Pyongyang. */
export const ARC_DOMAIN: readonly [number, number] = [monthStart(2017, 10), monthStart(2019, 7)];

export interface ArcMark {
  id: string;
  /** Instant the mark sits at (ms). */
  at: number;
  /** Drawn with a label (the meetings) or as a small dot. */
  label: string | null;
}

export interface ArcPiece {
  id: string;
  label: string;
  /** Writing day or window, ms [from, to). */
  from: number;
  to: number;
}

export interface ArcSize {
  width: number;
  /** Pixels per character of label text (11 px bold sans is up to about 7 in the widest system sans). */
  charWidth: number;
  /** Minimum spacing between tick labels. */
  tickSpacing: number;
}

export const ARC_WIDE: ArcSize = { width: 720, charWidth: 7.2, tickSpacing: 60 };
export const ARC_NARROW: ArcSize = { width: 340, charWidth: 7.2, tickSpacing: 60 };

/** Vertical design, in pixels. */
export const ARC_ROWS = { pieceTop: 14, pieceRow: 16, axisGap: 10, markR: 6, dotR: 3, labelRow: 14, labelTop: 16, bottom: 6 } as const;
const PAD = 10;

export interface ArcLayout {
  width: number;
  height: number;
  axisY: number;
  ticks: Tick[];
  /** The axis's breaks: where each band runs, what it leaves out, and whether the label fits in it. */
  breaks: { x0: number; x1: number; label: string; labelled: boolean }[];
  marks: { id: string; x: number; key: boolean; label: { x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string } | null }[];
  pieces: { id: string; x0: number; x1: number; y: number; label: { x: number; anchor: 'start' | 'middle' | 'end'; text: string } }[];
}

/** Keep a label of length `len` inside [PAD, width − PAD]: centred on x unless that would cut it off. */
function labelSpan(x: number, len: number, width: number): { lo: number; x: number; anchor: 'start' | 'middle' | 'end' } {
  if (x - len / 2 < PAD) return { lo: PAD, x: PAD, anchor: 'start' };
  if (x + len / 2 > width - PAD) return { lo: width - PAD - len, x: width - PAD, anchor: 'end' };
  return { lo: x - len / 2, x, anchor: 'middle' };
}

/**
 * `domain` and every time given are in chart time when `breaks` are given
 * (src/timeline/model/axis-break.ts): the arc runs on past the story to the
 * record's end, its empty years broken as on the timeline.
 */
export function storyArcLayout(marks: readonly ArcMark[], pieces: readonly ArcPiece[], size: ArcSize, domain: readonly [number, number] = ARC_DOMAIN, breaks: readonly AxisBreak[] = []): ArcLayout {
  const scale = timeScale(domain, [PAD, size.width - PAD]);
  const at = (ms: number) => scale(new Date(ms));
  const inView = marks.filter((m) => m.at >= domain[0] && m.at < domain[1]);

  // Pieces above the axis, each on its own row when their labels would touch.
  const pieceSpans = pieces.map((p) => {
    const x0 = at(p.from);
    const x1 = Math.max(x0 + 3, at(p.to));
    const len = p.label.length * size.charWidth;
    return { p, x0, x1, span: labelSpan((x0 + x1) / 2, len, size.width), len };
  });
  const pieceRows = assignRows(pieceSpans.map((s) => ({ lo: Math.min(s.span.lo, s.x0), hi: Math.max(s.span.lo + s.len, s.x1) })), 8);
  const nPieceRows = Math.max(1, rowCount(pieceRows));
  const axisY = ARC_ROWS.pieceTop + nPieceRows * ARC_ROWS.pieceRow + ARC_ROWS.axisGap;

  // Meeting labels below the axis, on as many rows as they need.
  const keyed = inView.filter((m) => m.label !== null).map((m) => {
    const x = at(m.at);
    const len = (m.label ?? '').length * size.charWidth;
    return { m, x, span: labelSpan(x, len, size.width), len };
  });
  const labelRows = assignRows(keyed.map((k) => ({ lo: k.span.lo, hi: k.span.lo + k.len })), 6);
  const labelY = (row: number) => axisY + ARC_ROWS.markR + ARC_ROWS.labelTop + row * ARC_ROWS.labelRow;
  const rowOf = new Map(keyed.map((k, i) => [k.m.id, { k, row: labelRows[i] ?? 0 }]));

  return {
    width: size.width,
    height: labelY(Math.max(0, rowCount(labelRows) - 1)) + ARC_ROWS.bottom + 16,
    axisY,
    ticks: breaks.length ? brokenTicks(domain, breaks, at, size.tickSpacing) : timeTicks(domain, at, size.tickSpacing),
    breaks: breaks.map((b) => {
      const x0 = at(warp(breaks, b.from));
      const x1 = at(warp(breaks, b.to));
      return { x0, x1, label: breakLabel(b), labelled: x1 - x0 >= breakLabel(b).length * size.charWidth };
    }),
    marks: inView.map((m) => {
      const placed = rowOf.get(m.id);
      return {
        id: m.id,
        x: at(m.at),
        key: m.label !== null,
        label: placed ? { x: placed.k.span.x, y: labelY(placed.row), anchor: placed.k.span.anchor, text: m.label ?? '' } : null,
      };
    }),
    pieces: pieceSpans.map((s, i) => ({
      id: s.p.id,
      x0: s.x0,
      x1: s.x1,
      y: ARC_ROWS.pieceTop + (pieceRows[i] ?? 0) * ARC_ROWS.pieceRow,
      label: { x: s.span.x, anchor: s.span.anchor, text: s.p.label },
    })),
  };
}

/**
 * A Kim–Xi meeting: a visit with both leaders among its actors, held in the
 * host's country (Kim in China, Xi in North Korea). Kim's condolence call at
 * the Chinese embassy in Pyongyang is a visit with both named, but not a
 * meeting; nor is a Chinese leader's visit that Kim received on Xi's behalf.
 */
export function isLeaderMeeting(event: { kind: string; actors: readonly string[]; direction?: string | undefined }, placeCountry: string | undefined): boolean {
  if (event.kind !== 'visit' || !event.actors.includes('kim-jong-un') || !event.actors.includes('xi-jinping')) return false;
  // The leader who travelled leads the actors: a premier's or a Politburo member's visit
  // that Kim received, with Xi named as the sender, is no Kim–Xi meeting.
  if (event.direction === 'dprk-to-china') return placeCountry === 'China' && event.actors[0] === 'kim-jong-un';
  if (event.direction === 'china-to-dprk') return placeCountry === 'North Korea' && event.actors[0] === 'xi-jinping';
  return false;
}

/**
 * Hit areas for marks along one axis (WCAG 2.5.8 asks 24×24 CSS px of a
 * tap target): each mark's span reaches `half` either side of it, but stops
 * halfway to its neighbour, so crowded marks share the room between them
 * instead of covering each other. Positions in, spans out, in the same order.
 */
export function hitSpans(xs: readonly number[], half: number): { x0: number; x1: number }[] {
  const sorted = [...xs].sort((a, b) => a - b);
  return xs.map((x) => {
    const i = sorted.indexOf(x);
    const before = i > 0 ? sorted[i - 1]! : -Infinity;
    const after = i < sorted.length - 1 ? sorted[i + 1]! : Infinity;
    const left = before === x ? x - half : Math.max(x - half, (before + x) / 2);
    const right = after === x ? x + half : Math.min(x + half, (x + after) / 2);
    return { x0: left, x1: right };
  });
}
