import { breakLabel, warp, type AxisBreak } from './axis-break.ts';
import { px } from './place.ts';
import type { Orientation } from './orientation.ts';

/**
 * The bands along time of one layout, as drawn at the default view
 * (src/timeline/draw/TimelineBands.astro writes them out; the script moves
 * them each frame from their chart-time ends, src/timeline/enhance/axis.ts):
 * the tint over what came after both pieces were written, then each break of
 * the time axis, in the page colour with dashed edges and its name running
 * across the lanes (turned upright when time runs across). Pure.
 */
export interface BandDrawing {
  /** Its ends in chart time. */
  from: number;
  to: number;
  /** A break of the axis (named), or the tint after both pieces. */
  kind: 'break' | 'after';
  transform: string;
  rect: Record<string, string | number>;
  /** A break's name ("2004–07, not to scale") and where it sits, relative to the band's start. */
  label: { text: string; attrs: Record<string, string> } | null;
}

export interface ChartBandsInput {
  o: Orientation;
  breaks: readonly AxisBreak[];
  /** When both pieces had been written (chart time), or null. */
  after: number | null;
  /** The record's end (chart time): where the tint stops. */
  end: number;
  /** Chart time → px along time at the default view. */
  pos: (ms: number) => number;
  /** Where the bands run across. */
  across: readonly [number, number];
  /** Where a break's name is centred across (wide: in the first lane's rows, clear of every lane's name); the bands' middle if not given. */
  labelMid?: number | undefined;
}

export function chartBands(input: ChartBandsInput): BandDrawing[] {
  const { o, breaks, pos, across } = input;
  const mid = input.labelMid ?? (across[0] + across[1]) / 2;
  const spans = [
    ...(input.after === null ? [] : [{ from: input.after, to: input.end, label: null }]),
    ...breaks.map((b) => ({ from: warp(breaks, b.from), to: warp(breaks, b.to), label: `${breakLabel(b)}, not to scale` })),
  ];
  return spans.map((band): BandDrawing => {
    const size = pos(band.to) - pos(band.from);
    // Upright across the lanes (wide), or level near the band's top (narrow).
    const at: Record<string, string> = o.wide ? { transform: `translate(12,${px(mid)}) rotate(-90)`, 'text-anchor': 'middle' } : { x: px(mid), y: px(Math.min(16, size / 2 + 4)), 'text-anchor': 'middle' };
    return {
      from: band.from,
      to: band.to,
      kind: band.label ? 'break' : 'after',
      transform: o.translate(pos(band.from), 0),
      rect: { [o.along]: 0, [o.alongSize]: px(size), [o.across]: across[0], [o.acrossSize]: across[1] - across[0] },
      label: band.label ? { text: band.label, attrs: at } : null,
    };
  });
}
