/**
 * Where a browser lands for a text fragment (#:~:text=…): a simulated matcher,
 * as strict as the specification (whole words, case-insensitive, a prefix
 * right before the start, a suffix right after the end, a textEnd after the
 * start), over "segments": runs of text a match may not cross. The builder
 * (text-fragment.ts) checks each candidate directive with it.
 */
export interface TextPoint {
  /** Index into the segments. */
  segment: number;
  /** Offset in that segment's text (UTF-16 units, as DOM ranges count). */
  offset: number;
}

export interface TextDirective {
  prefix?: string | undefined;
  textStart: string;
  textEnd?: string | undefined;
  suffix?: string | undefined;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const INNER_MARK = /['’\-]/u;

/** Is the character at i part of a word? A missing one (before the start, past the end) is not. */
export function isWordChar(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD_CHAR.test(c)) return true;
  // An apostrophe or hyphen between letters is part of the word ("Kim’s", "low-key").
  return INNER_MARK.test(c) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? '');
}

/**
 * True when [start, end) of text begins and ends at word boundaries. The
 * text's own ends are boundaries: the character before the first and after
 * the last is missing, and a missing character is no word character.
 */
function wordBounded(text: string, start: number, end: number): boolean {
  const startOk = !isWordChar(text, start - 1) || !isWordChar(text, start);
  const endOk = !isWordChar(text, end - 1) || !isWordChar(text, end);
  return startOk && endOk;
}

/** Every word-bounded, case-insensitive occurrence of needle in hay, in order. */
function occurrences(hay: string, needle: string, from = 0): number[] {
  const found: number[] = [];
  const lowerHay = hay.toLowerCase();
  const lowerNeedle = needle.toLowerCase();
  if (lowerNeedle === '') return found;
  for (let i = lowerHay.indexOf(lowerNeedle, from); i !== -1; i = lowerHay.indexOf(lowerNeedle, i + 1)) {
    if (wordBounded(hay, i, i + needle.length)) found.push(i);
  }
  return found;
}

/** Does the text before a match end with these words (a prefix), whole? */
function endsWithWords(before: string, words: string): boolean {
  const trimmed = before.trimEnd();
  return trimmed.toLowerCase().endsWith(words.toLowerCase()) && wordBounded(trimmed, trimmed.length - words.length, trimmed.length);
}

/** Does the text after a match start with these words (a suffix), whole? */
function startsWithWords(after: string, words: string): boolean {
  const trimmed = after.trimStart();
  return trimmed.toLowerCase().startsWith(words.toLowerCase()) && wordBounded(trimmed, 0, words.length);
}

export interface Match {
  start: TextPoint;
  end: TextPoint;
}

/**
 * Where a browser would land for this directive on these segments: the first
 * match in document order, or null. Segments must already be whitespace-collapsed.
 */
export function firstMatch(segments: readonly string[], d: TextDirective): Match | null {
  for (const [s, seg] of segments.entries()) {
    for (const i of occurrences(seg, d.textStart)) {
      if (d.prefix && !endsWithWords(seg.slice(0, i), d.prefix)) continue;
      const startEnd = i + d.textStart.length;
      if (!d.textEnd) {
        if (d.suffix && !startsWithWords(seg.slice(startEnd), d.suffix)) continue;
        return { start: { segment: s, offset: i }, end: { segment: s, offset: startEnd } };
      }
      // The end is looked for from the start's end on: in its segment, then in the later ones.
      for (const [k, endSeg] of segments.slice(s).entries()) {
        const t = s + k;
        for (const j of occurrences(endSeg, d.textEnd, k === 0 ? startEnd : 0)) {
          const end = j + d.textEnd.length;
          if (d.suffix && !startsWithWords(endSeg.slice(end), d.suffix)) continue;
          return { start: { segment: s, offset: i }, end: { segment: t, offset: end } };
        }
      }
    }
  }
  return null;
}
