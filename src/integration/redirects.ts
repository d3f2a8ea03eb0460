import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CSP_META } from '../lib/security.ts';
import { lineAt, parseJsonFile } from '../validate/hazards.ts';
import { formatProblem } from '../lib/problem.ts';
import { sitePathProblem, siteTargetProblem } from '../lib/site-path.ts';
import { fileInside } from './inside.ts';
import { paths, siteUrls } from '../lib/urls.ts';

/**
 * Redirects for URLs that moved, declared in redirects.json at the project
 * root as { "/old/path/": "/new/path/" } (site paths, without the base path).
 * Each becomes a static page at the old address (meta refresh, canonical link
 * and a plain link, so it works without JavaScript on any host) and a line in
 * dist/_redirects, for hosts that answer with a real 301.
 */
export type Redirects = Record<string, string>;

export const REDIRECTS_FILE = 'redirects.json';

/** 1-based line where a key first appears in the JSON text. */
function lineOfKey(text: string, key: string): number | undefined {
  // As a key, not the same path written as another entry's target.
  const quoted = JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const index = new RegExp(`${quoted}\\s*:`).exec(text)?.index ?? text.indexOf(JSON.stringify(key));
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
  const lines = new Map<string, number | undefined>();
  const problem = (from: string, message: string) => {
    const line = lines.get(from);
    problems.push(formatProblem({ file: REDIRECTS_FILE, ...(line ? { line } : {}), message }));
  };
  for (const [from, to] of Object.entries(data)) {
    lines.set(from, lineOfKey(text, from));
    const fromProblem = sitePathProblem(from);
    if (fromProblem || (!from.endsWith('/') && !/\.[a-z0-9]+$/i.test(from))) {
      problem(from, `"${from}" is not a site path${fromProblem ? ` (${fromProblem})` : ''}; write it as it appears after the domain, e.g. "/claims/old-id/"`);
    } else if (typeof to !== 'string' || !to.startsWith('/') || /^\/[/\\]/.test(to)) {
      const offSite = typeof to === 'string' && (/^[a-z][a-z0-9+.-]*:/i.test(to) || /^\/[/\\]/.test(to));
      problem(
        from,
        offSite
          ? `"${from}" points off the site (${JSON.stringify(to)}); redirects stay on the site, so write a site path with one leading slash, such as "/claims/new-id/"`
          : `"${from}" must point to a site path; write one such as "/claims/new-id/"`,
      );
    } else if (siteTargetProblem(to)) {
      problem(from, `"${from}" points to ${JSON.stringify(to)}, which is not a safe site path (${siteTargetProblem(to)}); write the target as it appears after the domain, e.g. "/claims/new-id/"`);
    } else if (to.split('#')[0] === from) {
      problem(from, `"${from}" redirects to itself; remove it`);
    } else {
      redirects[from] = to;
    }
  }
  // A redirect whose target is itself redirected is a chain, or a loop when
  // it comes back: nginx would answer it, and a reader would bounce or spin.
  const bounced: string[] = [];
  for (const [from, to] of Object.entries(redirects)) {
    const seen = [from];
    let next = to.split('#')[0] ?? to;
    while (next in redirects && !seen.includes(next)) {
      seen.push(next);
      next = redirects[next]?.split('#')[0] ?? next;
    }
    if (seen.length === 1) continue;
    bounced.push(from);
    if (seen.includes(next)) {
      problem(from, `"${from}" is part of a redirect loop (${[...seen.slice(seen.indexOf(next)), next].map((p) => `"${p}"`).join(' → ')}); point each of them at a page the site publishes`);
    } else {
      problem(from, `"${from}" points to "${seen[1]}", which itself redirects (to "${next}"); point "${from}" straight at "${next}"`);
    }
  }
  for (const from of bounced) delete redirects[from];
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
<link rel="icon" href="${escapeHtml(siteUrls(base, undefined).href(paths.favicon()))}" type="image/svg+xml">
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
  const { href, absolute } = siteUrls(base, site);
  const problems: string[] = [];
  const pages: { file: string; from: string; to: string }[] = [];
  // Every path is checked before the first file is written: a redirect that
  // fails leaves nothing behind.
  for (const [from, to] of Object.entries(redirects)) {
    const file = fileInside(dist, from);
    if (file === null) {
      problems.push(`${REDIRECTS_FILE}: "${from}" would be written outside dist/; write a site path without "." or ".." segments`);
      continue;
    }
    if (existsSync(file)) {
      problems.push(`${REDIRECTS_FILE}: "${from}" is a page again, so its redirect would hide it; remove the line from ${REDIRECTS_FILE}`);
      continue;
    }
    const target = fileInside(dist, to);
    if (target === null || !existsSync(target)) {
      problems.push(`${REDIRECTS_FILE}: "${from}" points to "${to}", which the build does not publish; point it at a page that exists`);
      continue;
    }
    pages.push({ file, from, to });
  }
  if (problems.length > 0) return problems;
  const lines: string[] = [];
  for (const { file, from, to } of pages) {
    const target = href(to);
    if (from.endsWith('/')) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, redirectPage(href(from), target, site ? absolute(to) : undefined, base));
    }
    lines.push(`${href(from)} ${target} 301`);
  }
  if (lines.length > 0) writeFileSync(join(dist, '_redirects'), `${lines.join('\n')}\n`);
  return problems;
}
