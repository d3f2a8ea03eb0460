/**
 * The text of a page's <title>: the page's own title and the site name,
 * within the length browsers and search results show (70 characters). A
 * longer title (claim pages are titled by their quote) is cut at a word and
 * marked with an ellipsis, keeping its closing quotation mark; the page
 * itself and its share previews carry the full text. Length is measured as
 * written in the HTML, where an apostrophe or ampersand becomes an entity
 * (&#39;, &amp;), because that is what validators count.
 */
export const MAX_TITLE = 70;

const ENTITY_LENGTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };

/** Length of text once HTML-escaped. */
export function htmlLength(text: string): number {
  let length = 0;
  for (const char of text) length += ENTITY_LENGTH[char] ?? char.length;
  return length;
}

export function documentTitle(title: string, siteName: string, max = MAX_TITLE): string {
  const suffix = ` · ${siteName}`;
  if (htmlLength(title + suffix) <= max) return title + suffix;
  const quoted = title.startsWith('“') && title.endsWith('”');
  const close = quoted ? '…”' : '…';
  const room = max - htmlLength(suffix + close);
  let end = 0;
  for (let used = 0; end < title.length && used + htmlLength(title.charAt(end)) <= room; end++) used += htmlLength(title.charAt(end));
  const cut = title.slice(0, end + 1);
  const space = cut.lastIndexOf(' ');
  const atWord = space > end / 2 ? cut.slice(0, space) : cut.slice(0, end);
  return atWord.replace(/[\s,;:.–—-]+$/, '') + close + suffix;
}

/**
 * A claim page's <title>: its quote, in curly quotes, the same words a reader
 * came for from a search result or a shared link. A quote too long for the
 * limit with the site name is cut at a word and marked "…", its closing
 * quotation mark kept; the page's heading and og:title carry it whole.
 */
export function claimDocumentTitle(quote: string, siteName: string, max = MAX_TITLE): string {
  return documentTitle(`“${quote.replace(/\s+/g, ' ').trim()}”`, siteName, max);
}
