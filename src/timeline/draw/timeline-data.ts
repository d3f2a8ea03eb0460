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

/** Drawings already laid out, by what was drawn: a page and its chart's phone layout (src/pages/parts/) share one. */
const drawn = new Map<string, Promise<TimelineDrawing>>();

export function timelineData(options: TimelineOptions): Promise<TimelineDrawing> {
  const key = `${options.asOf ?? ''}|${options.events ? options.events.map((e) => e.id).join(',') : 'all'}`;
  let drawing = drawn.get(key);
  if (!drawing) drawn.set(key, (drawing = layOut(options)));
  return drawing;
}

async function layOut(options: TimelineOptions): Promise<TimelineDrawing> {
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
