import type { Kind } from '../../schemas/vocabulary.ts';

/**
 * A distinct outline for each kind of event, so kind never depends on colour
 * alone. Paths are centred on (0, 0) and fit a circle of radius r.
 */
export function kindPath(kind: Kind, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  const h = f(r * 0.87);
  switch (kind) {
    case 'visit': // circle
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'summit': // square
      return `M${f(-h)},${f(-h)}H${h}V${h}H${f(-h)}Z`;
    case 'message': // diamond
      return `M0,${f(-r)}L${f(r)},0L0,${f(r)}L${f(-r)},0Z`;
    case 'envoy': // triangle pointing right (someone sent)
      return `M${f(-r * 0.8)},${f(-r)}L${f(r)},0L${f(-r * 0.8)},${f(r)}Z`;
    case 'talks': // hexagon
      return `M${f(-r)},0L${f(-r / 2)},${f(-h)}H${f(r / 2)}L${f(r)},0L${f(r / 2)},${h}H${f(-r / 2)}Z`;
    case 'statement': // triangle pointing up
      return `M0,${f(-r)}L${h},${f(r / 2)}H${f(-h)}Z`;
    case 'election': // five-point star
      return star(r, f);
    case 'speech': // triangle pointing down
      return `M0,${f(r)}L${h},${f(-r / 2)}H${f(-h)}Z`;
    case 'sanctions': // octagon, like a stop sign
      return octagon(r, f);
    case 'other': // plus
      return cross(r, f);
  }
}

function star(r: number, f: (n: number) => number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${f(radius * Math.cos(angle))},${f(radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

function cross(r: number, f: (n: number) => number): string {
  const w = f(r * 0.35);
  const e = f(r);
  return `M${-w},${-e}H${w}V${-w}H${e}V${w}H${w}V${e}H${-w}V${w}H${-e}V${-w}H${-w}Z`;
}

function octagon(r: number, f: (n: number) => number): string {
  const points: string[] = [];
  for (let i = 0; i < 8; i++) {
    const angle = Math.PI / 8 + (i * Math.PI) / 4;
    points.push(`${f(r * Math.cos(angle))},${f(r * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}
