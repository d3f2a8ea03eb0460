import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitePathProblem, siteTargetProblem } from '../lib/site-path.ts';
import { paths } from '../lib/urls.ts';

/**
 * An nginx configuration generated from the same files other hosts read:
 * dist/_headers (response headers by path pattern) and dist/_redirects
 * (one "from to status" per line). The build writes it to dist/_nginx.conf
 * after those two, so the three never disagree. It is a server-level snippet:
 * include it inside a `server { … }` that sets `listen`, `server_name` and
 * `root` (see docs/deploy.md).
 *
 * nginx drops server-level add_header lines in any location that has its
 * own, so each location repeats the headers for every path (with `always`,
 * so errors and redirects carry them too).
 */
export interface HeaderRule {
  /** "/*", "/_astro/*" or an exact path. */
  pattern: string;
  headers: [name: string, value: string][];
}

export interface RedirectRule {
  from: string;
  to: string;
  status: number;
}

export const NGINX_FILE = '_nginx.conf';

/** Parse a _headers file: a path pattern at the start of a line, indented "Name: value" lines under it. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path pattern starts with "/" ("/*", "/_astro/*"); indent header lines under it`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
    if (!rule || !match) throw new Error(`_headers line ${index + 1}: expected an indented "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([match[1] ?? '', match[2] ?? '']);
  });
  return rules;
}

/** Parse a _redirects file: "from to [status]" per line. */
export function parseRedirects(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line, index) => ({ parts: line.trim().split(/\s+/), index }))
    .filter(({ parts }) => parts[0] !== '' && !parts[0]?.startsWith('#'))
    .map(({ parts, index }) => {
      const [from, to, status = '301'] = parts;
      if (!from || !to || !/^30[1278]$/.test(status)) throw new Error(`_redirects line ${index + 1}: expected "from to 301", got "${parts.join(' ')}"`);
      return { from, to, status: Number(status) };
    });
}

/**
 * The configuration cannot be written safely: the message names the value and
 * the fix, and the stack would only bury it.
 */
export class NginxConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NginxConfigError';
    this.stack = message;
  }
}

