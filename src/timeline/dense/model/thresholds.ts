/**
 * When a chart is dense, given to the chart's model by
 * src/timeline/draw/timeline-layout.ts. The dense path's browser tests run on
 * a fixture site (tests/fixtures/dense-site/) whose generated records exceed
 * both, so they test these very values.
 */

/**
 * Above this many marks the chart is "dense": marks outside the view leave
 * the render tree, and a zoom or pan in progress is drawn as a few paths
 * instead of one moving link per mark (overview-paths.ts).
 */
export const DENSE_ABOVE = 1500;

/**
 * A dense chart shows its links only while at most this many marks are in
 * view; above it (10,000 events over the whole record) marks overlap by the
 * dozen per pixel, no single one can be picked, and the overview stays until
 * the reader zooms in. The list below the chart and every event page remain.
 */
export const LINKS_MAX = 2500;
