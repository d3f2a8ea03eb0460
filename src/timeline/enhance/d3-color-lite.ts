/**
 * What the browser's timeline bundle gets instead of d3-color (about 3 KB
 * gzipped, most of it the table of CSS colour names). d3-zoom pulls in
 * d3-transition and d3-interpolate, which import d3-color only to tween
 * colours (transition.attr / .style with a colour value, interpolateRgb and
 * kin); the timeline tweens nothing but the zoom transform (interpolateZoom),
 * so no colour code ever runs here. `color` says "not a colour" for every
 * value, so a stray colour tween would fall back to a string tween instead
 * of failing; the constructors throw, so a real use is caught at once.
 * Swapped in for the client build only, by the plugin in astro.config.ts;
 * the build's own d3 (d3-scale at build time) keeps the real d3-color.
 */
function unavailable(): never {
  throw new Error('d3-color is not bundled with the timeline (src/timeline/enhance/d3-color-lite.ts)');
}
export function color(): null {
  return null;
}
export const rgb = unavailable;
export const hsl = unavailable;
export const lab = unavailable;
export const hcl = unavailable;
export const cubehelix = unavailable;
