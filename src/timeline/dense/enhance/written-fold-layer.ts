import { CLS, sel } from '../../model/contract.ts';
import { writtenFoldPaths, type WrittenMarker } from '../model/written-fold-paths.ts';
import { writtenSpan } from '../../model/written-labels.ts';
import type { Orientation } from '../../model/orientation.ts';
import type { Pos } from './fence.ts';

/**
 * The "written here" markers of a dense chart, drawn as a few paths while
 * the overview stands in for the marks (src/timeline/dense/model/written-fold-paths.ts):
 * the stylesheet hides the marker groups while the layer has the folded
 * class, and the view moves the groups again once it is gone. Loaded with
 * the overview, so ordinary charts never fetch it.
 */
const SVG = 'http://www.w3.org/2000/svg';

export class WrittenFold {
  private readonly layer: SVGGElement | null;
  private readonly markers: WrittenMarker[];
  private readonly times: { from: number; to: number }[];
  private readonly paths = new Map<string, SVGPathElement>();
  private folded = false;

  /** `times`: the markers' days (chart time), from the chart's model, in the order they are drawn. */
  constructor(svg: SVGSVGElement, times: readonly { from: number; to: number }[], private readonly o: Orientation, private readonly along: readonly [number, number]) {
    this.layer = svg.querySelector<SVGGElement>(sel(CLS.writtenLayer));
    const groups = [...svg.querySelectorAll<SVGGElement>(sel(CLS.written))];
    this.times = times.map((t) => ({ from: t.from, to: t.to }));
    this.markers = groups.map((g) => {
      const r = g.firstElementChild;
      return { cls: r?.getAttribute('class') ?? 'day', across: Number(r?.getAttribute(o.across) ?? 0), size: Number(r?.getAttribute(o.acrossSize) ?? 0) };
    });
  }

  draw(pos: Pos): void {
    if (!this.layer) return;
    const data = writtenFoldPaths(this.markers, this.times.map((t) => writtenSpan(t.from, t.to, pos)), this.along, this.o.wide);
    for (const [cls, path] of this.paths) path.setAttribute('d', data.get(cls) ?? '');
    for (const [cls, d] of data) {
      if (this.paths.has(cls)) continue;
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('class', cls);
      path.setAttribute('d', d);
      this.layer.append(path);
      this.paths.set(cls, path);
    }
    if (!this.folded) this.layer.classList.add(CLS.folded);
    this.folded = true;
  }

  /** Give the layer back to the marker groups (the view places them in the same frame). */
  unfold(): void {
    if (!this.folded) return;
    this.folded = false;
    this.layer?.classList.remove(CLS.folded);
    for (const path of this.paths.values()) path.setAttribute('d', '');
  }
}
