import { EPS, levelOk, type LabelLevel } from './label-level.ts';
import { firstEndingAfter, inOrder, insert, isFree, trackIn, tracksFrom, type Obstacle, type Track } from './track-intervals.ts';

/**
 * Where chart labels go, and which are drawn: collision avoidance over plain
 * arrays, in the spirit of Observable Plot's dodge. Every label sits on a
 * track (a lane's row in the wide chart, a lane's label column in the narrow
 * one) and only runs into what shares its track, so placing one is a binary
 * search in that track's sorted, disjoint intervals. Labels are taken in a
 * fixed order (priority, then time, see labelOrder); each takes the first of
 * its candidate positions that is inside the plot and clear of marks and of
 * labels already placed, or is left out. The build and every zoom frame run
 * this same function, so the no-JS picture and the enhanced chart agree.
 * Positions are sums of fractional pixels, so every comparison allows EPS:
 * a label that touches its neighbour's gap to within a hundredth of a pixel
 * fits (else one rounding error drops it).
 */

export interface LabelRequest {
  /** Track the label sits on. */
  track: number;
  /** Start positions along time to try, best first. */
  candidates: readonly number[];
  /**
   * The track of each candidate, when a label may dodge onto another track
   * (a neighbouring row); missing entries mean `track`.
   */
  tracks?: readonly number[];
  /**
   * Further tracks the label must keep clear of without claiming them: in the
   * narrow chart, the lanes its label runs across.
   */
  clear?: readonly number[];
  /** Length along time, in pixels. */
  size: number;
  /**
   * How many of the first candidates sit right by the mark (the rest are
   * dodges). Labels of one priority all try their near places before any
   * takes a dodge. Missing: all candidates are near.
   */
  near?: number;
  /**
   * Priority class (lower first, as in `order`): near places are tried before
   * dodges within a class. Below zero (KEPT in emphasis.ts, the narrow chart's
   * lead marks' and summits' labels), a label to keep: when no place is its
   * own mark's alone, it takes one where its text is level with its own.
   */
  priority?: number;
  /**
   * The mark's place along time. Labels that give one keep time order on
   * their track: none starts before the label of an earlier mark or after
   * that of a later one (the narrow chart's label column, read top to
   * bottom). A label that fits nowhere in order is not drawn.
   */
  at?: number;
  /**
   * Narrow: the marks a reader could take the label for instead of its own
   * (levelOk): `lane`, every mark of its lane in view; `own` and `reach`,
   * its own mark's anchor and how far its glyph reaches either side; `text`,
   * how much of the label's length its text takes (its line less the descent
   * below the baseline).
   */
  level?: LabelLevel;
}

/** Where a placed label went: its start along time and its track. */
export interface PlacedLabel {
  start: number;
  track: number;
}

export interface LabelLayoutOptions {
  /** The plot's edges along time: a label must lie wholly between them. */
  edges: readonly [number, number];
  /** Clear space kept between a label and anything else on its track. */
  gap: number;
}

