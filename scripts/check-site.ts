/**
 * Checks on the whole built site (dist/), run by `npm run test:dist` after
 * the build:
 * - every internal link and #anchor resolves: in pages, in JSON-LD, in JSON
 *   data files and in XML (sitemap, feed), including redirect targets;
 * - pages load nothing from another origin, run no inline script or handler,
 *   and carry the site's CSP first thing in <head>;
 * - html-validate finds no error on any page (.htmlvalidate.json);
 * - the feed and sitemap are well-formed XML and the iCalendar file is valid
 *   (each skipped with a note while the site does not publish it);
 * - every URL in the permanent-link ledger resolves, and every published
 *   URL is in it.
 * Exits non-zero with one line per failure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { XMLValidator } from 'fast-xml-parser';
import { readTags, type Tag } from './site-checks/html.ts';
import { checkICalendar } from './site-checks/ical.ts';
import { CSP_META } from '../src/lib/security.ts';
import { checkLedger, LEDGER_FILE, readLedger } from '../src/integration/permalinks.ts';
import { readRedirects } from '../src/integration/redirects.ts';

const dist = process.argv[2] ?? 'dist';
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
const origin = new URL(process.env['SITE_URL'] ?? 'http://localhost:4321').origin;
const failures: string[] = [];
const notes: string[] = [];

const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name).slice(dist.length).split('\\').join('/').replace(/^\/?/, '/'));
const htmlFiles = files.filter((f) => f.endsWith('.html'));

/** The site URL a file is served at ("/claims/x/index.html" → "/base/claims/x/"). */
function urlOf(file: string): string {
  return base.slice(0, -1) + file.replace(/index\.html$/, '');
}

const idsByFile = new Map<string, Set<string>>();
const tagsByFile = new Map<string, Tag[]>();
for (const file of htmlFiles) {
  const tags = readTags(readFileSync(join(dist, file), 'utf8'));
  tagsByFile.set(file, tags);
  idsByFile.set(file, new Set(tags.flatMap((t) => [t.attrs.get('id'), t.name === 'a' ? t.attrs.get('name') : undefined]).filter((v): v is string => Boolean(v))));
}

/** The dist file a site URL is served from, or why it is not. */
function target(url: URL): { file?: string; problem?: string } {
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return { problem: `is outside the base path ${base}` };
  const local = `/${path.slice(base.length)}`;
  if (local.endsWith('/')) {
    const file = `${local}index.html`;
    return files.includes(file) ? { file } : { problem: 'has no page' };
  }
  if (files.includes(local)) return { file: local };
  if (files.includes(`${local}/index.html`)) return { problem: `lacks its trailing slash; write ${path}/` };
  return { problem: 'has no file' };
}

/** Check one internal link found in `from` (a dist file). */
function checkLink(from: string, raw: string, where: string): void {
  const value = raw.trim();
  if (value === '' || /^(mailto|tel|data):/i.test(value)) return;
  if (/^javascript:/i.test(value)) {
    failures.push(`${from}: ${where} uses a javascript: URL`);
    return;
  }
  const page = new URL(urlOf(from), origin);
  const url = new URL(value, page);
  if (url.origin !== origin) return; // other sites: not ours to check here
  const found = url.pathname === page.pathname ? { file: from } : target(url);
  if (!found.file) {
    failures.push(`${from}: ${where} → ${url.pathname} ${found.problem}`);
    return;
  }
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && found.file.endsWith('.html') && !idsByFile.get(found.file)?.has(anchor)) {
    failures.push(`${from}: ${where} → ${url.pathname}#${anchor}: no element has id="${anchor}"`);
  }
}

const LOADS = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'track', 'input']);
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/;

