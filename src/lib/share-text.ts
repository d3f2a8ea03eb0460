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
 * The preview title of a claim: its quote in curly quotes, shortened cleanly.
 * 53 characters leaves the page's <title> ("… · Lips and Teeth") within 70.
 */
export function claimTitle(quote: string, max = 53): string {
  return `“${shortenAtWord(quote, max - 2)}”`;
}
