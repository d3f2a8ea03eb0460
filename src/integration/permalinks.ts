import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REDIRECTS_FILE, type Redirects } from './redirects.ts';
import { TEXT_INDEX_FILE } from './text-index.ts';
import { lineAt, parseJsonFile } from '../validate/hazards.ts';
import { ContentError, type Problem } from '../lib/problem.ts';
import { paths } from '../lib/urls.ts';
import { sitePathProblem } from '../lib/site-path.ts';
import { fileInside } from './inside.ts';

/**
 * The ledger of permanent links: permalinks.json at the project root lists
 * every URL the site has published (pages and data files, as site paths
 * without the base path). A URL, once listed, must keep working: as a page,
 * or as a redirect declared in redirects.json. Lines are only ever added.
 */
export const LEDGER_FILE = 'permalinks.json';

/** Data files readers and other sites may link to or fetch. */
const DATA_FILE = /\.(json|ics|xml|rss|atom|txt)$/;

/** Every URL in the built site worth keeping: pages and data files. */
export function publishedUrls(dist: string, redirects: Redirects = {}): string[] {
  const urls: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = join(entry.parentPath, entry.name).slice(dist.length).split('\\').join('/').replace(/^\/?/, '/');
    // Build assets, the search indexes (Pagefind's, the small text index written only on a small site, and the date index's
    // periods, which come and go with the record's years), page parts (markup pages fetch) and host config are not addresses anyone keeps.
    if (/^\/(_astro|pagefind|search\/dates)\//.test(rel) || rel.startsWith(paths.parts()) || rel === `/${TEXT_INDEX_FILE}` || /\/_[^/]*$/.test(rel) || rel === '/404.html') continue;
    if (entry.name === 'index.html') urls.push(rel.slice(0, -'index.html'.length));
    else if (DATA_FILE.test(entry.name)) urls.push(rel);
  }
  // A redirect page is not a published page of its own.
  return urls.filter((url) => !(url in redirects)).sort();
}

/** Read the ledger, reporting what is wrong with it (file, line, fix) instead of throwing. */
export function checkedLedger(root: string): { ledger: string[]; problems: Problem[] } {
  const file = join(root, LEDGER_FILE);
  if (!existsSync(file)) return { ledger: [], problems: [] };
  const text = readFileSync(file, 'utf8');
  const parsed = parseJsonFile(LEDGER_FILE, text);
  if ('problems' in parsed) return { ledger: [], problems: parsed.problems };
  const data = parsed.data;
  if (!Array.isArray(data)) {
    return { ledger: [], problems: [{ file: LEDGER_FILE, line: 1, message: 'the file must be a JSON list of site paths; write it as ["/", "/claims/", …]' }] };
  }
  const problems: Problem[] = [];
  data.forEach((url: unknown, index) => {
    // The ledger's paths are checked against files in dist/, so they follow
    // the same rule as redirects: no "..", no characters a URL would escape.
    const reason = typeof url === 'string' ? sitePathProblem(url) : 'it is not text';
    if (reason) {
      const at = text.indexOf(JSON.stringify(url));
      problems.push({ file: LEDGER_FILE, ...(at >= 0 ? { line: lineAt(text, at) } : {}), field: `[${index}]`, message: `${JSON.stringify(url)} is not a site path (${reason}); write it as it appears after the domain, e.g. "/claims/some-id/"` });
    }
  });
  return { ledger: problems.length > 0 ? [] : (data as string[]), problems };
}

/** The ledger's URLs; a broken ledger stops with its problems (file, line, fix), never a stack trace. */
export function readLedger(root: string): string[] {
  const { ledger, problems } = checkedLedger(root);
  if (problems.length > 0) throw new ContentError(problems);
  return ledger;
}

/** Add URLs to the ledger (never remove any); returns those added. */
export function updateLedger(root: string, urls: readonly string[]): string[] {
  const ledger = readLedger(root);
  const known = new Set(ledger);
  const added = urls.filter((url) => !known.has(url));
  const all = [...new Set([...ledger, ...added])].sort();
  writeFileSync(join(root, LEDGER_FILE), `${JSON.stringify(all, null, 2)}\n`);
  return added;
}

export interface LedgerCheck {
  /** Ledger URLs that are neither a page nor a redirect: each a message with its fix. */
  broken: string[];
  /** Published URLs not yet in the ledger. */
  unlisted: string[];
}

/** Whether a site path is a file in dist/; a path that would leave dist/ never resolves. */
function resolves(dist: string, url: string): boolean {
  const file = fileInside(dist, url);
  return file !== null && existsSync(file);
}

/** Check the ledger against a built site and its redirects. */
/** The sitemap's files: written only by a build that knows its public address (a sitemap lists absolute URLs). */
const SITEMAP_FILE = /^\/sitemap-[^/]*\.xml$/;

export function checkLedger(dist: string, ledger: readonly string[], redirects: Redirects, options: { sitemap?: boolean } = {}): LedgerCheck {
  const broken: string[] = [];
  for (const url of ledger) {
    if (options.sitemap === false && SITEMAP_FILE.test(url)) continue;
    const to = redirects[url];
    if (to !== undefined) {
      if (!resolves(dist, to)) {
        broken.push(`${url} redirects to ${to}, which the build does not publish; point it at a page that exists (edit ${REDIRECTS_FILE})`);
      }
    } else if (!resolves(dist, url)) {
      broken.push(
        `${url} is in ${LEDGER_FILE} but the build no longer publishes it. Published links must keep working: ` +
          `if it was renamed, add "${url}": "<new path>" to ${REDIRECTS_FILE} (see "Renaming a claim" in docs/urls.md); ` +
          `if it was removed, redirect it to the nearest page. Never delete a line from ${LEDGER_FILE}.`,
      );
    }
  }
  const listed = new Set(ledger);
  const unlisted = publishedUrls(dist, redirects).filter((url) => !listed.has(url));
  return { broken, unlisted };
}
