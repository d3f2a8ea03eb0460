import { rect } from './overview-paths.ts';

/**
 * The pieces' "written here" markers folded into path data. A corpus of a
 * thousand pieces has a thousand markers, and moving each one's group on
 * every frame costs more than a frame; while a dense chart's overview stands
 * in for the marks, the markers are drawn as one path per class ("day",
 * "window") instead, on whole pixels like the overview. The links' frame
 * puts the groups back (src/timeline/dense/enhance/overview-layer.ts).
 */
export interface WrittenMarker {
  /** The marker's rect class: "day" or "window". */
  cls: string;
  /** Where the rect starts across time, and its size across. */
  across: number;
  size: number;
}

/**
 * Classes drawn as a solid fill with no outline: rects of one of them that
 * overlap or touch paint exactly what their union paints, so they are
 * merged. Over the whole record a thousand day markers, each a tall rect a
 * few pixels wide, become a few long ones, and the wall they make costs a
 * few edges to rasterise instead of thousands. Windows are outlined, dashed,
 * each on its own: they stay apart.
 */
const MERGED = new Set(['day']);

/**
 * Path data by rect class for the markers whose span reaches into `along`.
 * `spans` are the markers' extents along time this frame (writtenSpan in written-labels.ts), in
 * the order of `markers`.
 */
export function writtenFoldPaths(markers: readonly WrittenMarker[], spans: readonly { from: number; to: number }[], along: readonly [number, number], wide: boolean): Map<string, string> {
  const parts = new Map<string, string[]>();
  /** Merged classes: whole-pixel [start, end) runs along time, by class and place across. */
  const runs = new Map<string, { cls: string; across: number; size: number; at: [number, number][] }>();
  const draw = (cls: string, along0: number, length: number, across: number, size: number) => {
    const d = wide ? rect(along0, across, length, size) : rect(across, along0, size, length);
    const list = parts.get(cls);
    if (list) list.push(d);
    else parts.set(cls, [d]);
  };
  markers.forEach((m, i) => {
    const span = spans[i];
    if (!span || span.to < along[0] || span.from > along[1]) return;
    if (!MERGED.has(m.cls)) return draw(m.cls, span.from, span.to - span.from, m.across, m.size);
    // The pixels rect() would cover along time.
    const start = Math.round(span.from);
    const key = `${m.cls}|${m.across}|${m.size}`;
    let run = runs.get(key);
    if (!run) runs.set(key, (run = { cls: m.cls, across: m.across, size: m.size, at: [] }));
    run.at.push([start, start + Math.max(1, Math.round(span.to - span.from))]);
  });
  for (const { cls, across, size, at } of runs.values()) {
    at.sort((a, b) => a[0] - b[0]);
    let [from, to] = at[0]!;
    for (const [a, b] of at.slice(1)) {
      if (a <= to) to = Math.max(to, b);
      else {
        draw(cls, from, to - from, across, size);
        [from, to] = [a, b];
      }
    }
    draw(cls, from, to - from, across, size);
  }
  return new Map([...parts].map(([cls, list]) => [cls, list.join('')]));
}