for (const [file, tags] of tagsByFile) {
  // Links, and anything the page loads.
  for (const tag of tags) {
    for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
      const value = tag.attrs.get(attr);
      if (value === undefined) continue;
      const loads = LOADS.has(tag.name) || (tag.name === 'link' && LOADING_RELS.test(tag.attrs.get('rel') ?? ''));
      if (loads && /^(https?:)?\/\//i.test(value) && new URL(value, origin).origin !== origin) {
        failures.push(`${file}: <${tag.name} ${attr}> loads from another origin (${value}); serve it from the site`);
      }
      checkLink(file, value, `<${tag.name} ${attr}="${value}">`);
    }
    for (const candidate of (tag.attrs.get('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]).filter(Boolean)) {
      checkLink(file, candidate!, `<${tag.name} srcset>`);
    }
    if (tag.name === 'meta') {
      const content = tag.attrs.get('content') ?? '';
      if (/^https?:\/\//.test(content)) checkLink(file, content, `<meta ${tag.attrs.get('property') ?? tag.attrs.get('name')}>`);
      const refresh = /url=(.+)$/i.exec(content);
      if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh' && refresh) checkLink(file, refresh[1]!, '<meta refresh>');
    }
    // Script: only bundled files and JSON-LD data; no inline handlers.
    if (tag.name === 'script' && !tag.attrs.has('src') && tag.attrs.get('type') !== 'application/ld+json') {
      failures.push(`${file}: inline <script> (${(tag.body ?? '').trim().slice(0, 60)}…); the CSP blocks it, so bundle it as a module`);
    }
    if (tag.name === 'script' && tag.attrs.get('type') === 'application/ld+json') {
      try {
        for (const url of stringsIn(JSON.parse(tag.body ?? ''))) if (url.startsWith(origin)) checkLink(file, url, 'JSON-LD');
      } catch {
        failures.push(`${file}: JSON-LD is not valid JSON`);
      }
    }
    if (tag.name === 'style') failures.push(`${file}: inline <style>; the CSP blocks it, so put it in a stylesheet`);
    for (const name of tag.attrs.keys()) {
      if (/^on[a-z]+$/.test(name)) failures.push(`${file}: <${tag.name} ${name}> is an inline handler; the CSP blocks it`);
      if (name === 'style') failures.push(`${file}: <${tag.name} style> is an inline style; the CSP blocks it, so use a class`);
    }
  }
  // The CSP comes first in <head>, before anything it governs.
  const first = tags.findIndex((t) => t.name === 'link' || t.name === 'script' || t.name === 'style' || t.name === 'img');
  const csp = tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  if (csp < 0) failures.push(`${file}: no Content-Security-Policy <meta>`);
  else if (tags[csp]!.attrs.get('content') !== CSP_META) failures.push(`${file}: its CSP differs from src/lib/security.ts`);
  else if (first >= 0 && first < csp) failures.push(`${file}: the CSP <meta> comes after <${tags[first]!.name}>; move it up`);
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

// Links inside data files: site paths and absolute URLs on the site.
for (const file of files.filter((f) => f.endsWith('.json') && !f.startsWith('/pagefind/'))) {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(dist, file), 'utf8'));
  } catch (error) {
    failures.push(`${file}: not valid JSON (${(error as Error).message})`);
    continue;
  }
  for (const value of stringsIn(data)) {
    if (value.startsWith(origin) || (value.startsWith(base) && /^\/[^\s]*$/.test(value) && value.length > 1)) checkLink(file, value, 'JSON value');
  }
}

// XML: well-formed, and its links to the site resolve.
const xmlFiles = files.filter((f) => /\.(xml|rss|atom)$/.test(f));
for (const file of xmlFiles) {
  const text = readFileSync(join(dist, file), 'utf8');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    failures.push(`${file}: not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
    continue;
  }
  for (const match of text.matchAll(/<(?:loc|link|guid|id)>\s*([^<\s]+)\s*<\/|href="([^"]+)"/g)) {
    const url = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
    if (url.startsWith(origin)) checkLink(file, url, 'XML link');
  }
}
const feeds = xmlFiles.filter((f) => /<(rss|feed)[\s>]/.test(readFileSync(join(dist, f), 'utf8')));
if (feeds.length === 0) notes.push('no RSS/Atom feed in dist/ yet: feed check skipped');
else {
  for (const feed of feeds) {
    const text = readFileSync(join(dist, feed), 'utf8');
    if (/<rss[\s>]/.test(text) && !/<channel>[\s\S]*<title>[\s\S]*<link>[\s\S]*<\/channel>/.test(text)) failures.push(`${feed}: RSS without a channel title and link`);
  }
}

const calendars = files.filter((f) => f.endsWith('.ics'));
if (calendars.length === 0) notes.push('no .ics file in dist/ yet: iCalendar check skipped');
for (const file of calendars) {
  for (const problem of checkICalendar(readFileSync(join(dist, file), 'utf8'))) failures.push(`${file}: ${problem}`);
}

// html-validate, with the project's .htmlvalidate.json.
const validator = new HtmlValidate(new FileSystemConfigLoader());
for (const file of htmlFiles) {
  const report = await validator.validateFile(join(dist, file));
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity === 2) failures.push(`${file}:${m.line}:${m.column}: ${m.message} (html-validate ${m.ruleId})`);
    }
  }
}

// The permanent-link ledger.
const { redirects, problems } = readRedirects(process.cwd());
const ledger = readLedger(process.cwd());
const { broken, unlisted } = checkLedger(dist, ledger, redirects);
failures.push(...problems, ...broken);
for (const url of unlisted) failures.push(`${url} is published but not in ${LEDGER_FILE}; run \`npm run permalinks -- --update\` and commit ${LEDGER_FILE}`);

for (const note of notes) console.log(`note: ${note}`);
if (failures.length > 0) {
  console.error(`site check failed (${failures.length}):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `site check: ${htmlFiles.length} pages valid, links and anchors resolve, no inline script or style, ` +
    `nothing from other origins; ${ledger.length} permanent links hold.`,
);
