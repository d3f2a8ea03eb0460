/**
 * Type size for the text on a share card, chosen from the text's length so a
 * long quote is set smaller rather than cut. Pure and approximate: satori
 * lays the text out for real, so the estimate errs wide (an average glyph of
 * `charWidth` ems, words wrapped greedily). Only when the text does not fit
 * even at the smallest size is it cut, at a word, with an ellipsis.
 */
import { shortenAtWord } from './share-text.ts';

export interface TextBox {
  /** Width available to the text, in pixels. */
  width: number;
  /** Height available to the text, in pixels. */
  height: number;
}

export interface TypeScale {
  /** Candidate font sizes in pixels, largest first. */
  sizes: readonly number[];
  /** Line height as a multiple of the size. */
  lineHeight: number;
  /** Average glyph width in ems (an overestimate keeps the text inside the box). */
  charWidth: number;
}

export interface FittedText {
  size: number;
  text: string;
  /** Estimated line count at that size. */
  lines: number;
  /** Whether the text had to be shortened. */
  cut: boolean;
}

/** How many lines greedy word wrapping takes for `text` at `size` in `width`. */
export function estimateLines(text: string, size: number, width: number, charWidth: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * charWidth)));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) {
      used = needed;
    } else {
      lines += used === 0 ? 0 : 1;
      // A word longer than a line breaks across lines.
      lines += Math.floor((length - 1) / perLine);
      used = ((length - 1) % perLine) + 1;
    }
  }
  return lines;
}

/** Lines of `size` that fit in `height`. */
function linesThatFit(size: number, height: number, lineHeight: number): number {
  return Math.floor(height / (size * lineHeight) + 1e-9);
}

/**
 * The largest size at which `text` fits the box; failing that, the smallest
 * size with the text cut to what fits there.
 */
export function fitText(text: string, box: TextBox, scale: TypeScale): FittedText {
  const sizes = [...scale.sizes].sort((a, b) => b - a);
  for (const size of sizes) {
    const lines = estimateLines(text, size, box.width, scale.charWidth);
    if (lines <= linesThatFit(size, box.height, scale.lineHeight)) return { size, text, lines, cut: false };
  }
  const size = sizes.at(-1) ?? 16;
  const room = linesThatFit(size, box.height, scale.lineHeight);
  let max = [...text].length;
  let cut = text;
  while (max > 2 && estimateLines(cut, size, box.width, scale.charWidth) > room) {
    max -= 4;
    cut = shortenAtWord(text, max);
  }
  return { size, text: cut, lines: estimateLines(cut, size, box.width, scale.charWidth), cut: cut !== text };
}
