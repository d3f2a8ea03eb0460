import type { Geometry, Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { clipToBox, decimate, type Box, type PointStream } from '../../src/lib/map/clip.ts';

/** 120–130° E, 30–40° N; with the default margin of 2°, rings within 118–132° E, 28–42° N meet it. */
const box: Box = [120, 30, 130, 40];
const line = (...points: Position[]): Geometry => ({ type: 'LineString', coordinates: points });
const meets = (g: Geometry, margin?: number) => clipToBox(g, box, margin) !== null;

describe('a ring meets the box, widened by the margin, on every side', () => {
  test.each([
    ['west', [[110, 35], [118, 35]], [[110, 35], [117.99, 35]]],
    ['east', [[132, 35], [140, 35]], [[132.01, 35], [140, 35]]],
    ['south', [[125, 20], [125, 28]], [[125, 20], [125, 27.99]]],
    ['north', [[125, 42], [125, 50]], [[125, 42.01], [125, 50]]],
  ])('on the %s side: touching the margin meets, beyond it does not', (_, inside, outside) => {
    expect(meets(line(...inside))).toBe(true);
    expect(meets(line(...outside))).toBe(false);
  });

  test('a ring that spans the box, in either direction, meets it though no point is inside', () => {
    expect(meets(line([100, 35], [140, 35]))).toBe(true);
    expect(meets(line([140, 35], [100, 35]))).toBe(true);
    expect(meets(line([125, 10], [125, 60]))).toBe(true);
    expect(meets(line([125, 60], [125, 10]))).toBe(true);
  });

  test('a ring beside the box on two sides at once does not meet it', () => {
    // Within the box's longitudes but north of it; within its latitudes but west of it.
    expect(meets(line([125, 45], [126, 50]))).toBe(false);
    expect(meets(line([100, 35], [110, 36]))).toBe(false);
  });

  test('the margin is 2° unless given', () => {
    expect(meets(line([117, 35], [118, 35]))).toBe(true);
    expect(meets(line([117, 35], [118, 35]), 0)).toBe(false);
    expect(meets(line([117, 35], [119.5, 35]), 0.5)).toBe(true);
    expect(meets(line([117, 35], [119.4, 35]), 0.5)).toBe(false);
  });

  test('a position without both coordinates is skipped', () => {
    expect(meets(line([500] as Position, [100, 35]))).toBe(false);
    expect(meets(line([125, 45], [undefined, 35] as unknown as Position))).toBe(false);
    expect(meets(line([125, 35], [500] as Position))).toBe(true);
    expect(meets(line([125, 35], [undefined, 35] as unknown as Position))).toBe(true);
  });
});

describe('clipping each kind of geometry', () => {
  const near: Position[] = [[121, 31], [122, 31], [122, 32], [121, 31]];
  const far: Position[] = [[10, 10], [11, 10], [11, 11], [10, 10]];

  test('a polygon is kept whole, holes and all, when its outer ring meets the box', () => {
    const polygon: Geometry = { type: 'Polygon', coordinates: [near, far] };
    expect(clipToBox(polygon, box)).toBe(polygon);
    expect(clipToBox({ type: 'Polygon', coordinates: [far, near] }, box)).toBeNull();
    expect(clipToBox({ type: 'Polygon', coordinates: [] }, box)).toBeNull();
  });

  test('a multipolygon keeps only its polygons that meet the box', () => {
    expect(clipToBox({ type: 'MultiPolygon', coordinates: [[far], [near], [], [near, far]] }, box)).toEqual({ type: 'MultiPolygon', coordinates: [[near], [near, far]] });
    expect(clipToBox({ type: 'MultiPolygon', coordinates: [[far], []] }, box)).toBeNull();
  });

  test('a line is kept or dropped whole; a multiline keeps its lines that meet', () => {
    const l = line(...near);
    expect(clipToBox(l, box)).toBe(l);
    expect(clipToBox(line(...far), box)).toBeNull();
    expect(clipToBox({ type: 'MultiLineString', coordinates: [far, near] }, box)).toEqual({ type: 'MultiLineString', coordinates: [near] });
    expect(clipToBox({ type: 'MultiLineString', coordinates: [far] }, box)).toBeNull();
  });

  test('a collection keeps its clipped members, and is dropped when none is left', () => {
    const collection: Geometry = {
      type: 'GeometryCollection',
      geometries: [line(...far), { type: 'MultiLineString', coordinates: [far, near] }, { type: 'Point', coordinates: [0, 0] }],
    };
    expect(clipToBox(collection, box)).toEqual({
      type: 'GeometryCollection',
      geometries: [{ type: 'MultiLineString', coordinates: [near] }, { type: 'Point', coordinates: [0, 0] }],
    });
    expect(clipToBox({ type: 'GeometryCollection', geometries: [line(...far)] }, box)).toBeNull();
  });

  test('points are left to the projection', () => {
    const point: Geometry = { type: 'Point', coordinates: [0, 0] };
    expect(clipToBox(point, box)).toBe(point);
  });
});

/** A stream that writes down what it is sent. */
function recorder(withSphere = true): { out: PointStream; calls: string[] } {
  const calls: string[] = [];
  const out: PointStream = {
    point: (x, y) => calls.push(`${x},${y}`),
    lineStart: () => calls.push('lineStart'),
    lineEnd: () => calls.push('lineEnd'),
    polygonStart: () => calls.push('polygonStart'),
    polygonEnd: () => calls.push('polygonEnd'),
    ...(withSphere ? { sphere: () => calls.push('sphere') } : {}),
  };
  return { out, calls };
}

describe('decimating a projected stream', () => {
  test('a point exactly the tolerance away from the last kept is kept; closer ones wait, and the line’s last is kept', () => {
    const { out, calls } = recorder();
    const s = decimate(out, 5);
    s.lineStart();
    // (3,4) → (6,8) is 5 px; (7,8) and (10,8) are 1 and 4 px from (6,8).
    for (const [x, y] of [[3, 4], [6, 8], [7, 8], [10, 8]] as const) s.point(x, y);
    s.lineEnd();
    expect(calls).toEqual(['lineStart', '3,4', '6,8', '10,8', 'lineEnd']);
  });

  test('a point just under the tolerance is dropped when a later one ends the line', () => {
    const { out, calls } = recorder();
    const s = decimate(out, 5);
    s.lineStart();
    for (const [x, y] of [[0, 0], [3, 3.99], [1, 1]] as const) s.point(x, y);
    s.lineEnd();
    expect(calls).toEqual(['lineStart', '0,0', '1,1', 'lineEnd']);
  });

  test('a point kept after a waiting one clears it, so the line ends on the kept point', () => {
    const { out, calls } = recorder();
    const s = decimate(out, 5);
    s.lineStart();
    for (const [x, y] of [[0, 0], [1, 0], [0, 6]] as const) s.point(x, y);
    s.lineEnd();
    expect(calls).toEqual(['lineStart', '0,0', '0,6', 'lineEnd']);
  });

  test('each line starts afresh: its first point is kept however close, and nothing waits from the line before', () => {
    const { out, calls } = recorder();
    const s = decimate(out, 5);
    s.lineStart();
    s.point(0, 0);
    s.point(1, 1);
    s.lineEnd();
    s.lineStart();
    s.lineEnd();
    s.lineStart();
    s.point(1, 1);
    s.lineEnd();
    expect(calls).toEqual(['lineStart', '0,0', '1,1', 'lineEnd', 'lineStart', 'lineEnd', 'lineStart', '1,1', 'lineEnd']);
  });

  test('polygons and the sphere pass through; a stream without a sphere is not sent one', () => {
    const { out, calls } = recorder();
    const s = decimate(out, 1);
    s.polygonStart();
    s.polygonEnd();
    s.sphere?.();
    expect(calls).toEqual(['polygonStart', 'polygonEnd', 'sphere']);
    const bare = recorder(false);
    expect(() => decimate(bare.out, 1).sphere?.()).not.toThrow();
    expect(bare.calls).toEqual([]);
  });
});
