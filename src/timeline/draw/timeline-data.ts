/**
 * The site's records for its timeline: the events (all of them unless given),
 * the pieces, the story notes and the places, read from the site's joined
 * data and laid out by timeline-layout.ts.
 */
import { getSite, type SiteEvent } from '../../data/site.ts';
import { getPlaces } from '../../data/places.ts';
import { timelineLayout, type TimelineDrawing } from './timeline-layout.ts';

export interface TimelineOptions {
  /** The events to draw (all of them unless given: the record as of a day gives those public by then). */
  events?: SiteEvent[] | undefined;
  /** The record as of this day: pieces written later are left out. */
  asOf?: string | undefined;
}

export async function timelineData(options: TimelineOptions): Promise<TimelineDrawing> {
  const site = await getSite();
  const { placeById } = await getPlaces();
  return timelineLayout({
    events: options.events ?? site.events,
    articles: site.articles,
    annotations: site.annotations,
    countryOf: (placeId) => placeById.get(placeId ?? '')?.country,
    asOf: options.asOf,
  });
}
