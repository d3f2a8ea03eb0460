/**
 * The site's page types, recognised from a page's path inside the site, and
 * the budget each must keep. Limits are gzipped kilobytes (1 KB = 1,000 bytes).
 */
export type PageType = 'home' | 'piece' | 'claims index' | 'claim' | 'events index' | 'event' | 'timeline' | 'search' | 'about' | '404' | 'other';

export interface Budget {
  /** HTML + CSS + JS + fonts, gzipped. */
  totalKB?: number;
  /** JavaScript alone, gzipped. */
  jsKB?: number;
  /** The page's text must be in its HTML: readable with scripts off. */
  readableWithoutJs?: boolean;
}

export const BUDGETS: Partial<Record<PageType, Budget>> = {
  // Fonts included: the self-hosted serif is part of every page's weight, about 42 KB since it ships
  // real bold and italic (upright and italic files, each variable over the 400–700 the CSS uses, cut to
  // the site's characters and to kerning and ligatures; src/styles/fonts.css). Before, one 13 KB regular
  // face let the browser fake every bold and italic; the budgets below rose by that difference (about
  // 29 KB) and nothing else. Two separate static weights plus an italic would weigh more. The count is
  // an upper bound: both files are counted on every page, though the italic is fetched only where italic
  // serif text is drawn, and fonts are cached, so a reader pays for them once per visit.
  // A piece carries its text, its claims with their scorecard, what its author could know (and a link to
  // the record as it stood then), its provenance folded under one line, and its citation metadata.
  piece: { totalKB: 75, readableWithoutJs: true },
  claim: { totalKB: 65, readableWithoutJs: true },
  timeline: { jsKB: 30 },
  // Before a query: Pagefind's files arrive by dynamic import, after the reader searches.
  search: { totalKB: 70 },
};

/** Page type of a site path relative to the base ("claims/x/" → claim). */
export function pageTypeOf(local: string): PageType {
  const path = local.replace(/^\/+/, '');
  if (path === '') return 'home';
  if (path === '404.html' || path === '404/') return '404';
  if (/^articles\/[^/]+\/$/.test(path)) return 'piece';
  if (path === 'claims/') return 'claims index';
  if (/^claims\/[^/]+\/$/.test(path)) return 'claim';
  if (path === 'events/') return 'events index';
  if (/^events\/[^/]+\/$/.test(path)) return 'event';
  if (path === 'timeline/') return 'timeline';
  if (path === 'search/') return 'search';
  if (path === 'about/') return 'about';
  return 'other';
}
