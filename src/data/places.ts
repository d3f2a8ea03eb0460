import { readStore } from './store.ts';
import { getSite, type SiteEvent } from './site.ts';
import type { Place } from '../schemas/place.ts';

/**
 * Places joined with their events (in date order), for the map, the place
 * lists and the event pages. Places no event names are left out of the map.
 */
export interface SitePlace extends Place {
  events: SiteEvent[];
}

/** Joined from the store and the site's events on each call: the few pages that ask pay for a small join, and no second cache holds a copy. */
export async function getPlaces(): Promise<{ places: SitePlace[]; placeById: Map<string, SitePlace> }> {
  const [{ events }, store] = await Promise.all([getSite(), readStore()]);
  const places = store.places
    .map((p): SitePlace => ({ ...p.data, events: events.filter((e) => e.placeId === p.data.id) }))
    .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  return { places, placeById: new Map(places.map((p) => [p.id, p])) };
}
