import type { Geometry, Position } from 'geojson';

/**
 * Keep only the parts of a geometry whose bounding box meets a longitude–
 * latitude box (widened by `margin` degrees). The projection's clip extent
 * cuts what crosses the frame; this drops, before projecting, the thousands
 * of coastline rings that lie wholly outside it, which would otherwise each
 * leave a path along the frame's edge in the SVG.
 */
export type Box = readonly [number, number, number, number];

function ringMeets(ring: readonly Position[], [w, s, e, n]: Box, margin: number): boolean {
  let lo0 = Infinity, la0 = Infinity, lo1 = -Infinity, la1 = -Infinity;
  for (const [lon, lat] of ring) {
    if (lon === undefined || lat === undefined) continue;
    lo0 = Math.min(lo0, lon);
    lo1 = Math.max(lo1, lon);
    la0 = Math.min(la0, lat);
    la1 = Math.max(la1, lat);
  }
  return lo1 >= w - margin && lo0 <= e + margin && la1 >= s - margin && la0 <= n + margin;
}

export function clipToBox(geometry: Geometry, box: Box, margin = 2): Geometry | null {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates[0] && ringMeets(geometry.coordinates[0], box, margin) ? geometry : null;
    case 'MultiPolygon': {
      const kept = geometry.coordinates.filter((poly) => poly[0] && ringMeets(poly[0], box, margin));
      return kept.length > 0 ? { type: 'MultiPolygon', coordinates: kept } : null;
    }
    case 'LineString':
      return ringMeets(geometry.coordinates, box, margin) ? geometry : null;
    case 'MultiLineString': {
      const kept = geometry.coordinates.filter((line) => ringMeets(line, box, margin));
      return kept.length > 0 ? { type: 'MultiLineString', coordinates: kept } : null;
    }
    case 'GeometryCollection': {
      const kept = geometry.geometries.flatMap((g) => clipToBox(g, box, margin) ?? []);
      return kept.length > 0 ? { type: 'GeometryCollection', geometries: kept } : null;
    }
    default:
      return geometry;
  }
}

/** The parts of a d3-geo stream the decimator passes on. */
export interface PointStream {
  point(x: number, y: number): void;
  lineStart(): void;
  lineEnd(): void;
  polygonStart(): void;
  polygonEnd(): void;
  sphere?(): void;
}

/**
 * A stream that drops projected points closer than `tolerance` pixels to the
 * last point kept on the same line, always keeping each line's last point:
 * a 50m coastline drawn 640 px wide has many vertices per pixel, and they
 * only make the SVG heavier.
 */
export function decimate(out: PointStream, tolerance: number): PointStream {
  let lastX = NaN, lastY = NaN, pendingX = NaN, pendingY = NaN, started = false;
  const t2 = tolerance * tolerance;
  return {
    point(x, y) {
      if (!started || (x - lastX) ** 2 + (y - lastY) ** 2 >= t2) {
        out.point(x, y);
        lastX = x;
        lastY = y;
        started = true;
        pendingX = NaN;
      } else {
        pendingX = x;
        pendingY = y;
      }
    },
    lineStart() {
      started = false;
      pendingX = NaN;
      out.lineStart();
    },
    lineEnd() {
      if (!Number.isNaN(pendingX)) out.point(pendingX, pendingY);
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}
