/**
 * Text fragments (#:~:text=…): links that scroll to and highlight a passage.
 *
 * The page is given as "segments": runs of text a match may not cross — each
 * paragraph, and the pieces of a paragraph either side of something that is
 * not the piece's text (a claim's § link). The builder widens the selection to
 * whole words (browsers match only at word boundaries), then adds the least
 * prefix/suffix context needed for a browser's first match to be this
 * passage. A small simulated matcher, as strict as the specification
 * (text-match.ts), checks each candidate; pure code, so it can be unit-tested.
 */

import { firstMatch, isWordChar, type Match, type TextDirective, type TextPoint } from './text-match.ts';

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
/** When its first and last three words recur, a passage is linked by more of them, up to this many. */
const MAX_EDGE_WORDS = 8;
const MAX_CONTEXT_WORDS = 5;


/** Whitespace-collapsed text with a map from raw offsets to collapsed ones. */
function collapse(raw: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  // Leading whitespace is dropped. Either start gives the same fragments (a
  // selection is trimmed of spaces when widened), so the mutation is equivalent.
  // Stryker disable next-line BooleanLiteral
  let lastWasSpace = true;
  for (let i = 0; i < raw.length; i++) {
    map.push(text.length);
    const c = raw.charAt(i);
    if (/\s/.test(c)) {
      if (!lastWasSpace) text += ' ';
      lastWasSpace = true;
    } else {
      text += c;
      lastWasSpace = false;
    }
  }
  map.push(text.length);
  return { text, map };
}


/**
 * True when a browser's match is exactly the target passage, start and end.
 * Every candidate is made of the passage and the words around it, so it always
 * matches somewhere: `m !== null` only narrows the type.
 */
function sameMatch(m: Match | null, target: Match): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: the null check only narrows the type (see above)
  if (m === null) return false;
  return m.start.segment === target.start.segment && m.start.offset === target.start.offset && m.end.segment === target.end.segment && m.end.offset === target.end.offset;
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

/** The words of a text, whatever spaces are around them. */
function wordsOf(text: string): string[] {
  return text.match(/\S+/g) ?? [];
}

/**
 * The context tried around a passage, least first: one word before, one
 * after, one on each side, then two, and so on up to five, each only while
 * that side has that many words.
 */
function contexts(before: string, after: string): Pick<TextDirective, 'prefix' | 'suffix'>[] {
  const prefixWords = wordsOf(before);
  const suffixWords = wordsOf(after);
  const found: Pick<TextDirective, 'prefix' | 'suffix'>[] = [{}];
  for (let n = 1; n <= MAX_CONTEXT_WORDS; n++) {
    const prefix = n <= prefixWords.length ? prefixWords.slice(-n).join(' ') : undefined;
    const suffix = n <= suffixWords.length ? suffixWords.slice(0, n).join(' ') : undefined;
    if (prefix) found.push({ prefix });
    if (suffix) found.push({ suffix });
    // Stryker disable next-line LogicalOperator: with one side missing, the pair repeats the one before it
    if (prefix && suffix) found.push({ prefix, suffix });
  }
  return found;
}

/** The most context there is, up to five words a side: what a passage no context tells apart is given. */
function widestContext(before: string, after: string): Pick<TextDirective, 'prefix' | 'suffix'> {
  const prefix = wordsOf(before).slice(-MAX_CONTEXT_WORDS).join(' ');
  const suffix = wordsOf(after).slice(0, MAX_CONTEXT_WORDS).join(' ');
  return { ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
}

/**
 * A long passage linked by its edges: its first and last three words, then
 * four, and so on up to eight, for a passage whose edge words recur nearer
 * the start (context cannot help when the passage fills its segments). Stops
 * once both edges are whole.
 */
function edgeDirectives(head: string, tail: string): TextDirective[] {
  const headWords = wordsOf(head);
  const tailWords = wordsOf(tail);
  const directives: TextDirective[] = [];
  for (let n = EDGE_WORDS; n <= MAX_EDGE_WORDS; n++) {
    directives.push({ textStart: headWords.slice(0, n).join(' '), textEnd: tailWords.slice(-n).join(' ') });
    if (n >= headWords.length && n >= tailWords.length) break;
  }
  return directives;
}

/** Move a point outward to the nearest word boundary, skipping spaces inward first. */
function widen(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  // A selection of spaces only ends with a after b: an empty passage. The text's
  // ends stop the widening, as the character beyond them is no word character.
  while (text[a] === ' ') a++;
  while (text[b - 1] === ' ') b--;
  while (isWordChar(text, a - 1) && isWordChar(text, a)) a--;
  while (isWordChar(text, b - 1) && isWordChar(text, b)) b++;
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
  // One segment: the selection widened as a whole. Across segments: the start
  // widened to its segment's end, the end back to its segment's start.
  const [a, b] = same ? widen(startSeg, at(first), at(last)) : [widen(startSeg, at(first), startSeg.length)[0], widen(endSeg, 0, at(last))[1]];
  const passage = same ? startSeg.slice(a, b) : `${startSeg.slice(a)} … ${endSeg.slice(0, b)}`;
  if (!/[\p{L}\p{N}]/u.test(passage)) return null;

  const target: Match = { start: { segment: first.segment, offset: a }, end: { segment: last.segment, offset: b } };
  const bases: TextDirective[] =
    same && wordsOf(passage).length <= EXACT_MAX_WORDS
      ? [{ textStart: passage }]
      : edgeDirectives(same ? passage : startSeg.slice(a), same ? passage : endSeg.slice(0, b));

  const before = startSeg.slice(0, a);
  const after = endSeg.slice(b);

  // Each base alone, then with context one word at a time: the least that lands on the passage wins.
  const candidates = bases.flatMap((base) => contexts(before, after).map((context) => ({ ...base, ...context })));
  const directive = candidates.find((c) => sameMatch(firstMatch(segments, c), target)) ?? { ...bases.at(-1)!, ...widestContext(before, after) };
  return { directive, fragment: `#${formatDirective(directive)}`, text: passage };
}

/** A page URL (any fragment dropped) with the passage's text fragment. */
export function passageUrl(pageUrl: string, fragment: PassageFragment): string {
  return `${pageUrl.split('#')[0]!}${fragment.fragment}`;
}
