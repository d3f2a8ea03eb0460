import { firstWhere } from './in-view.ts';
import { EPS } from './label-level.ts';

/**
 * The label layout's tracks (label-layout.ts): each track's taken stretches
 * as sorted, disjoint intervals, so asking whether a label fits, and taking
 * its place, is a binary search.
 */

/** Something a label must not cover: a mark's extent along time on a track. */
export interface Obstacle {
  track: number;
  lo: number;
  hi: number;
}

/** Sorted, disjoint intervals of one track, as parallel arrays. */
export interface Track {
  lo: number[];
  hi: number[];
  /** The mark's place of each label that keeps time order; NaN for obstacles and other labels. */
  at: number[];
}

/** Index of the first interval whose end (plus gap) reaches past x. */
export function firstEndingAfter(track: Track, x: number, gap: number): number {
  return firstWhere(track.hi.length, (m) => track.hi[m]! + gap > x + EPS);
}

export function isFree(track: Track, lo: number, hi: number, gap: number): boolean {
  const i = firstEndingAfter(track, lo, gap);
  return i >= track.lo.length || track.lo[i]! - gap >= hi - EPS;
}

export function insert(track: Track, lo: number, hi: number, gap: number, at = NaN): void {
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
export function inOrder(track: Track, lo: number, gap: number, at: number): boolean {
  const i = firstEndingAfter(track, lo, gap);
  // Skip the obstacles (NaN, the one value unequal to itself); past either end the place is undefined.
  let j = i;
  while (--j >= 0 && track.at[j] !== track.at[j]);
  if (track.at[j]! > at) return false;
  j = i;
  while (track.at[j] !== track.at[j]) j++;
  return !(track.at[j]! <= at);
}

/** Obstacles per track, merged into sorted disjoint intervals (marks may overlap when zoomed out). */
export function tracksFrom(obstacles: readonly Obstacle[]): Map<number, Track> {
  const tracks = new Map<number, Track>();
  for (const { track: key, lo, hi } of [...obstacles].sort((a, b) => a.lo - b.lo)) {
    const track = trackIn(tracks, key);
    const last = track.hi.length - 1;
    if (last >= 0 && lo <= track.hi[last]!) track.hi[last] = Math.max(track.hi[last]!, hi);
    else {
      track.lo.push(lo);
      track.hi.push(hi);
      track.at.push(NaN);
    }
  }
  return tracks;
}

/** A track of the map, made empty if it has none yet. */
export const trackIn = (tracks: Map<number, Track>, key: number): Track => tracks.get(key) ?? tracks.set(key, { lo: [], hi: [], at: [] }).get(key)!;
