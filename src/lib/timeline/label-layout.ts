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
  /** Length along time, in pixels. */
  size: number;
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

function insert(track: Track, lo: number, hi: number, gap: number): void {
  const i = firstEndingAfter(track, lo, gap);
  track.lo.splice(i, 0, lo);
  track.hi.splice(i, 0, hi);
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
    const track: Track = { lo: [], hi: [] };
    for (const { lo, hi } of list) {
      const last = track.hi.length - 1;
      if (last >= 0 && lo <= track.hi[last]!) track.hi[last] = Math.max(track.hi[last]!, hi);
      else {
        track.lo.push(lo);
        track.hi.push(hi);
      }
    }
    tracks.set(key, track);
  }
  return tracks;
}

/**
 * Place labels. `order` lists request indices in the order they claim space
 * (labelOrder); requests left out of it are not drawn. Returns, per request,
 * the chosen start along time, or null when no candidate fits.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  order: readonly number[],
  obstacles: readonly Obstacle[],
  options: LabelLayoutOptions,
): (number | null)[] {
  const { edges, gap } = options;
  const tracks = tracksFrom(obstacles);
  const placed: (number | null)[] = new Array<number | null>(requests.length).fill(null);
  for (const i of order) {
    const request = requests[i];
    if (!request) continue;
    let track = tracks.get(request.track);
    if (!track) {
      track = { lo: [], hi: [] };
      tracks.set(request.track, track);
    }
    for (const lo of request.candidates) {
      const hi = lo + request.size;
      if (lo < edges[0] || hi > edges[1]) continue;
      if (!isFree(track, lo, hi, gap)) continue;
      insert(track, lo, hi, gap);
      placed[i] = lo;
      break;
    }
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

/** Wide chart: a label starts just after its mark, or else ends just before it. */
export function besideCandidates(anchor: number, reach: number, size: number): [number, number] {
  return [anchor + reach, anchor - reach - size];
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
