/**
 * The order of the small text index's rows (/search/text.json), chosen for
 * how well the file compresses and for nothing else: the search ranks and
 * sorts results by score, date and URL, never by row. gzip finds a repeat
 * only within the last 32 KB, and a claim's page repeats its piece's words
 * (the quote, the paragraphs around it, the attribution), so each piece
 * stands in the middle of its claims, and the claims follow one another in
 * the order their quotes come in the piece: neighbours share paragraphs, and
 * no claim is further from its piece than half of them. Pure.
 */
import { decodeEntities } from './excerpt.ts';
import type { SearchRecord } from './record.ts';

/** What the file holds for one page: its search record (src/lib/search/record.ts). */
export type TextPage = SearchRecord;

const byDateThenUrl = (a: TextPage, b: TextPage): number =>
  (a.meta['start'] ?? '').localeCompare(b.meta['start'] ?? '') || a.url.localeCompare(b.url);

/** The claim's quote without the quotation marks its title wraps it in. */
function quoteOf(claim: TextPage): string {
  return decodeEntities(claim.meta['title'] ?? '').replace(/^“/, '').replace(/”$/, '');
}

/**
 * Claims whose piece is not indexed first (by date), then each piece (by
 * URL) amid its claims, then every other page by date.
 */
export function rowOrder(pages: readonly TextPage[]): TextPage[] {
  const pieces = pages.filter((p) => p.meta['type'] === 'piece').sort((a, b) => a.url.localeCompare(b.url));
  const claimsOf = new Map<TextPage, TextPage[]>(pieces.map((p) => [p, []]));
  const orphans: TextPage[] = [];
  for (const claim of pages.filter((p) => p.meta['type'] === 'claim')) {
    // Each claim's piece is looked up once, among the pieces only: a search per comparison grew with the square of the pages.
    const piece = pieces.find((q) => (claim.filters['piece'] ?? []).some((slug) => q.url.includes(`/${slug}/`)));
    if (piece) claimsOf.get(piece)!.push(claim);
    else orphans.push(claim);
  }
  const grouped = pieces.flatMap((piece) => {
    const text = decodeEntities(piece.content);
    const at = new Map(claimsOf.get(piece)!.map((c) => {
      const found = text.indexOf(quoteOf(c));
      return [c, found < 0 ? Infinity : found] as const;
    }));
    const claims = [...at.keys()].sort((a, b) => at.get(a)! - at.get(b)! || a.url.localeCompare(b.url));
    const middle = Math.floor(claims.length / 2);
    return [...claims.slice(0, middle), piece, ...claims.slice(middle)];
  });
  const rest = pages.filter((p) => p.meta['type'] !== 'piece' && p.meta['type'] !== 'claim');
  return [...orphans.sort(byDateThenUrl), ...grouped, ...rest.sort(byDateThenUrl)];
}
