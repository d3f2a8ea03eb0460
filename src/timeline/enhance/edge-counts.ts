import { CLS, sel } from '../model/contract.ts';
import type { Orientation } from '../model/orientation.ts';
import type { Mark } from './chart-types.ts';
import { firstWhere } from '../model/in-view.ts';

/**
 * "← 3 earlier" and "5 later →" at the plot's ends: how many marks the
 * filters leave before and after the view. Kept as sorted start and end
 * times, so each frame costs two binary searches, not a pass over the marks.
 */
export class EdgeCounts {
  private readonly earlier: SVGTextElement | null;
  private readonly later: SVGTextElement | null;
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(svg: SVGSVGElement, private readonly o: Orientation) {
    this.earlier = svg.querySelector<SVGTextElement>(sel(CLS.earlier));
    this.later = svg.querySelector<SVGTextElement>(sel(CLS.later));
  }

  /** Recount from the marks the filters leave. */
  refresh(marks: readonly Mark[]): void {
    const visible = marks.filter((m) => !m.filtered);
    this.starts = visible.map((m) => m.times.t0).sort((a, b) => a - b);
    this.ends = visible.map((m) => m.times.t1).sort((a, b) => a - b);
  }

  render([d0, d1]: readonly [number, number]): void {
    const earlier = lowerBound(this.ends, d0 + 1);
    const later = this.starts.length - lowerBound(this.starts, d1);
    if (this.earlier) this.earlier.textContent = earlier > 0 ? `${this.o.earlierArrow} ${earlier} earlier` : '';
    if (this.later) this.later.textContent = later > 0 ? `${later} later ${this.o.laterArrow}` : '';
  }
}

/** Index of the first value ≥ x in a sorted array. */
const lowerBound = (sorted: readonly number[], x: number): number => firstWhere(sorted.length, (k) => sorted[k]! >= x);
