import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CSP_META } from '../lib/security.ts';
import { lineAt, parseJsonFile } from '../validate/hazards.ts';
import { formatProblem } from '../lib/problem.ts';

/**
 * Redirects for URLs that moved, declared in redirects.json at the project
 * root as { "/old/path/": "/new/path/" } (site paths, without the base path).
 * Each becomes a static page at the old address (meta refresh, canonical link
 * and a plain link, so it works without JavaScript on any host) and a line in
 * dist/_redirects, for hosts that answer with a real 301.
 */
export type Redirects = Record<string, string>;

export const REDIRECTS_FILE = 'redirects.json';

/**
 * A path on this site: one leading slash, then no second slash or backslash
 * right after it (browsers read "//host" and "/\\host" as another site), no
 * scheme, no spaces.
 */
const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/;

/** 1-based line where a key first appears in the JSON text. */
function lineOfKey(text: string, key: string): number | undefined {
  const index = text.indexOf(JSON.stringify(key));
  return index >= 0 ? lineAt(text, index) : undefined;
}

/** Read and check redirects.json; a missing file means no redirects. Never throws. */
export function readRedirects(root: string): { redirects: Redirects; problems: string[] } {
  const file = join(root, REDIRECTS_FILE);
  if (!existsSync(file)) return { redirects: {}, problems: [] };
  const text = readFileSync(file, 'utf8');
  const parsed = parseJsonFile(REDIRECTS_FILE, text);
  if ('problems' in parsed) return { redirects: {}, problems: parsed.problems.map(formatProblem) };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { redirects: {}, problems: [formatProblem({ file: REDIRECTS_FILE, line: 1, message: 'the file must be one object of "old path": "new path" pairs; write it as { "/claims/old-id/": "/claims/new-id/" }' })] };
  }
  const redirects: Redirects = {};
  const problems: string[] = [];
  for (const [from, to] of Object.entries(data)) {
    const line = lineOfKey(text, from);
    const problem = (message: string) => problems.push(formatProblem({ file: REDIRECTS_FILE, ...(line ? { line } : {}), message }));
    if (!SITE_PATH.test(from) || /[?#]/.test(from) || (!from.endsWith('/') && !/\.[a-z0-9]+$/i.test(from))) {
      problem(`"${from}" is not a site path; write it as it appears after the domain, e.g. "/claims/old-id/"`);
    } else if (typeof to !== 'string' || !SITE_PATH.test(to)) {
      const offSite = typeof to === 'string' && (/^[a-z][a-z0-9+.-]*:/i.test(to) || /^\/[/\\]/.test(to));
      problem(
        offSite
          ? `"${from}" points off the site (${JSON.stringify(to)}); redirects stay on the site, so write a site path with one leading slash, such as "/claims/new-id/"`
          : `"${from}" must point to a site path; write one such as "/claims/new-id/"`,
      );
    } else if (to.split('#')[0] === from) {
      problem(`"${from}" redirects to itself; remove it`);
    } else {
      redirects[from] = to;
    }
  }
  return { redirects, problems };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The page left at an old address. */
export function redirectPage(from: string, target: string, absoluteTarget: string | undefined, base = '/'): string {
  const to = escapeHtml(target);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP_META)}">
<title>Moved to ${to} · Lips and Teeth</title>
<meta name="robots" content="noindex">
<link rel="icon" href="${escapeHtml(base.replace(/\/?$/, '/'))}favicon.svg" type="image/svg+xml">
${absoluteTarget ? `<link rel="canonical" href="${escapeHtml(absoluteTarget)}">\n` : ''}<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p>${escapeHtml(from)} is now at <a href="${to}">${to}</a>.</p>
</main>
</body>
</html>
`;
}

/**
 * Write the redirect pages and dist/_redirects. Returns problems instead of
 * throwing: a redirect may not cover a page the build still publishes.
 */
export function emitRedirects(dist: string, redirects: Redirects, base: string, site: string | undefined): string[] {
  const prefix = base.replace(/\/?$/, '');
  const problems: string[] = [];
  const lines: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    const file = from.endsWith('/') ? join(dist, from, 'index.html') : join(dist, from);
    if (existsSync(file)) {
      problems.push(`${REDIRECTS_FILE}: "${from}" is a page again, so its redirect would hide it; remove the line from ${REDIRECTS_FILE}`);
      continue;
    }
    const target = prefix + to;
    mkdirSync(dirname(file), { recursive: true });
    if (from.endsWith('/')) writeFileSync(file, redirectPage(prefix + from, target, site ? new URL(target, site).href : undefined, base));
    lines.push(`${prefix}${from} ${target} 301`);
  }
  if (lines.length > 0) writeFileSync(join(dist, '_redirects'), `${lines.join('\n')}\n`);
  return problems;
}
