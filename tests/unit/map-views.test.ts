import { geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { REGION, WORLD, boxPolygon, inBox, labelAt, pinRadius, projectionFor } from '../../src/lib/map/views.ts';

describe('the box as a polygon', () => {
  test('its north edge runs west to east every 2°, its south edge back, and it closes', () => {
    expect(boxPolygon([0, 0, 5, 3]).geometry.coordinates).toEqual([[[0, 3], [2, 3], [4, 3], [5, 3], [5, 0], [3, 0], [1, 0], [0, 0], [0, 3]]]);
  });

  test('an edge a whole number of steps long has each corner once', () => {
    expect(boxPolygon([0, 0, 4, 1]).geometry.coordinates).toEqual([[[0, 1], [2, 1], [4, 1], [4, 0], [2, 0], [0, 0], [0, 1]]]);
  });

  test('it is a GeoJSON feature with no properties', () => {
    const f = boxPolygon([1, 2, 3, 4]);
    expect(f.type).toBe('Feature');
    expect(f.properties).toEqual({});
    expect(f.geometry.type).toBe('Polygon');
  });
});

describe('each view’s projection', () => {
  test.each([REGION, WORLD])('$id: the box fills the frame’s width less the padding, centred in its height, clipped to the frame', (view) => {
    const p = projectionFor(view);
    const [[x0, y0], [x1, y1]] = geoPath(p).bounds(boxPolygon(view.box));
    expect(x0).toBeCloseTo(view.pad, 6);
    expect(x1).toBeCloseTo(view.width - view.pad, 6);
    expect((y0 + y1) / 2).toBeCloseTo(view.height / 2, 6);
    expect(y0).toBeGreaterThan(view.pad);
    expect(y1).toBeLessThan(view.height - view.pad);
    expect(p.clipExtent()).toEqual([[0, 0], [view.width, view.height]]);
  });

  test('the region is Mercator (parallels spread towards the pole), the world equirectangular (evenly spaced)', () => {
    const middle = (view: typeof REGION) => {
      const p = projectionFor(view);
      const [w, s, , n] = view.box;
      const [, ys] = p([w, s])!;
      const [, yn] = p([w, n])!;
      const [, ym] = p([w, (s + n) / 2])!;
      return ym - (ys + yn) / 2;
    };
    expect(middle(REGION)).toBeGreaterThan(5);
    expect(middle(WORLD)).toBeCloseTo(0, 6);
  });
});

describe('which map a place is drawn on', () => {
  test.each([
    [112.5, 39, true],
    [112.49, 39, false],
    [131.5, 39, true],
    [131.51, 39, false],
    [120, 34.5, true],
    [120, 34.49, false],
    [120, 43.5, true],
    [120, 43.51, false],
  ])('region box, edges included: (%f, %f) → %s', (lon, lat, inside) => {
    expect(inBox(REGION, lon, lat)).toBe(inside);
  });
});

describe('pins and their labels', () => {
  test('a pin’s area grows with its count, rounded to a tenth, and never shrinks below one event’s', () => {
    expect([pinRadius(-3), pinRadius(0), pinRadius(1), pinRadius(2), pinRadius(3), pinRadius(9)]).toEqual([4, 4, 4, 5.7, 6.9, 12]);
  });

  test.each([
    ['left', { x: 93, y: 54, anchor: 'end' }],
    ['right', { x: 107, y: 54, anchor: 'start' }],
    ['above', { x: 100, y: 43, anchor: 'middle' }],
    ['below', { x: 100, y: 67, anchor: 'middle' }],
    ['below-start', { x: 97, y: 67, anchor: 'start' }],
  ] as const)('%s of a 3-px pin at (100, 50)', (side, at) => {
    expect(labelAt(side, 100, 50, 3)).toEqual(at);
  });
});
