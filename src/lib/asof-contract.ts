/**
 * The names the as-of script (src/client/asof.ts) and the timeline's
 * script share. The timeline writes them as literals (src/timeline/enhance/
 * chart.ts, view.ts and part.ts, each pointing here), so its bundle loads no chunk
 * of the as-of script's; tests/unit/asof.test.ts holds them in step.
 */

/** Sent to each <timeline-chart> once its marks are marked for the day, so it recounts and redraws. */
export const ASOF_EVENT = 'asof-change';
/** The class of a timeline mark (or list entry) hidden as later than the day. */
export const ASOF_LATER = 'asof-later';
/** Sent (bubbling) from a chart layout fetched after the page loaded (the phone's), so its marks are marked for the day too. */
export const CHART_PART_EVENT = 'timeline-part';
