/**
 * The events list as a chronology: one line per event, and the filters by
 * pair (lane) and kind, each a static page so they work without JavaScript.
 */
import { asOfStates, type AsOfEvent } from './asof.ts';

/** Longest one-line summary, in characters, before it is cut at a word. */
export const SUMMARY_MAX = 150;

/**
 * The summary's first sentence, cut at a word with an ellipsis when still
 * longer than `max`. A full stop after a single capital ("U.S.") or a
 * title ("Mr.") does not end the sentence.
 */
export function oneLine(summary: string, max = SUMMARY_MAX): string {
  const clean = summary.replace(/\s+/g, ' ').trim();
  const end = /(?<!\b[A-Z]|\b(?:Mr|Ms|Dr|St|No|vs))[.!?](?=\s[A-Z“"(])/.exec(clean);
  const first = end ? clean.slice(0, end.index + 1) : clean;
  if ([...first].length <= max) return first;
  const chars = [...first];
  const room = chars.slice(0, max - 1).join('');
  // When the next character is a space, the room already ends at a word.
  const cut = chars[max - 1] === ' ' ? room.length : room.lastIndexOf(' ');
  return `${(cut > 0 ? room.slice(0, cut) : room).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export interface Filter {
  /** "lane" or "kind"; null for all events. */
  by: 'lane' | 'kind' | null;
  value: string | null;
}

/** The values of a field that occur in the events, in the vocabulary's order, with their counts. */
export function facetCounts<K extends string>(order: readonly K[], values: readonly K[]): { value: K; count: number }[] {
  return order.map((value) => ({ value, count: values.filter((v) => v === value).length })).filter((f) => f.count > 0);
}

/** What the as-of counts read of an event: its days (asOfAttrs) and its filters. */
export interface FacetEvent extends AsOfEvent {
  lane: string;
  kind: string;
}

/** A filter's key, as its link carries it (data-facet): "all", "lane:china-dprk", "kind:visit". */
export function facetKey(by: Filter['by'], value: string | null): string {
  return by && value ? `${by}:${value}` : 'all';
}

/**
 * The filters' counts as the record stood on `day`: for each filter, how many
 * of its events were public by then (begun and public, or announced before
 * they began; asOfStates). Events under way but not yet public, and later
 * ones, are not counted: a reader on that day could not know of them.
 */
export function facetCountsAsOf(day: string, events: readonly FacetEvent[]): Record<string, number> {
  const states = asOfStates(day, events);
  const counts: Record<string, number> = { all: 0 };
  for (const e of events) {
    const state = states.get(e.id);
    if (state !== 'public' && state !== 'announced') continue;
    for (const key of ['all', facetKey('lane', e.lane), facetKey('kind', e.kind)]) counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
