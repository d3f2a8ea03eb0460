/**
 * Text for link previews and share cards. Chat apps cut titles and
 * descriptions wherever they like; cutting them ourselves, at a word and with
 * an ellipsis, keeps a shortened quote honest about being shortened.
 */

const ELLIPSIS = '…';
/** Punctuation that reads badly just before an ellipsis. */
const TRAILING = /[\s,;:–—\-(\[“‘"']+$/u;

/** Collapse runs of whitespace to one space and trim. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `text` if it fits in `max` characters; otherwise the longest run of whole
 * words that fits with a trailing "…". A single word longer than `max` is cut
 * mid-word (there is no better place).
 */
export function shortenAtWord(text: string, max: number): string {
  const clean = normaliseSpace(text);
  if (max < 2) throw new RangeError('max must leave room for at least one character and the ellipsis');
  if ([...clean].length <= max) return clean;
  const chars = [...clean];
  const room = chars.slice(0, max - 1).join('');
  // The cut is at a word boundary if the next character is a space.
  const atBoundary = chars[max - 1] === ' ';
  const lastSpace = room.lastIndexOf(' ');
  const words = atBoundary ? room : lastSpace > 0 ? room.slice(0, lastSpace) : room;
  const trimmed = words.replace(TRAILING, '');
  return `${trimmed || words}${ELLIPSIS}`;
}

/**
 * The preview title of a claim (og:title, the share sheet): its quote in
 * curly quotes, whole up to 110 characters, which link previews still show in
 * full; a longer quote is shortened cleanly at a word. The page's <title> has
 * its own, shorter rule (claimDocumentTitle in titles.ts).
 */
export const CLAIM_TITLE_MAX = 110;

export function claimTitle(quote: string, max = CLAIM_TITLE_MAX): string {
  return `“${shortenAtWord(quote, max - 2)}”`;
}

/**
 * `text` if it fits in `max` characters; otherwise its last whole words that
 * fit, after a leading "…" (for context that leads into a quote).
 */
export function shortenFromStart(text: string, max: number): string {
  const clean = normaliseSpace(text);
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const room = chars.slice(chars.length - (max - 1)).join('');
  const firstSpace = room.indexOf(' ');
  const words = chars[chars.length - max] === ' ' || firstSpace < 0 ? room : room.slice(firstSpace + 1);
  return `${ELLIPSIS}${words.replace(/^[\s,;:–—\-)\]”’"']+/u, '')}`;
}

/** A sentence ends at . ? or ! (and any closing quote or bracket), before a space. */
const SENTENCE_END = /[.?!…][”’"')\]]*\s+/gu;
/** Words whose full stop does not end a sentence: "U.S.", "Mr.", "Gen.", an initial. */
const ABBREVIATION = /(?:^|\s)(?:[A-Z]\.)+$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|Jr|No|vs|etc)\.$/u;

/** Offsets just after each sentence end in `text` (after the space). */
function sentenceEnds(text: string): number[] {
  return [...text.matchAll(SENTENCE_END)]
    .filter((m) => !ABBREVIATION.test(text.slice(0, (m.index ?? 0) + 1)))
    .map((m) => (m.index ?? 0) + m[0].length);
}

/**
 * The sentence of `paragraph` just before `quote`: what a reader needs to make
 * sense of a short quote on its own. When the quote starts mid-sentence, the
 * words that lead into it. Empty when the quote opens the paragraph or is not
 * found in it.
 */
export function sentenceBefore(paragraph: string, quote: string): string {
  const text = normaliseSpace(paragraph);
  const at = text.indexOf(normaliseSpace(quote));
  if (at <= 0) return '';
  const before = text.slice(0, at);
  const ends = sentenceEnds(before);
  // The last boundary is the one right before the quote when the quote starts a sentence.
  const last = ends.at(-1) ?? 0;
  if (last === before.length) {
    const previous = ends.at(-2) ?? 0;
    return before.slice(previous).trim();
  }
  return before.slice(last).trim();
}

/** The first sentence of `text` (all of it when it has one). */
export function firstSentence(text: string): string {
  const clean = normaliseSpace(text);
  const end = sentenceEnds(clean)[0];
  return end === undefined ? clean : clean.slice(0, end).trim();
}
