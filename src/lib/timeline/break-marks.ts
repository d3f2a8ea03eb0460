import { breakLabel, warp, type AxisBreak } from './axis-break.ts';

/**
 * Where each break of the time axis is drawn for one frame: its band along
 * time (pixels) and the label naming what it leaves out, shown when the band
 * is wide enough to hold it along time (`room`). Breaks wholly outside the
 * plot are left out. Pure; the build and every zoom frame call it.
 */
export interface BreakMark {
  lo: number;
  hi: number;
  label: string;
  showLabel: boolean;
}

export function breakMarks(breaks: readonly AxisBreak[], pos: (chartMs: number) => number, along: readonly [number, number], room = 0): BreakMark[] {
  const out: BreakMark[] = [];
  for (const b of breaks) {
    const lo = pos(warp(breaks, b.from));
    const hi = pos(warp(breaks, b.to));
    if (hi < along[0] || lo > along[1]) continue;
    const mid = (lo + hi) / 2;
    out.push({ lo, hi, label: breakLabel(b), showLabel: hi - lo >= room && mid >= along[0] && mid <= along[1] });
  }
  return out;
}

/**
 * A break's band (across the lanes, from `a` to `b` across) and its label's
 * place, as SVG attributes for either orientation: one design for both, the
 * label running across the lanes in the middle of the band (turned upright
 * when time runs across, level when it runs down).
 */
export function breakShapes(m: BreakMark, wide: boolean, across: { a: number; b: number; labels: number }): { band: Record<string, string>; label: Record<string, string> } {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  const mid = (m.lo + m.hi) / 2;
  return wide
    ? {
        band: { x: f(m.lo), y: f(across.a), width: f(m.hi - m.lo), height: f(across.b - across.a) },
        label: { transform: `translate(${f(mid + 4)},${f((across.a + across.b) / 2)}) rotate(-90)`, 'text-anchor': 'middle' },
      }
    : {
        band: { x: f(across.a), y: f(m.lo), width: f(across.b - across.a), height: f(m.hi - m.lo) },
        label: { x: f((across.a + across.b) / 2), y: f(mid + 4), 'text-anchor': 'middle' },
      };
}