/**
 * Place labels. `order` lists request indices in the order they claim space
 * (labelOrder); requests left out of it are not drawn. Returns, per request,
 * the chosen start along time and track, or null when no candidate fits.
 * Each candidate costs a binary search per track it must keep clear of.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  order: readonly number[],
  obstacles: readonly Obstacle[],
  options: LabelLayoutOptions,
): (PlacedLabel | null)[] {
  const { edges, gap } = options;
  const tracks = tracksFrom(obstacles);
  const trackOf = (key: number): Track => trackIn(tracks, key);
  const placed: (PlacedLabel | null)[] = new Array<PlacedLabel | null>(requests.length).fill(null);
  /**
   * Whether request i's label fits from lo on track key: inside the plot,
   * clear, in time order, and read as its own mark's (levelOk) or, `loose`,
   * at least level with it.
   */
  const fits = (i: number, lo: number, key: number, loose = false): boolean => {
    const { at, level, size, clear = [] } = requests[i]!;
    const hi = lo + size;
    const track = trackOf(key);
    return lo >= edges[0] && hi <= edges[1] && isFree(track, lo, hi, gap) && clear.every((c) => isFree(trackOf(c), lo, hi, gap))
      && (at === undefined || inOrder(track, lo, gap, at))
      && (!level || levelOk(level, lo, loose));
  };
  const put = (i: number, lo: number, key: number): void => {
    insert(trackOf(key), lo, lo + requests[i]!.size, gap, requests[i]!.at);
    placed[i] = { start: lo, track: key };
  };
  /** Put request i's label at the first of `starts` (each on its entry of `keys`, else the request's track) where it fits. */
  const place = (i: number, starts: readonly number[], loose = false, keys: readonly number[] = []): boolean => {
    const key = (k: number) => keys[k] ?? requests[i]!.track;
    const k = starts.findIndex((lo, k) => fits(i, lo, key(k), loose));
    if (k >= 0) put(i, starts[k]!, key(k));
    return k >= 0;
  };
  /** Try the near candidates of request i, or (`dodge`) the rest. */
  const tryPlace = (i: number, dodge: boolean): boolean => {
    const { candidates, tracks = [], near = candidates.length } = requests[i]!;
    const [a, b] = dodge ? [near, candidates.length] : [0, near];
    return place(i, candidates.slice(a, b), false, tracks.slice(a, b));
  };
  /** Narrow: request i's own places, then those snug below what ends just above its centred place and what blocks it. */
  const snug = (i: number): number[] => {
    const { candidates, track: key } = requests[i]!;
    const track = trackOf(key);
    const k = firstEndingAfter(track, candidates[0]!, gap);
    return [...candidates, track.hi[k - 1]! + gap, track.hi[k]! + gap];
  };
  /**
   * Narrow: a label with no place gets one try at room made by its
   * neighbours in the column (the label just above it, of the latest mark at
   * or before its own, and the one just below it): the one above moves up to
   * its next place, or the one below down to its next, or both, each only if
   * its text is still level with its own mark there and it keeps every rule.
   * The label then tries its own places, and those snug against the moved
   * labels within its reach. Else all stays as it was.
   */
  const makeRoom = (i: number): boolean => {
    const { at, track: key, level, candidates, size } = requests[i]!;
    if (at === undefined || !level) return false;
    const track = trackOf(key);
    // Labels keep time order on the track: the one above is the last of a mark at or before its own, the one below the
    // first of a mark after it (NaN, an obstacle's, compares false).
    const owner = (k: number) => placed.findIndex((p) => p?.track === key && p.start === track.lo[k]);
    const [up, down] = [owner(track.at.findLastIndex((a) => a <= at)), owner(track.at.findIndex((a) => a > at))];
    for (const moves of [[[up, -1]], [[down, 1]], [[up, -1], [down, 1]]] as [number, number][][]) {
      if (moves.some(([j]) => j < 0)) continue;
      const [saved, was] = [structuredClone(track), [...placed]];
      // Each one's next place up (-1) or down (+1) where its text is still level with its own mark.
      const to = moves.map(([j, dir]) => {
        const { candidates: places, level: own } = requests[j]!;
        return places.filter((c) => dir * (c - placed[j]!.start) > EPS && (!own || levelOk(own, c, true))).sort((a, b) => dir * (a - b))[0];
      });
      // Off the track, then each into its next place; then the label's own places, and those snug against them.
      for (const [j] of moves) for (const list of [track.lo, track.hi, track.at]) list.splice(firstEndingAfter(track, placed[j]!.start, 0), 1);
      if (moves.every(([j], k) => to[k] !== undefined && fits(j, to[k], key) && (put(j, to[k], key), true))) {
        const near = [Number(placed[up]?.start) + Number(requests[up]?.size) + gap, Number(placed[down]?.start) - gap - size];
        if (place(i, [...candidates, ...near.filter((lo) => lo >= Math.min(...candidates) - EPS && lo <= Math.max(...candidates) + EPS)])) return true;
      }
      Object.assign(track, saved);
      placed.splice(0, Infinity, ...was);
    }
    return false;
  };
  /**
   * A label's place: one of its own; else (narrow) one in room made by its
   * neighbours; else, for a label to keep, one level with its own mark.
   */
  const placeAt = (i: number, dodge: boolean): boolean =>
    tryPlace(i, dodge) || (!dodge && (makeRoom(i) || (requests[i]!.level !== undefined && (requests[i]!.priority ?? 0) < 0 && place(i, snug(i), true))));
  const live = order.filter((i) => requests[i] !== undefined);
  // One priority class at a time: every label's near places first, then the dodges of those still unplaced.
  for (let a = 0; a < live.length; ) {
    const priority = requests[live[a]!]!.priority ?? 0;
    let b = a;
    while (b < live.length && (requests[live[b]!]!.priority ?? 0) === priority) b++;
    for (const i of live.slice(a, b).filter((i) => !placeAt(i, false))) placeAt(i, true);
    a = b;
  }
  return placed;
}

/**
 * The order labels claim space: by priority (lower first), then by time, then
 * by index. Depends only on the events, so it is computed once, not per frame.
 */
export function labelOrder(items: readonly { priority: number; time: number }[]): number[] {
  return items.map((_, i) => i).sort((a, b) => items[a]!.priority - items[b]!.priority || items[a]!.time - items[b]!.time || a - b);
}

/**
 * Narrow chart: a label centred on its mark along time, or nudged earlier or
 * later by whole steps up to `steps` times (a dodge along the label column).
 */
export function dodgeCandidates(anchor: number, size: number, step: number, steps: number): number[] {
  const centred = anchor - size / 2;
  const out = [centred];
  for (let k = 1; k <= steps; k++) out.push(centred - k * step, centred + k * step);
  return out;
}
