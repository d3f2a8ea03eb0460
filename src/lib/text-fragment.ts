/**
 * Text fragments (#:~:text=…): links that scroll to and highlight a passage.
 *
 * The page is given as "segments": runs of text a match may not cross — each
 * paragraph, and the pieces of a paragraph either side of something that is
 * not the piece's text (a claim's § link). The builder widens the selection to
 * whole words (browsers match only at word boundaries), then adds the least
 * prefix/suffix context needed for a browser's first match to be this
 * passage. A small simulated matcher, as strict as the specification, checks
 * each candidate; pure code, so it can be unit-tested.
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

export interface PassageFragment {
  directive: TextDirective;
  /** "#:~:text=…", ready to append to a URL without a fragment. */
  fragment: string;
  /** The passage as matched (whole words, whitespace normalised). */
  text: string;
}

/** Passages longer than this many words are linked by their first and last words. */
const EXACT_MAX_WORDS = 10;
const EDGE_WORDS = 3;
const MAX_CONTEXT_WORDS = 5;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const INNER_MARK = /['’\-]/u;

/** Whitespace-collapsed text with a map from raw offsets to collapsed ones. */
function collapse(raw: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  let lastWasSpace = true; // also drops leading whitespace
  for (let i = 0; i < raw.length; i++) {
    map.push(text.length);
    const isSpace = /\s/.test(raw[i] ?? '');
    if (isSpace) {
      if (!lastWasSpace) text += ' ';
      lastWasSpace = true;
    } else {
      text += raw[i];
      lastWasSpace = false;
    }
  }
  map.push(text.length);
  return { text, map };
}

function isWordChar(text: string, i: number): boolean {
  const c = text[i];
  if (c === undefined) return false;
  if (WORD_CHAR.test(c)) return true;
  // An apostrophe or hyphen between letters is part of the word ("Kim’s", "low-key").
  return INNER_MARK.test(c) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[i + 1] ?? '');
}

/** True when [start, end) of text begins and ends at word boundaries. */
function wordBounded(text: string, start: number, end: number): boolean {
  const startOk = start === 0 || !isWordChar(text, start - 1) || !isWordChar(text, start);
  const endOk = end >= text.length || !isWordChar(text, end - 1) || !isWordChar(text, end);
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

function endsWithWords(before: string, words: string): boolean {
  const trimmed = before.replace(/\s+$/, '');
  const at = trimmed.length - words.length;
  return at >= 0 && trimmed.slice(at).toLowerCase() === words.toLowerCase() && wordBounded(trimmed, at, trimmed.length);
}

function startsWithWords(after: string, words: string): boolean {
  const trimmed = after.replace(/^\s+/, '');
  return trimmed.slice(0, words.length).toLowerCase() === words.toLowerCase() && wordBounded(trimmed, 0, words.length);
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
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s] ?? '';
    for (const i of occurrences(seg, d.textStart)) {
      if (d.prefix && !endsWithWords(seg.slice(0, i), d.prefix)) continue;
      const startEnd = i + d.textStart.length;
      if (!d.textEnd) {
        if (d.suffix && !startsWithWords(seg.slice(startEnd), d.suffix)) continue;
        return { start: { segment: s, offset: i }, end: { segment: s, offset: startEnd } };
      }
      for (let t = s; t < segments.length; t++) {
        const endSeg = segments[t] ?? '';
        for (const j of occurrences(endSeg, d.textEnd, t === s ? startEnd : 0)) {
          const end = j + d.textEnd.length;
          if (d.suffix && !startsWithWords(endSeg.slice(end), d.suffix)) continue;
          return { start: { segment: s, offset: i }, end: { segment: t, offset: end } };
        }
      }
    }
  }
  return null;
}

/** Percent-encode a directive part: "-", "," and "&" are syntax in a text directive. */
export function encodePart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

export function formatDirective(d: TextDirective): string {
  const parts = [
    ...(d.prefix ? [`${encodePart(d.prefix)}-`] : []),
    encodePart(d.textStart),
    ...(d.textEnd ? [encodePart(d.textEnd)] : []),
    ...(d.suffix ? [`-${encodePart(d.suffix)}`] : []),
  ];
  return `:~:text=${parts.join(',')}`;
}

