import { scaleUtc, type ScaleTime } from 'd3-scale';

/**
 * The time axis. A linear map from instants (ms) to pixels along the time
 * direction: x in the wide layout, y in the narrow one. Kept as d3's UTC scale
 * so build-time drawing and the browser agree to the pixel.
 */
export type TimeScale = ScaleTime<number, number>;

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  return scaleUtc().domain([new Date(domain[0]), new Date(domain[1])]).range([range[0], range[1]]);
}
