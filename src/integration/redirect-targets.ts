import type { CheckedContent } from '../validate/check-content.ts';
import { REDIRECTS_FILE, type Redirects } from './redirects.ts';

/**
 * Redirect targets that name a content page (a claim, an event, a piece, an
 * actor) are checked against the content before any page is written: the
 * usual mistake, a redirect to a claim id that was never given, then stops
 * the build at its start. Any other target (a list page, a data file) is
 * checked against the built files before the first redirect is written
 * (emitRedirects).
 */
const CONTENT_PAGES: { pattern: RegExp; what: string; ids: (content: CheckedContent) => Iterable<string> }[] = [
  { pattern: /^\/claims\/([^/]+)\/$/, what: 'claim', ids: (c) => c.articles.flatMap((a) => a.data.claims.map((claim) => claim.id)) },
  { pattern: /^\/events\/([^/]+)\/$/, what: 'event', ids: (c) => c.events.map((e) => e.data.id) },
  { pattern: /^\/articles\/([^/]+)\/$/, what: 'piece', ids: (c) => c.articles.map((a) => a.slug) },
  { pattern: /^\/actors\/([^/]+)\/$/, what: 'actor', ids: (c) => c.actors.map((a) => a.data.id) },
];

export function missingContentTargets(redirects: Redirects, content: CheckedContent): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    const path = to.split('#')[0] ?? to;
    for (const { pattern, what, ids } of CONTENT_PAGES) {
      const id = pattern.exec(path)?.[1];
      // /events/lane/…/ and /events/kind/…/ are list pages, not events.
      if (id === undefined || (what === 'event' && /^\/events\/(lane|kind)\//.test(path))) continue;
      if (![...ids(content)].includes(id)) {
        problems.push(`${REDIRECTS_FILE}: "${from}" points to "${to}", but the content has no ${what} "${id}"; point it at a page that exists`);
      }
    }
  }
  return problems;
}
