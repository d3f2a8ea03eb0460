/**
 * The two names the as-of script (src/client/asof.ts) and the timeline's
 * script share, apart from the filter itself so the timeline's bundle carries
 * only these strings.
 */

/** Sent to each <timeline-chart> once its marks are marked for the day, so it recounts and redraws. */
export const ASOF_EVENT = 'asof-change';
/** The class of a timeline mark (or list entry) hidden as later than the day. */
export const ASOF_LATER = 'asof-later';
