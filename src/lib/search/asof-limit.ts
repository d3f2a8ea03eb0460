import { asOfStates, type AsOfState } from '../asof.ts';
import type { DateIndex } from './date-index.ts';
import { paths } from '../urls.ts';

/**
 * Search with `?asof=`: the date index cut to what was public on the day
 * (src/lib/asof.ts), so a date query answers from the record as it stood,
 * and the pages a word search may return. Events later than the day go;
 * events under way but not yet public stay, marked; pieces count from the
 * first day they may have been written, and their claims with them.
 */
export interface LimitedIndex {
  index: DateIndex;
  /** Each remaining event's state (public, announced or under way). */
  states: ReadonlyMap<string, AsOfState>;
  /** How many events were left out as later. */
  later: number;
  /** The site paths of every event, claim and piece left out, for word results. */
  hiddenPaths: ReadonlySet<string>;
}

export function limitIndex(index: DateIndex, day: string): LimitedIndex {
  const states = asOfStates(day, index.events);
  const keepEvent = (id: string) => states.get(id) !== 'later';
  const pieces = index.pieces.filter((p) => p.from <= day);
  const written = new Set(pieces.map((p) => p.id));
  const hiddenPaths = new Set<string>([
    ...index.events.filter((e) => !keepEvent(e.id)).map((e) => paths.event(e.id)),
    ...index.claims.filter((c) => !written.has(c.piece)).map((c) => paths.claim(c.id)),
    ...index.pieces.filter((p) => !written.has(p.id)).map((p) => paths.article(p.id)),
  ]);
  const kept = new Map([...states].filter(([, s]) => s !== 'later'));
  return {
    index: {
      events: index.events.filter((e) => keepEvent(e.id)),
      // A claim speaks of its events; those later than the day are not yet in its record.
      claims: index.claims.filter((c) => written.has(c.piece)).map((c) => ({ ...c, events: c.events.filter(keepEvent) })),
      pieces,
    },
    states: kept,
    later: states.size - kept.size,
    hiddenPaths,
  };
}