/** A value as an nginx string; "$" would start a variable and a line break would end the directive, so both are refused. */
function quote(value: string, what: string): string {
  if (value.includes('$')) throw new NginxConfigError(`${what} contains "$", which nginx would read as a variable; remove it`);
  if (/[\r\n]/.test(value)) throw new NginxConfigError(`${what} contains a line break; write it on one line`);
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * A site path as an nginx string. The paths come from redirects.json and the
 * base path, checked when they are read; this is the last line: a path with
 * a character the site's URLs never use is refused, never written.
 */
function quotePath(path: string, what: string, check: (path: string) => string | null = sitePathProblem): string {
  const problem = check(path);
  if (problem) throw new NginxConfigError(`${what} ${JSON.stringify(path)} cannot go into the nginx configuration (${problem}); fix it in redirects.json or BASE_PATH`);
  return quote(path, what);
}

function addHeaders(headers: HeaderRule['headers'], indent: string): string[] {
  return headers.map(([name, value]) => `${indent}add_header ${name} ${quote(value, `header ${name}`)} always;`);
}

/** "/_astro/*" → a prefix location; "/x/" → an exact one. Base path included. */
function locationFor(pattern: string, prefix: string): string {
  return pattern.endsWith('*') ? `^~ ${quotePath(`${prefix}${pattern.slice(0, -1)}`, `_headers ${pattern}`)}` : `= ${quotePath(`${prefix}${pattern}`, `_headers ${pattern}`)}`;
}

/**
 * Only for deployments over HTTPS, where the browser honours it (over plain
 * HTTP it ignores the header): stay on HTTPS for a year. Not in _headers,
 * whose hosts (Netlify, Cloudflare Pages) set their own.
 */
export const HSTS: [string, string] = ['Strict-Transport-Security', 'max-age=31536000'];

/** Cache-Control for a file whose name changes whenever its bytes do. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Files named by a hash of their content besides Astro's _astro/ (which
 * _headers covers): Pagefind's index chunks, fragments, filters and metadata
 * ("en_29649a8.pf_index"). Pagefind's entry file, scripts and WebAssembly
 * ("wasm.en.pagefind") keep fixed names and are not cached as if immutable. Share images are named by id, not content, so
 * they are not either.
 */
export const FINGERPRINTED = `${paths.searchBundle()}.+\\.(pf_fragment|pf_index|pf_filter|pf_meta)$`;

export interface NginxInput {
  headers: HeaderRule[];
  redirects: RedirectRule[];
  /** The site's base path ("/" or "/folder/"). */
  base: string;
}

export function nginxConfig({ headers, redirects, base }: NginxInput): string {
  const prefix = base.replace(/\/+$/, '');
  const everywhere = [...headers.filter((r) => r.pattern === '/*').flatMap((r) => r.headers), HSTS];
  const root = quotePath(`${prefix}/`, 'the base path');
  const regexPrefix = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const specific = headers.filter((r) => r.pattern !== '/*');
  const lines: string[] = [
    '# Generated by the build from _headers and _redirects; edit those (public/_headers,',
    '# redirects.json) and rebuild rather than this file. Include it in a server block',
    '# that sets listen, server_name and root (docs/deploy.md).',
    '',
    'index index.html;',
    'charset utf-8;',
    '# The response does not name the nginx version.',
    'server_tokens off;',
    '# Redirects keep the scheme, host and port the reader used.',
    'absolute_redirect off;',
    `error_page 404 ${quotePath(`${prefix}/404.html`, 'the 404 page')};`,
    '# Text is sent compressed: the size budgets (search data, scripts, styles) are',
    '# gzipped sizes, and nginx compresses only HTML unless told the other types.',
    'gzip on;',
    'gzip_vary on;',
    'gzip_min_length 256;',
    'gzip_types text/css application/javascript text/javascript application/json application/xml text/xml application/rss+xml image/svg+xml text/plain text/calendar application/manifest+json;',
    '',
    '# Every response: the security headers from _headers "/*", and HSTS (honoured over HTTPS only).',
    ...addHeaders(everywhere, ''),
    '',
    `location ${root} {`,
    '    try_files $uri $uri/index.html =404;',
    '}',
    '',
    "# Pagefind's content-hashed files never change under the same name.",
    `location ~ "^${regexPrefix}${FINGERPRINTED}" {`,
    ...addHeaders([...everywhere, ['Cache-Control', IMMUTABLE]], '    '),
    '    try_files $uri =404;',
    '}',
  ];
  for (const rule of specific) {
    lines.push('', `# _headers ${rule.pattern}`, `location ${locationFor(rule.pattern, prefix)} {`, ...addHeaders([...everywhere, ...rule.headers], '    '), '    try_files $uri =404;', '}');
  }
  // Host files (_headers, _redirects, this file) are configuration, not pages.
  lines.push('', '# Host configuration files are not served.', `location ~ "^${regexPrefix}/_[^/]*$" {`, '    return 404;', '}');
  if (redirects.length > 0) lines.push('', '# _redirects');
  for (const { from, to, status } of redirects) lines.push(`location = ${quotePath(from, 'redirect')} {`, `    return ${status} ${quotePath(to, `redirect ${from} to`, siteTargetProblem)};`, '}');
  return `${lines.join('\n')}\n`;
}

/** Read dist/_headers and dist/_redirects and write dist/_nginx.conf beside them. */
export function emitNginx(dist: string, base: string): string {
  const read = (name: string) => (existsSync(join(dist, name)) ? readFileSync(join(dist, name), 'utf8') : '');
  const config = nginxConfig({ headers: parseHeaders(read('_headers')), redirects: parseRedirects(read('_redirects')), base });
  writeFileSync(join(dist, NGINX_FILE), config);
  return config;
}
