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

/** Slack (px) in every comparison of positions. */
export const EPS = 0.01;

/** How much clearer (px) another mark must be before a reader takes a label for it rather than its own. */
export const LEVEL = 1;

/**
 * How far a label's text [lo, hi] lies from a mark's glyph (anchor ± reach)
 * along time: the gap between them, or less than zero by as much as they
 * overlap (the more level, the lower).
 */
export function separation(lo: number, hi: number, anchor: number, reach: number): number {
  return Math.max(lo, anchor - reach) - Math.min(hi, anchor + reach);
}

/** Whether a label's text, from `lo`, is level with its own mark (overlaps its glyph by more than LEVEL). */
export function levelWithOwn(level: NonNullable<LabelRequest['level']>, lo: number): boolean {
  return separation(lo, lo + level.text, level.own, level.reach) < -LEVEL - EPS;
}

/**
 * Whether a reader would take a label's text, from `lo`, for its own mark's.
 * A reader pairs a label with the mark of its lane its text is most level
 * with or, level with none, the nearest: so no other mark of the lane may be
 * more level with it, or nearer, than its own by more than LEVEL. A label
 * nudged off its mark to where the next one sits, or past it, would read as
 * that one's ("Xi visit rumoured" once sat level with the art troupe's mark,
 * 40 px below its own).
 */
export function levelOk(level: NonNullable<LabelRequest['level']>, lo: number): boolean {
  const { anchors, reaches, own, reach, text } = level;
  const hi = lo + text;
  const limit = separation(lo, hi, own, reach) - LEVEL - EPS;
  // Only a mark whose anchor lies within `far` of the text's middle can be that near.
  const mid = (lo + hi) / 2;
  const far = limit + text / 2 + level.most;
  let a = 0;
  let b = anchors.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (anchors[m]! <= mid - far) a = m + 1;
    else b = m;
  }
  for (let k = a; k < anchors.length && anchors[k]! < mid + far; k++) {
    if (separation(lo, hi, anchors[k]!, reaches[k]!) < limit) return false;
  }
  return true;
}

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
  /**
   * Narrow: the marks a reader could take the label for instead of its own
   * (levelOk). `anchors`: the places along time of every mark of its lane in
   * view, sorted, and `reaches`, how far each one's glyph reaches either side
   * (`most`: the farthest of them); `own` and `reach`, its own mark's;
   * `text`, how much of the label's length its text takes (its line less the
   * descent below the baseline).
   */
  level?: { anchors: readonly number[]; reaches: readonly number[]; most: number; own: number; reach: number; text: number };
  /**
   * A label to keep (the lead marks' and the summits'): it claims its place
   * before every other (placeLabels) and, narrow, when no place is its own
   * mark's alone, takes the nearest where its text is level with its own.
   */
  keep?: boolean;
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
  /** The request each label belongs to; -1 for obstacles. */
  who: number[];
}

/** Index of the first interval whose end (plus gap) reaches past x. */
function firstEndingAfter(track: Track, x: number, gap: number): number {
  let a = 0;
  let b = track.hi.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (track.hi[m]! + gap <= x + EPS) a = m + 1;
    else b = m;
  }
  return a;
}

function isFree(track: Track, lo: number, hi: number, gap: number): boolean {
  const i = firstEndingAfter(track, lo, gap);
  return i >= track.lo.length || track.lo[i]! - gap >= hi - EPS;
}

function insert(track: Track, lo: number, hi: number, gap: number, at = NaN, who = -1): void {
  const i = firstEndingAfter(track, lo, gap);
  track.lo.splice(i, 0, lo);
  track.hi.splice(i, 0, hi);
  track.at.splice(i, 0, at);
  track.who.splice(i, 0, who);
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
    const track: Track = { lo: [], hi: [], at: [], who: [] };
    for (const { lo, hi } of list) {
      const last = track.hi.length - 1;
      if (last >= 0 && lo <= track.hi[last]!) track.hi[last] = Math.max(track.hi[last]!, hi);
      else {
        track.lo.push(lo);
        track.hi.push(hi);
        track.at.push(NaN);
        track.who.push(-1);
      }
    }
    tracks.set(key, track);
  }
  return tracks;
}

