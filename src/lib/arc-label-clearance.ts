/**
 * Labels under the home page's story arc hang from their marks on stems. When
 * meetings crowd (Beijing, Dalian, Beijing in three months of 2018) the
 * labels are staggered on rows, and a stem running down to a lower row can
 * pass through a label on a row above it. This places each label centred on
 * its stem, or beside it (starting just right of it, or ending just left of
 * it), choosing the arrangement that changes fewest labels among those where
 * no stem crosses another mark's label and no two labels touch, moving a label
 * to another of the layout's rows where that is what it takes. Pure geometry,
 * in the chart's own units; the chart keeps its rows and so its height.
 */

export type Anchor = 'start' | 'middle' | 'end';

export interface HangingLabel {
  /** The mark's x: its stem runs down from the axis at this x to the label. */
  markX: number;
  /** The label's baseline y; its stem ends just above it. */
  y: number;
  x: number;
  anchor: Anchor;
  text: string;
}

export interface ClearanceSize {
  /** The chart's width; a label stays within [pad, width − pad]. */
  width: number;
  /** Width of one character of label text, in chart units. */
  charWidth: number;
  /** Where stems begin (the axis, below the mark). */
  stemTop: number;
  /** How far above its baseline a label's text reaches (its stem stops there). */
  ascent: number;
  /** How far below the baseline a label's text reaches. */
  descent: number;
  /** The room kept between a label and a stem or another label. */
  gap: number;
  /** The margin kept at either end of the chart. */
  pad: number;
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function box(label: Pick<HangingLabel, 'x' | 'y' | 'anchor' | 'text'>, size: ClearanceSize): Box {
  const len = label.text.length * size.charWidth;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - len : label.x - len / 2;
  return { x0, x1: x0 + len, y0: label.y - size.ascent, y1: label.y + size.descent };
}

/** The places a label may hang on each row: centred on its stem, right of it, left of it. */
function candidates(label: HangingLabel, rows: readonly number[], size: ClearanceSize): HangingLabel[] {
  const beside = size.gap + 1;
  const places = (y: number): HangingLabel[] => [
    { ...label, y, x: label.markX, anchor: 'middle' },
    { ...label, y, x: label.markX + beside, anchor: 'start' },
    { ...label, y, x: label.markX - beside, anchor: 'end' },
  ];
  // Its own row first; that row's places come again among all rows' and fall out with the other repeats.
  const all = [label, ...places(label.y), ...rows.flatMap(places)];
  return all.filter((c, i) => all.findIndex((d) => d.x === c.x && d.y === c.y && d.anchor === c.anchor) === i);
}

/**
 * The stems of the other labels that pass through this label's box. A label's
 * own stem stops where its box begins (bottom = y0), so it never counts.
 */
function stemsCrossed(b: Box, labels: readonly HangingLabel[], size: ClearanceSize): number {
  let n = 0;
  labels.forEach((other) => {
    const top = size.stemTop;
    const bottom = other.y - size.ascent;
    const crossesX = other.markX > b.x0 - size.gap && other.markX < b.x1 + size.gap;
    const crossesY = bottom > b.y0 && top < b.y1;
    if (crossesX && crossesY) n += 1;
  });
  return n;
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;
}

/** How many crossings an arrangement has: stems through labels, labels touching, labels cut off. */
export function crossings(labels: readonly HangingLabel[], size: ClearanceSize): number {
  const boxes = labels.map((l) => box(l, size));
  let n = 0;
  boxes.forEach((b, i) => {
    n += stemsCrossed(b, labels, size);
    if (b.x0 < size.pad - 0.01 || b.x1 > size.width - size.pad + 0.01) n += 1;
    for (let j = i + 1; j < boxes.length; j++) if (overlaps(b, boxes[j]!, size.gap)) n += 1;
  });
  return n;
}

/**
 * Labels whose marks stand close enough to meet: a label can only reach a
 * stem within its own length of its mark, so marks further apart than the
 * longest label never interact.
 */
function clusters(labels: readonly HangingLabel[], size: ClearanceSize): number[][] {
  const reach = Math.max(0, ...labels.map((l) => l.text.length * size.charWidth)) + size.gap * 2;
  const order = labels.map((_, i) => i).sort((a, b) => labels[a]!.markX - labels[b]!.markX);
  const groups: number[][] = [];
  for (const i of order) {
    const last = groups.at(-1);
    if (last && labels[i]!.markX - labels[last.at(-1)!]!.markX < reach) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

/**
 * The labels placed so that no stem crosses a label: each stays on one of the
 * layout's rows (the chart keeps its height) and hangs centred on its stem or
 * beside it, changing as few labels as it can. The search is exhaustive within
 * each cluster of nearby marks, the others held where they are; where no
 * arrangement is clear, the one with fewest crossings is kept.
 */
export function clearStems(labels: readonly HangingLabel[], size: ClearanceSize): HangingLabel[] {
  const rows = [...new Set(labels.map((l) => l.y))].sort((a, b) => a - b);
  const placed = [...labels];
  for (const group of clusters(labels, size)) {
    const options = group.map((i) => candidates(labels[i]!, rows, size));
    let best: { pick: number[]; crossings: number; changed: number } | null = null;
    const pick = group.map(() => 0);
    const visit = (k: number): void => {
      if (k === group.length) {
        const trial = [...placed];
        group.forEach((i, j) => (trial[i] = options[j]![pick[j]!]!));
        const score = { pick: [...pick], crossings: crossings(trial, size), changed: pick.filter((p) => p !== 0).length };
        if (!best || score.crossings < best.crossings || (score.crossings === best.crossings && score.changed < best.changed)) best = score;
        return;
      }
      for (let p = 0; p < options[k]!.length; p++) {
        pick[k] = p;
        visit(k + 1);
      }
      pick[k] = 0;
    };
    // Past five labels in one cluster (about ten places each) the search grows too large: keep the layout's own placing.
    if (group.length <= 5) visit(0);
    const chosen = best as { pick: number[] } | null;
    if (chosen) group.forEach((i, j) => (placed[i] = options[j]![chosen.pick[j]!]!));
  }
  return placed;
}
