import type { Direction, Kind } from '../../schemas/vocabulary.ts';

/**
 * Five glyphs, told apart by shape alone at 10 px in either scheme, so kind
 * never depends on colour: the ten kinds of event fold into them.
 */
export const GLYPHS = {
  meeting: { kinds: ['visit', 'summit', 'talks'], name: 'Meeting, visit or talks' },
  envoy: { kinds: ['envoy'], name: 'Envoy or delegation' },
  message: { kinds: ['message'], name: 'Message or letter' },
  statement: { kinds: ['statement', 'speech'], name: 'Statement, speech or article' },
  other: { kinds: ['sanctions', 'election', 'other'], name: 'Vote, election or other' },
} as const satisfies Record<string, { kinds: readonly Kind[]; name: string }>;
export type Glyph = keyof typeof GLYPHS;

export function glyphOf(kind: Kind): Glyph {
  for (const [glyph, g] of Object.entries(GLYPHS) as [Glyph, { kinds: readonly Kind[] }][]) if (g.kinds.includes(kind)) return glyph;
  return 'other';
}

/** The glyph drawn for a kind: circle, triangle, diamond, square or plus. Paths are centred on (0, 0) and fit a circle of radius r. */
export function kindPath(kind: Kind, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  const h = f(r * 0.87);
  switch (glyphOf(kind)) {
    case 'meeting': // circle
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'statement': // square
      return `M${f(-h)},${f(-h)}H${h}V${h}H${f(-h)}Z`;
    case 'message': // diamond
      return `M0,${f(-r * 1.1)}L${f(r * 1.1)},0L0,${f(r * 1.1)}L${f(-r * 1.1)},0Z`;
    case 'envoy': // triangle pointing up
      return `M0,${f(-r * 1.1)}L${f(r * 1.05)},${f(r * 0.75)}H${f(-r * 1.05)}Z`;
    case 'other': // plus
      return cross(r, f);
  }
}

function cross(r: number, f: (n: number) => number): string {
  const w = f(r * 0.35);
  const e = f(r);
  return `M${-w},${-e}H${w}V${-w}H${e}V${w}H${w}V${e}H${-w}V${w}H${-e}V${-w}H${-w}Z`;
}

/**
 * Who reached out, drawn inside a China–DPRK mark: a chevron pointing west,
 * towards China, for North Korea reaching out to China; east, towards North
 * Korea, for China reaching out; both for a mutual exchange. The popover and
 * the list say it in words.
 */
export function directionPath(direction: Direction, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  const a = f(r * 0.32);
  const b = f(r * 0.42);
  const west = `M${a},${f(-b)}L${f(-a)},0L${a},${b}`;
  const east = `M${f(-a)},${f(-b)}L${a},0L${f(-a)},${b}`;
  if (direction === 'dprk-to-china') return west;
  if (direction === 'china-to-dprk') return east;
  return `M${f(-a * 0.2)},${f(-b)}L${f(-a * 1.6)},0L${f(-a * 0.2)},${b}M${f(a * 0.2)},${f(-b)}L${f(a * 1.6)},0L${f(a * 0.2)},${b}`;
}
