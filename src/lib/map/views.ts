import { geoEquirectangular, geoMercator, type GeoProjection } from 'd3-geo';

/**
 * The two maps of /places/, as fixed designs: Northeast Asia, where most of
 * the contacts happened (Beijing, Dalian, Pyongyang, Panmunjom, Pyeongchang
 * are within a few hundred kilometres of each other), and the world from New
 * York to Singapore for the far summits. Each view fits a longitude–latitude
 * box into its own width and height, so the drawing code never picks numbers.
 */
export interface MapView {
  id: 'region' | 'world';
  /** Caption heading. */
  title: string;
  width: number;
  height: number;
  /** [west, south, east, north] in degrees: what must be visible. */
  box: readonly [number, number, number, number];
  /** Padding inside the frame, in pixels. */
  pad: number;
  /** Which Natural Earth resolution to draw (world-atlas file). */
  resolution: '50m' | '110m';
  projection: 'mercator' | 'equirectangular';
}

export const REGION: MapView = {
  id: 'region',
  title: 'Northeast Asia',
  width: 640,
  height: 400,
  box: [112.5, 34.5, 131.5, 43.5],
  pad: 8,
  resolution: '50m',
  projection: 'mercator',
};

export const WORLD: MapView = {
  id: 'world',
  title: 'The far places',
  width: 640,
  height: 290,
  box: [-112, -8, 150, 66],
  pad: 6,
  resolution: '110m',
  projection: 'equirectangular',
};

/**
 * The box as a GeoJSON polygon, its ring clockwise (north edge west to east,
 * south edge back), as d3-geo needs to read it as the small area rather than
 * the globe minus it. Edges are sampled every 2° so they follow parallels.
 */
export function boxPolygon([w, s, e, n]: MapView['box']) {
  const ring: [number, number][] = [];
  for (let x = w; x < e; x += 2) ring.push([x, n]);
  ring.push([e, n]);
  for (let x = e; x > w; x -= 2) ring.push([x, s]);
  ring.push([w, s], [w, n]);
  return { type: 'Feature' as const, properties: {}, geometry: { type: 'Polygon' as const, coordinates: [ring] } };
}

/** A projection that fits the view's box inside its frame (less padding), clipped to the frame. */
export function projectionFor(view: MapView): GeoProjection {
  const base = view.projection === 'mercator' ? geoMercator() : geoEquirectangular();
  return base
    .fitExtent([[view.pad, view.pad], [view.width - view.pad, view.height - view.pad]], boxPolygon(view.box))
    .clipExtent([[0, 0], [view.width, view.height]]);
}

/** Whether a point falls inside the view's box (which map it is drawn on). */
export function inBox(view: MapView, lon: number, lat: number): boolean {
  const [w, s, e, n] = view.box;
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

/** Pin radius for a number of events: area grows with the count, from 4 px for one. */
export function pinRadius(count: number): number {
  return Math.round(4 * Math.sqrt(Math.max(1, count)) * 10) / 10;
}

/** Where a pin's label sits: to its right unless the place is listed here. */
export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'below-start';
export const LABEL_SIDE: Readonly<Record<string, LabelSide>> = {
  beijing: 'left',
  dalian: 'left',
  panmunjom: 'below',
  pyeongchang: 'below',
  pyongyang: 'above',
  // Near the world map's west edge: below, running east, so it is never cut off.
  washington: 'below-start',
  'new-york': 'right',
  hanoi: 'left',
  singapore: 'right',
  moscow: 'right',
};

/** Label anchor point and text-anchor for a pin at (x, y) with radius r. */
export function labelAt(side: LabelSide, x: number, y: number, r: number): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  const gap = r + 4;
  if (side === 'left') return { x: x - gap, y: y + 4, anchor: 'end' };
  if (side === 'above') return { x, y: y - gap, anchor: 'middle' };
  if (side === 'below') return { x, y: y + gap + 10, anchor: 'middle' };
  if (side === 'below-start') return { x: x - r, y: y + gap + 10, anchor: 'start' };
  return { x: x + gap, y: y + 4, anchor: 'start' };
}
