/**
 * Pages run only the site's own code: nothing loaded from another origin, no
 * inline script or handler (the CSP would block them), every inline <style>
 * allowed by its hash, and the site's CSP as the first thing in <head>, the
 * same policy the server sends. A page paints with its HTML: at most one
 * stylesheet holds up its first paint. Each failure names the page and the fix.
 */
import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/lib/security.ts';
import { site } from './dist.ts';

/** The policy the build wrote into dist/_headers (the base policy plus the inline styles' hashes). */
function builtHeader(): string {
  const line = /^\s+Content-Security-Policy: (.+)$/m.exec(site().read('/_headers'))?.[1];
  if (!line) throw new Error('dist/_headers sends no Content-Security-Policy');
  return line;
}
/** The same policy without what only a header can say: what every page's <meta> must carry. */
const builtMeta = () => builtHeader().replace(/; frame-ancestors 'none'$/, '');
const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

const LOADS = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'track', 'input']);
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/;

test('pages load nothing from another origin', () => {
  const s = site();
  const problems: string[] = [];
  for (const { file, tags } of s.pages.values()) {
    for (const tag of tags) {
      const loads = LOADS.has(tag.name) || (tag.name === 'link' && LOADING_RELS.test(tag.attrs.get('rel') ?? ''));
      if (!loads) continue;
      for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
        const value = tag.attrs.get(attr);
        if (value !== undefined && /^(https?:)?\/\//i.test(value) && new URL(value, s.origin).origin !== s.origin) {
          problems.push(`${file}: <${tag.name} ${attr}> loads from another origin (${value}); serve it from the site`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test('pages have no inline script, style attribute or event handler', () => {
  const problems: string[] = [];
  for (const { file, tags } of site().pages.values()) {
    for (const tag of tags) {
      // Scripts: only bundled files, and JSON-LD data.
      // Data in a script element (JSON) is never run, so the CSP has nothing to block.
      if (tag.name === 'script' && !tag.attrs.has('src') && !['application/ld+json', 'application/json'].includes(tag.attrs.get('type') ?? '')) {
        problems.push(`${file}: inline <script> (${(tag.body ?? '').trim().slice(0, 60)}…); the CSP blocks it, so bundle it as a module`);
      }
      for (const name of tag.attrs.keys()) {
        if (/^on[a-z]+$/.test(name)) problems.push(`${file}: <${tag.name} ${name}> is an inline handler; the CSP blocks it`);
        if (name === 'style') problems.push(`${file}: <${tag.name} style> is an inline style; the CSP blocks it, so use a class`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('every page carries the site CSP before anything it governs', () => {
  const problems: string[] = [];
  for (const { file, tags } of site().pages.values()) {
    const first = tags.findIndex((t) => t.name === 'link' || t.name === 'script' || t.name === 'style' || t.name === 'img');
    const csp = tags.findIndex((t) => t.name === 'meta' && t.attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy');
    if (csp < 0) problems.push(`${file}: no Content-Security-Policy <meta>`);
    else if (tags[csp]!.attrs.get('content') !== builtMeta()) problems.push(`${file}: its CSP differs from the one in dist/_headers (src/lib/security.ts plus the inline styles' hashes)`);
    else if (first >= 0 && first < csp) problems.push(`${file}: the CSP <meta> comes after <${tags[first]!.name}>; move it up`);
  }
  expect(problems).toEqual([]);
});

test('the header and every meta carry one policy: the base policy plus the inline styles\' hashes', () => {
  const header = builtHeader();
  // Header = meta + frame-ancestors (a <meta> cannot carry it); without the hashes, the policy in src/lib/security.ts.
  expect(header).toBe(`${builtMeta()}; frame-ancestors 'none'`);
  expect(header.replace(/ 'sha256-[A-Za-z0-9+/]+=*'/g, '')).toBe(CSP_HEADER);
  expect(builtMeta().replace(/ 'sha256-[A-Za-z0-9+/]+=*'/g, '')).toBe(CSP_META);
  // nginx sends the same header, generated from dist/_headers.
  expect(site().read('/_nginx.conf')).toContain(`\nadd_header Content-Security-Policy "${header}" always;\n`);
});

test('every inline <style> is allowed by its hash, and the policy lists no hash of a block no page has', () => {
  const allowed = new Set(builtMeta().split('; ').find((d) => d.startsWith('style-src '))?.split(' ').slice(1));
  const used = new Set<string>();
  const problems: string[] = [];
  for (const { file, tags } of site().pages.values()) {
    for (const tag of tags) {
      if (tag.name !== 'style') continue;
      const hash = hashOf(tag.body ?? '');
      used.add(hash);
      if (!allowed.has(hash)) problems.push(`${file}: an inline <style> (${(tag.body ?? '').trim().slice(0, 50)}…) whose hash ${hash} is not in the CSP; rebuild (src/integration/inline-styles.ts writes the hashes)`);
    }
  }
  expect(problems).toEqual([]);
  expect([...allowed].filter((source) => source.startsWith("'sha256-") && !used.has(source))).toEqual([]);
  expect(used.size).toBeGreaterThan(0);
});

test('at most one stylesheet holds up a page\'s first paint', () => {
  // Render-blocking: <link rel="stylesheet"> without a media query that fails on screens, outside <noscript>
  // (whose contents a browser running scripts never loads; there it is the no-JS stylesheet).
  const problems: string[] = [];
  for (const { file, html } of site().pages.values()) {
    const head = html.replace(/<noscript>[\s\S]*?<\/noscript>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
    const blocking = [...head.matchAll(/<link\b[^>]*>/gi)]
      .map(([tag]) => tag)
      .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag) && !/\bmedia=["']?print\b/i.test(tag) && !/\bdisabled\b/i.test(tag));
    if (blocking.length > 1) problems.push(`${file}: ${blocking.length} render-blocking stylesheets (${blocking.join(' ')}); styles are meant to be inlined (astro.config.ts build.inlineStylesheets)`);
  }
  expect(problems).toEqual([]);
});

test('no page preloads a font, which would hold up its first paint', () => {
  // Chromium holds the first paint of a page that preloads a font until the font
  // arrives or a timeout passes: on the phone profile that was about 0.2 s after the
  // HTML (docs/bench.md). The fonts are fetched when text in them is laid out.
  const problems: string[] = [];
  for (const { file, tags } of site().pages.values()) {
    for (const tag of tags) {
      if (tag.name === 'link' && tag.attrs.get('rel') === 'preload' && tag.attrs.get('as') === 'font') problems.push(`${file}: <link rel="preload" as="font" href="${tag.attrs.get('href')}">`);
    }
  }
  expect(site().pages.size).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