/**
 * Place labels. `order` lists request indices in the order they claim space
 * (labelOrder); requests left out of it are not drawn. Labels to keep
 * (`keep`) go first, in that order, as a class of their own; the others
 * follow and fill in around them. Returns, per request, the chosen start
 * along time and track, or null when no candidate fits. Each candidate costs
 * a binary search per track it must keep clear of.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  order: readonly number[],
  obstacles: readonly Obstacle[],
  options: LabelLayoutOptions,
): (PlacedLabel | null)[] {
  const live = order.filter((i) => requests[i] !== undefined);
  return layOut(requests, [...live.filter((i) => requests[i]!.keep), ...live.filter((i) => !requests[i]!.keep)], obstacles, options);
}

/** One run of the layout over `live`, in that order. */
function layOut(requests: readonly LabelRequest[], live: readonly number[], obstacles: readonly Obstacle[], options: LabelLayoutOptions): (PlacedLabel | null)[] {
  const { edges, gap } = options;
  const tracks = tracksFrom(obstacles);
  const trackOf = (key: number): Track => {
    let track = tracks.get(key);
    if (!track) {
      track = { lo: [], hi: [], at: [], who: [] };
      tracks.set(key, track);
    }
    return track;
  };
  const placed: (PlacedLabel | null)[] = new Array<PlacedLabel | null>(requests.length).fill(null);
  /**
   * Whether request i's label fits from lo on track key: inside the plot,
   * clear, in time order, and read as its own mark's (`honest`: levelOk).
   */
  const fits = (i: number, lo: number, key: number, honest = true): boolean => {
    const { at, level, size, clear = [] } = requests[i]!;
    const hi = lo + size;
    const track = trackOf(key);
    return lo >= edges[0] - EPS && hi <= edges[1] + EPS && isFree(track, lo, hi, gap)
      && clear.every((c) => { const t = tracks.get(c); return !t || isFree(t, lo, hi, gap); })
      && (at === undefined || inOrder(track, lo, gap, at))
      && (!honest || !level || levelOk(level, lo));
  };
  const put = (i: number, lo: number, key: number): void => {
    insert(trackOf(key), lo, lo + requests[i]!.size, gap, requests[i]!.at, i);
    placed[i] = { start: lo, track: key };
  };
  /** Take request i's label off its track: the first interval ending after its start is its own (they are disjoint). */
  const take = (i: number): void => {
    const { start, track: key } = placed[i]!;
    const track = trackOf(key);
    const x = firstEndingAfter(track, start, 0);
    for (const list of [track.lo, track.hi, track.at, track.who]) list.splice(x, 1);
    placed[i] = null;
  };
  /**
   * Try the near candidates of request i, or (`dodge`) the rest, then any
   * `extra` places; true when one was taken.
   */
  const tryPlace = (i: number, dodge: boolean, extra: readonly number[] = []): boolean => {
    const request = requests[i]!;
    const { candidates } = request;
    const near = request.near ?? candidates.length;
    for (let k = dodge ? near : 0; k < (dodge ? candidates.length : near); k++) {
      const key = request.tracks?.[k] ?? request.track;
      if (fits(i, candidates[k]!, key)) {
        put(i, candidates[k]!, key);
        return true;
      }
    }
    for (const lo of extra) {
      if (fits(i, lo, request.track)) {
        put(i, lo, request.track);
        return true;
      }
    }
    return false;
  };
  /**
   * Narrow: a label with no place gets one try at room made by its
   * neighbours in the column (the label just above it, of the latest mark at
   * or before its own, and the one just below it): the one above moves up to
   * its next place, or the one below down to its next, or both, each only if
   * it is still level with its own mark there and keeps every rule. The label
   * then tries its own places, and those snug against the moved labels within
   * its reach. Else all stays as it was.
   */
  const makeRoom = (i: number): boolean => {
    const { at, track: key, level, candidates, size } = requests[i]!;
    if (at === undefined || !level) return false;
    // Labels keep time order on the track: the one above is the last of a mark at or before its own, the one below the
    // next. A walk out from its mark's place finds both (NaN, an obstacle's, compares false).
    const track = trackOf(key);
    let u = Math.min(firstEndingAfter(track, at, 0), track.lo.length - 1);
    while (u >= 0 && !(track.at[u]! <= at)) u--;
    let v = u + 1;
    for (; v < track.lo.length && !(track.at[v]! > at); v++) if (track.at[v]! <= at) u = v;
    const up = u >= 0 ? track.who[u]! : -1;
    const down = v < track.lo.length ? track.who[v]! : -1;
    /** Request j's next place up (-1) or down (+1) from where it is, if it is still level with its own mark there. */
    const next = (j: number, dir: number): number | null => {
      const from = placed[j]!.start;
      const own = requests[j]!.level;
      const ahead = requests[j]!.candidates.filter((c) => (dir < 0 ? c < from - EPS : c > from + EPS) && (!own || levelWithOwn(own, c)));
      return ahead.length === 0 ? null : dir < 0 ? Math.max(...ahead) : Math.min(...ahead);
    };
    const [lowest, highest] = [Math.min(...candidates), Math.max(...candidates)];
    for (const moves of [[[up, -1]], [[down, 1]], [[up, -1], [down, 1]]]) {
      if (moves.some(([j]) => j! < 0)) continue;
      const to = moves.map(([j, dir]) => next(j!, dir!));
      if (to.some((t) => t === null)) continue;
      const from = moves.map(([j]) => placed[j!]!.start);
      moves.forEach(([j]) => take(j!));
      const moved = moves.every(([j], k) => fits(j!, to[k]!, key) && (put(j!, to[k]!, key), true));
      if (moved) {
        const snug = [...(placed[up]?.start !== undefined ? [placed[up]!.start + requests[up]!.size + gap] : []), ...(down >= 0 && placed[down] ? [placed[down]!.start - gap - size] : [])];
        if (tryPlace(i, false, snug.filter((lo) => lo >= lowest - EPS && lo <= highest + EPS))) return true;
      }
      moves.forEach(([j]) => placed[j!] && take(j!));
      moves.forEach(([j], k) => put(j!, from[k]!, key));
    }
    return false;
  };
  /**
   * Narrow: a label to keep that has no place a reader would take for its own
   * mark's alone (a mark a few pixels on is more level with every place it
   * has) takes the nearest place where its text is still level with its own
   * mark: one of its own places, or one snug against what blocks them (a
   * break of the axis, a "written here" label, a label placed before it).
   * The reader sees the large mark and its bold label side by side; the other
   * mark's label, taken after, keeps off.
   */
  const keepBy = (i: number): boolean => {
    const { level, candidates, size, track: key } = requests[i]!;
    if (!level) return false;
    const track = trackOf(key);
    // Places level with its own mark start within reach + text before its anchor and reach after it.
    const [from, to] = [level.own - level.reach - level.text, level.own + level.reach];
    const snug: number[] = [];
    for (let k = firstEndingAfter(track, from - gap, 0); k < track.lo.length && track.lo[k]! - gap - size <= to; k++) snug.push(track.hi[k]! + gap, track.lo[k]! - gap - size);
    const near = [...candidates, ...snug].filter((lo) => levelWithOwn(level, lo)).sort((a, b) => Math.abs(a - candidates[0]!) - Math.abs(b - candidates[0]!));
    const lo = near.find((c) => fits(i, c, key, false));
    if (lo === undefined) return false;
    put(i, lo, key);
    return true;
  };
  /**
   * A label's place: one of its own; else (narrow) one in room made by its
   * neighbours; else, for a label to keep, one level with its own mark.
   */
  const placeAt = (i: number, dodge: boolean): boolean => tryPlace(i, dodge) || (!dodge && (makeRoom(i) || (requests[i]!.keep === true && keepBy(i))));
  // One class at a time (the labels to keep, then each priority): every label's near places first, then the dodges of
  // those still unplaced.
  const classOf = (i: number) => (requests[i]!.keep ? -Infinity : (requests[i]!.priority ?? 0));
  for (let a = 0; a < live.length; ) {
    const first = classOf(live[a]!);
    let b = a;
    while (b < live.length && classOf(live[b]!) === first) b++;
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
