/**
 * Zoom as arithmetic. The chart is drawn once on a base scale (the default
 * view); a zoom is a transform (k, t) applied to base positions:
 * position = k · base(ms) + t. These functions convert between a transform
 * and the range of dates it shows, so a URL range can be restored exactly.
 */
export interface Linear {
  /** Pixels per millisecond on the base scale. */
  slope: number;
  /** Base position of ms = 0. */
  intercept: number;
}

export interface ZoomState {
  k: number;
  t: number;
}

/** The base linear map for a domain drawn across a pixel range. */
export function linearFor(domain: readonly [number, number], range: readonly [number, number]): Linear {
  const slope = (range[1] - range[0]) / (domain[1] - domain[0]);
  return { slope, intercept: range[0] - slope * domain[0] };
}

export function position(base: Linear, zoom: ZoomState, ms: number): number {
  return zoom.k * (base.slope * ms + base.intercept) + zoom.t;
}

/** The instant shown at a pixel position under a zoom. */
export function instantAt(base: Linear, zoom: ZoomState, px: number): number {
  return ((px - zoom.t) / zoom.k - base.intercept) / base.slope;
}

/** The dates visible between two pixel positions (the plot's edges). */
export function visibleDomain(base: Linear, zoom: ZoomState, range: readonly [number, number]): [number, number] {
  return [instantAt(base, zoom, range[0]), instantAt(base, zoom, range[1])];
}

/** The zoom that shows exactly [from, to] between the plot's edges. */
export function zoomFor(base: Linear, range: readonly [number, number], domain: readonly [number, number]): ZoomState {
  const b0 = base.slope * domain[0] + base.intercept;
  const b1 = base.slope * domain[1] + base.intercept;
  const k = (range[1] - range[0]) / (b1 - b0);
  return { k, t: range[0] - k * b0 };
}
