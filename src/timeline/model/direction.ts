import type { Direction } from '../../schemas/vocabulary.ts';

/**
 * Who reached out, as drawn before a China–DPRK label: an arrow towards the
 * side that was visited or written to. The key and the list say it in words.
 */
export const DIRECTION_MARKS: Record<Direction, string> = {
  'dprk-to-china': '→China',
  'china-to-dprk': '→DPRK',
  mutual: '⇄',
};

/** The same, for the narrow chart's label column. */
export const SHORT_DIRECTION_MARKS: Record<Direction, string> = {
  'dprk-to-china': '→CN',
  'china-to-dprk': '→KP',
  mutual: '⇄',
};

/** The label as drawn, direction first: "→China Kim in Beijing (1st visit)". */
export function labelWithDirection(text: string, direction: Direction | null, short = false): { mark: string; text: string; full: string } {
  const mark = direction ? (short ? SHORT_DIRECTION_MARKS : DIRECTION_MARKS)[direction] : '';
  return { mark, text, full: mark ? `${mark} ${text}` : text };
}
