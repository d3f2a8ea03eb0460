import { getCollection } from 'astro:content';
import { getSite, type SiteEvent } from './site.ts';
import type { Place } from '../schemas/place.ts';

/**
 * Places joined with their events (in date order), for the map, the place
 * lists and the event pages. Places no event names are left out of the map.
 */
export interface SitePlace extends Place {
  events: SiteEvent[];
}

let cached: Promise<{ places: SitePlace[]; placeById: Map<string, SitePlace> }> | undefined;

export function getPlaces(): Promise<{ places: SitePlace[]; placeById: Map<string, SitePlace> }> {
  cached ??= (async () => {
    const { events } = await getSite();
    const places = (await getCollection('places'))
      .map((p): SitePlace => ({ ...p.data, events: events.filter((e) => e.placeId === p.data.id) }))
      .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
    return { places, placeById: new Map(places.map((p) => [p.id, p])) };
  })();
  return cached;
}
