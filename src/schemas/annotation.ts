import { z } from 'astro/zod';
import { kebabId, text } from './fields.ts';

/** Longest callout title drawn on the chart, in characters. */
export const CALLOUT_TITLE_MAX = 34;

/**
 * A link the chart draws between two events of a story annotation, e.g. one
 * of Kim's visits to China and the summit with Seoul or Washington it came
 * before or after.
 */
export const annotationLinkSchema = z.strictObject({
  /** The event the link starts from (an id in content/events/). */
  event: kebabId,
  /** The event it points to (an id in content/events/). */
  to: kebabId,
  /** Whether `event` came before or after `to`, said in the list under the chart. */
  relation: z.enum(['before', 'after'], { error: 'relation must be "before" or "after"' }),
});

/**
 * A story annotation (content/annotations/<id>.yaml): a neutral, short note
 * about the record, drawn on the timeline as a callout over the events it
 * cites. It states nothing the cited events (and their sources) do not.
 */
export const annotationSchema = z.strictObject({
  /** Kebab-case id, equal to the file name. */
  id: kebabId,
  /** The callout's words on the chart, at most 34 characters ("Four visits in ten months"). */
  title: text('title').pipe(z.string().max(CALLOUT_TITLE_MAX, { error: `title is longer than ${CALLOUT_TITLE_MAX} characters; shorten it (it is drawn on the chart)` })),
  /** One or two neutral sentences, shown in the notes under the chart. */
  note: text('note'),
  /** Ids of the events the note rests on (content/events/); the callout spans the first to the last. */
  events: z.array(kebabId, { error: 'events must be a list of event ids' }).min(1, { error: 'cite at least one event id from content/events/' }),
  /** Links drawn between pairs of cited events. */
  links: z.array(annotationLinkSchema, { error: 'links must be a list of { event, to, relation }' }).optional(),
});

export type Annotation = z.output<typeof annotationSchema>;
