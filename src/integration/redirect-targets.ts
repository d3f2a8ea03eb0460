import { contentPageOf } from '../lib/urls.ts';
import { REDIRECTS_FILE, type Redirects } from './redirects.ts';

/**
 * Redirect targets that name a content page (a claim, an event, a piece, an
 * actor; read by `contentPageOf` in src/lib/urls.ts) are checked against the
 * content's ids: the usual mistake, a redirect to a claim id that was never
 * given, then stops the build. Any other target (a list page, a data file)
 * is checked against the built files before the first redirect is written
 * (emitRedirects).
 */
export type ContentIds = Readonly<Record<'claim' | 'event' | 'piece' | 'actor', readonly string[]>>;

export function missingContentTargets(redirects: Redirects, ids: ContentIds): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    const page = contentPageOf(to.split('#')[0] ?? to);
    if (page && !ids[page.kind].includes(page.id)) {
      problems.push(`${REDIRECTS_FILE}: "${from}" points to "${to}", but the content has no ${page.kind} "${page.id}"; point it at a page that exists`);
    }
  }
  return problems;
}
