import { LABEL_MAX, type Direction, type Kind, type Lane } from '../../schemas/vocabulary.ts';

/**
 * What a chart label says and how much room it needs. Pure, shared by the
 * build-time SVG, the client and any other page that draws a small timeline.
 */

/** Long names a headline spells out and a label does not need. */
const SHORT_NAMES: readonly (readonly [RegExp, string])[] = [
  [/\bKim Jong Un\b/g, 'Kim'],
  [/\bXi Jinping\b/g, 'Xi'],
  [/\bMoon Jae-in\b/g, 'Moon'],
  [/\bDonald Trump\b/g, 'Trump'],
  [/\bNorth Korea(n)?\b/g, 'DPRK'],
];

/**
 * A label of at most `max` characters from an event's title: long names
 * shortened, then cut at the last whole word that fits, with an ellipsis.
 * "Kim Jong Un visits Beijing" → "Kim visits Beijing".
 */
export function deriveLabel(title: string, max = LABEL_MAX): string {
  let text = title.trim().replace(/\s+/g, ' ');
  for (const [pattern, short] of SHORT_NAMES) text = text.replace(pattern, short);
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  // A word ending exactly at the limit is whole.
  const cut = text[max - 1] === ' ' ? max - 1 : room.lastIndexOf(' ');
  return `${(cut > max / 2 ? room.slice(0, cut) : room).replace(/[\s,;:–-]+$/, '')}…`;
}

/** Kinds whose names a label never cuts: a summit or meeting is named whole, or shortened from its own words. */
const WHOLE_KINDS: ReadonlySet<Kind> = new Set<Kind>(['summit', 'visit', 'talks']);

/**
 * A label fitted to `max` characters. A meeting's or summit's name (and any
 * lead label) is never cut with an ellipsis: a trailing aside in brackets is
 * dropped ("Pyongyang summit (Moon–Kim)" → "Pyongyang summit"), and what is
 * left is drawn whole. Other labels are cut at a word (deriveLabel).
 */
export function fitLabel(text: string, max: number, event: { kind: Kind; lead: boolean }): string {
  if (text.length <= max) return text;
  if (!event.lead && !WHOLE_KINDS.has(event.kind)) return deriveLabel(text, max);
  return text.replace(/\s*\([^)]*\)\s*$/, '');
}

/** The label an event shows: its own, or one derived from its title. */
export function labelOf(event: { title: string; label?: string | undefined }): string {
  return event.label ?? deriveLabel(event.title);
}

/** Kinds that count as summits for label priority. */
const SUMMIT_KINDS: ReadonlySet<Kind> = new Set<Kind>(['summit']);

/**
 * Which labels win when not all fit (lower first): China–DPRK contacts (the
 * lane's events with a direction: a visit, envoy, message or meeting), then
 * summits, then the rest (the lane's congresses, editorials and re-elections
 * among them).
 */
export function labelPriority(event: { lane: Lane; kind: Kind; direction?: Direction | null | undefined }): number {
  if (event.lane === 'china-dprk' && event.direction) return 0;
  if (SUMMIT_KINDS.has(event.kind)) return 1;
  return 2;
}

/**
 * A label's length in pixels, estimated from its characters at a font size:
 * average advance of a sans-serif, rounded up so an estimate never falls
 * short of the drawn text (the layout only promises no overlap of estimates).
 */
export const CHAR_EM = 0.63;
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_EM) + 2;
}
