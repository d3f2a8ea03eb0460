import { rect } from './overview.ts';

/**
 * The pieces' "written here" markers folded into path data. A corpus of a
 * thousand pieces has a thousand markers, and moving each one's group on
 * every frame costs more than a frame; while a dense chart's overview stands
 * in for the marks, the markers are drawn as one path per class ("day",
 * "window") instead, on whole pixels like the overview. The links' frame
 * puts the groups back (src/client/timeline/overview.ts).
 */
export interface WrittenMarker {
  /** The marker's rect class: "day" or "window". */
  cls: string;
  /** Where the rect starts across time, and its size across. */
  across: number;
  size: number;
}

/**
 * Path data by rect class for the markers whose span reaches into `along`.
 * `spans` are the markers' extents along time this frame (writtenSpan in written-labels.ts), in
 * the order of `markers`.
 */
export function writtenFoldPaths(markers: readonly WrittenMarker[], spans: readonly { from: number; to: number }[], along: readonly [number, number], wide: boolean): Map<string, string> {
  const parts = new Map<string, string[]>();
  markers.forEach((m, i) => {
    const span = spans[i];
    if (!span || span.to < along[0] || span.from > along[1]) return;
    const size = span.to - span.from;
    const d = wide ? rect(span.from, m.across, size, m.size) : rect(m.across, span.from, m.size, size);
    const list = parts.get(m.cls);
    if (list) list.push(d);
    else parts.set(m.cls, [d]);
  });
  return new Map([...parts].map(([cls, list]) => [cls, list.join('')]));
}
