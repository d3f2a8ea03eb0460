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
  /** Priority class (lower first, as in `order`): near places are tried before dodges within a class. */
  priority?: number;
  /**
   * The mark's place along time. Labels that give one keep time order on
   * their track: none starts before the label of an earlier mark or after
   * that of a later one (the narrow chart's label column, read top to
   * bottom). A label that fits nowhere in order is not drawn.
   */
  at?: number;
}

/** Where a placed label went: its start along time and its track. */
export interface PlacedLabel {
  start: number;
  track: number;
}

/** Something a label must not cover: a mark's extent along time on a track. */
export interface Obstacle {
  track: number;
  lo: number;
  hi: number;
}

export interface LabelLayoutOptions {
  /** The plot's edges along time: a label must lie wholly between them. */
  edges: readonly [number, number];
  /** Clear space kept between a label and anything else on its track. */
  gap: number;
}

/** Sorted, disjoint intervals of one track, as parallel arrays. */
interface Track {
  lo: number[];
  hi: number[];
  /** The mark's place of each label that keeps time order; NaN for obstacles and other labels. */
  at: number[];
}

/** Index of the first interval whose end (plus gap) reaches past x. */
function firstEndingAfter(track: Track, x: number, gap: number): number {
  let a = 0;
  let b = track.hi.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (track.hi[m]! + gap <= x) a = m + 1;
    else b = m;
  }
  return a;
}

function isFree(track: Track, lo: number, hi: number, gap: number): boolean {
  const i = firstEndingAfter(track, lo, gap);
  return i >= track.lo.length || track.lo[i]! - gap >= hi;
}

function insert(track: Track, lo: number, hi: number, gap: number, at = NaN): void {
  const i = firstEndingAfter(track, lo, gap);
  track.lo.splice(i, 0, lo);
  track.hi.splice(i, 0, hi);
  track.at.splice(i, 0, at);
}

/**
 * Whether a label of the mark at `at`, clear at [lo, …), keeps time order:
 * the nearest labels before and after it that keep order belong to marks at
 * or before its own, and after it (marks at one place keep the order their
 * labels were placed in). Those labels are in order already, so the nearest
 * two decide.
 */
function inOrder(track: Track, lo: number, gap: number, at: number): boolean {
  const i = firstEndingAfter(track, lo, gap);
  let j = i - 1;
  while (j >= 0 && Number.isNaN(track.at[j])) j--;
  if (j >= 0 && track.at[j]! > at) return false;
  j = i;
  while (j < track.at.length && Number.isNaN(track.at[j])) j++;
  return j >= track.at.length || track.at[j]! > at;
}

/** Obstacles per track, merged into sorted disjoint intervals (marks may overlap when zoomed out). */
function tracksFrom(obstacles: readonly Obstacle[]): Map<number, Track> {
  const byTrack = new Map<number, { lo: number; hi: number }[]>();
  for (const o of obstacles) {
    const list = byTrack.get(o.track);
    if (list) list.push(o);
    else byTrack.set(o.track, [o]);
  }
  const tracks = new Map<number, Track>();
  for (const [key, list] of byTrack) {
    list.sort((a, b) => a.lo - b.lo);
    const track: Track = { lo: [], hi: [], at: [] };
    for (const { lo, hi } of list) {
      const last = track.hi.length - 1;
      if (last >= 0 && lo <= track.hi[last]!) track.hi[last] = Math.max(track.hi[last]!, hi);
      else {
        track.lo.push(lo);
        track.hi.push(hi);
        track.at.push(NaN);
      }
    }
    tracks.set(key, track);
  }
  return tracks;
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
  const trackOf = (key: number): Track => {
    let track = tracks.get(key);
    if (!track) {
      track = { lo: [], hi: [], at: [] };
      tracks.set(key, track);
    }
    return track;
  };
  const placed: (PlacedLabel | null)[] = new Array<PlacedLabel | null>(requests.length).fill(null);
  /** Try the near candidates of request i, or (`dodge`) the rest; true when one was taken. */
  const tryPlace = (i: number, dodge: boolean): boolean => {
    const request = requests[i]!;
    const { at, candidates } = request;
    const near = request.near ?? candidates.length;
    const clear = (request.clear ?? []).map((key) => tracks.get(key)).filter((t): t is Track => t !== undefined);
    for (let k = dodge ? near : 0; k < (dodge ? candidates.length : near); k++) {
      const lo = candidates[k]!;
      const hi = lo + request.size;
      if (lo < edges[0] || hi > edges[1]) continue;
      const key = request.tracks?.[k] ?? request.track;
      const track = trackOf(key);
      if (!isFree(track, lo, hi, gap) || clear.some((t) => !isFree(t, lo, hi, gap))) continue;
      if (at !== undefined && !inOrder(track, lo, gap, at)) continue;
      insert(track, lo, hi, gap, at);
      placed[i] = { start: lo, track: key };
      return true;
    }
    return false;
  };
  const live = order.filter((i) => requests[i] !== undefined);
  // One priority class at a time: every label's near places first, then the dodges of those still unplaced.
  for (let a = 0; a < live.length; ) {
    const priority = requests[live[a]!]!.priority ?? 0;
    let b = a;
    while (b < live.length && (requests[live[b]!]!.priority ?? 0) === priority) b++;
    for (const i of live.slice(a, b).filter((i) => !tryPlace(i, false))) tryPlace(i, true);
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
