import { z } from 'astro/zod';
import { kebabId, text } from './fields.ts';

/**
 * A place where events happened (content/places/<id>.yaml), drawn on the map
 * at /places/. Events name it with `placeId`.
 *
 * Coordinates are a city's (or site's) point as given by the English
 * Wikipedia infobox, rounded to two decimals (about 1 km): a map pin, not a
 * venue. A place with no single point ("North Korea, no one place") leaves
 * both out and is listed beside the map rather than drawn on it.
 */
export const placeSchema = z
  .strictObject({
    /** Kebab-case id, equal to the file name; what events write as `placeId`. */
    id: kebabId,
    /** Name as a reader knows it ("Pyongyang"). */
    name: text('name'),
    /** Country it lies in, as written on the site ("North Korea"). */
    country: text('country'),
    /** Latitude in decimal degrees, north positive (−90 to 90). */
    lat: z.number({ error: 'lat must be a number of degrees, north positive (e.g. 39.04)' }).min(-90).max(90).optional(),
    /** Longitude in decimal degrees, east positive (−180 to 180). */
    lon: z.number({ error: 'lon must be a number of degrees, east positive (e.g. 125.76)' }).min(-180).max(180).optional(),
    /** Where the coordinates come from, when not the Wikipedia infobox (e.g. the site of the Joint Security Area). */
    basis: text('basis').optional(),
  })
  .superRefine((place, ctx) => {
    if ((place.lat === undefined) !== (place.lon === undefined)) {
      ctx.addIssue({ code: 'custom', path: [place.lat === undefined ? 'lat' : 'lon'], message: 'give both lat and lon, or neither (for a place with no single point)' });
    }
  });

export type Place = z.output<typeof placeSchema>;