function wordsOf(text: string): string[] {
  return text.split(' ').filter(Boolean);
}

function lastWords(text: string, n: number): string | null {
  const words = wordsOf(text);
  return words.length >= n ? words.slice(-n).join(' ') : null;
}

function firstWords(text: string, n: number): string | null {
  const words = wordsOf(text);
  return words.length >= n ? words.slice(0, n).join(' ') : null;
}

/** Move a point outward to the nearest word boundary, skipping spaces inward first. */
function widen(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && text[a] === ' ') a++;
  while (b > a && text[b - 1] === ' ') b--;
  while (a > 0 && isWordChar(text, a - 1) && isWordChar(text, a)) a--;
  while (b < text.length && isWordChar(text, b - 1) && isWordChar(text, b)) b++;
  return [a, b];
}

/**
 * The text fragment for a selection, or null when the selection holds no
 * word. `rawSegments` are the segments' texts as in the DOM; the points are
 * offsets into them.
 */
export function buildTextFragment(rawSegments: readonly string[], from: TextPoint, to: TextPoint): PassageFragment | null {
  const collapsed = rawSegments.map(collapse);
  const segments = collapsed.map((c) => c.text);
  const at = (p: TextPoint): number => collapsed[p.segment]?.map[Math.min(p.offset, rawSegments[p.segment]?.length ?? 0)] ?? 0;
  let first = from;
  let last = to;
  // Skip empty segments at either end of the selection.
  while (first.segment < last.segment && at(first) >= (segments[first.segment]?.trimEnd().length ?? 0)) first = { segment: first.segment + 1, offset: 0 };
  while (last.segment > first.segment && at(last) === 0) last = { segment: last.segment - 1, offset: rawSegments[last.segment - 1]?.length ?? 0 };

  const startSeg = segments[first.segment] ?? '';
  const endSeg = segments[last.segment] ?? '';
  const same = first.segment === last.segment;
  let [a] = widen(startSeg, at(first), same ? at(last) : startSeg.length);
  let [, b] = widen(endSeg, same ? a : 0, at(last));
  if (same) [a, b] = widen(startSeg, at(first), at(last));
  const passage = same ? startSeg.slice(a, b) : `${startSeg.slice(a)} … ${endSeg.slice(0, b)}`;
  if (!/[\p{L}\p{N}]/u.test(passage)) return null;

  const target: Match = { start: { segment: first.segment, offset: a }, end: { segment: last.segment, offset: b } };
  let base: TextDirective;
  if (same && wordsOf(passage).length <= EXACT_MAX_WORDS) {
    base = { textStart: passage };
  } else {
    const head = same ? passage : startSeg.slice(a);
    const tail = same ? passage : endSeg.slice(0, b);
    const startWords = Math.min(EDGE_WORDS, wordsOf(head).length);
    const endWords = Math.min(EDGE_WORDS, wordsOf(tail).length);
    base = { textStart: wordsOf(head).slice(0, startWords).join(' '), textEnd: wordsOf(tail).slice(-endWords).join(' ') };
  }

  const before = startSeg.slice(0, a).trimEnd();
  const after = endSeg.slice(b).trimStart();
  const same_ = (m: Match | null): boolean =>
    m !== null && m.start.segment === target.start.segment && m.start.offset === target.start.offset && m.end.segment === target.end.segment && m.end.offset === target.end.offset;

  const candidates: TextDirective[] = [base];
  for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
    const prefix = lastWords(before, n);
    const suffix = firstWords(after, n);
    if (prefix) candidates.push({ ...base, prefix });
    if (suffix) candidates.push({ ...base, suffix });
    if (prefix && suffix) candidates.push({ ...base, prefix, suffix });
  }
  const directive = candidates.find((c) => same_(firstMatch(segments, c))) ?? candidates.at(-1) ?? base;
  return { directive, fragment: `#${formatDirective(directive)}`, text: passage };
}

/** A page URL (any fragment dropped) with the passage's text fragment. */
export function passageUrl(pageUrl: string, fragment: PassageFragment): string {
  return `${pageUrl.replace(/#.*$/, '')}${fragment.fragment}`;
}
