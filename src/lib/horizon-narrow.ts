import type { DatedEvent, Horizon } from './horizon.ts';

/**
 * A piece's horizon narrowed to the events that bear on one claim, each list
 * in its own order. Each claim page narrows its piece's horizon; filtering
 * the four lists (the whole record between them) on every claim page made the
 * claim pages cost claims × events, so each horizon is indexed once by event
 * id and a page looks up only its own events.
 */

type Bucket = keyof Horizon<DatedEvent>;
const BUCKETS: readonly Bucket[] = ['hidden', 'maybeHidden', 'after', 'maybeAfter'];

const places = new WeakMap<object, Map<string, { bucket: Bucket; index: number }>>();

function placesOf<E extends DatedEvent>(horizon: Horizon<E>): Map<string, { bucket: Bucket; index: number }> {
  let index = places.get(horizon);
  if (!index) {
    index = new Map();
    for (const bucket of BUCKETS) horizon[bucket].forEach((e, i) => index!.set(e.id, { bucket, index: i }));
    places.set(horizon, index);
  }
  return index;
}

export function narrowHorizon<E extends DatedEvent>(horizon: Horizon<E>, relevant: Iterable<string>): Horizon<E> {
  const index = placesOf(horizon);
  const found: Record<Bucket, number[]> = { hidden: [], maybeHidden: [], after: [], maybeAfter: [] };
  for (const id of new Set(relevant)) {
    const place = index.get(id);
    if (place) found[place.bucket].push(place.index);
  }
  const pick = (bucket: Bucket) => found[bucket].sort((a, b) => a - b).map((i) => horizon[bucket][i]!);
  return { hidden: pick('hidden'), maybeHidden: pick('maybeHidden'), after: pick('after'), maybeAfter: pick('maybeAfter') };
}
