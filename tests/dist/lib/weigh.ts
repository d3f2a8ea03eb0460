/**
 * What a built page makes the browser download before it is usable, and how
 * much that weighs gzipped: the HTML, the stylesheets it links (and their
 * @imports), the scripts it loads and every module those statically import,
 * the fonts it preloads or that its stylesheets need for Latin text, and its
 * eager images. Dynamic import() is not followed: that is code loaded later,
 * on demand (Pagefind after a query, for instance).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';

export type AssetKind = 'html' | 'css' | 'js' | 'font' | 'img';

export interface Asset {
  kind: AssetKind;
  /** Site path, e.g. "/_astro/page.1a2b.js". */
  url: string;
  /** Gzipped bytes (gzip level 9, as a static host would pre-compress). */
  gzip: number;
}

export interface PageWeight {
  /** Site path of the page, e.g. "/claims/x/". */
  page: string;
  assets: Asset[];
  /** Gzipped bytes by kind. */
  bytes: Record<AssetKind, number>;
  /** HTML + CSS + JS + fonts (images are reported, not counted in the total). */
  total: number;
  /** References that could not be weighed: other origins or missing files. */
  problems: string[];
}

export const gzipSize = (data: Uint8Array | string): number => gzipSync(data, { level: 9 }).length;

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Every reference in a page's HTML, by what the browser will do with it. */
export function htmlReferences(html: string): { kind: AssetKind; url: string }[] {
  const refs: { kind: AssetKind; url: string }[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const url = attr(tag, 'href');
    if (!url) continue;
    if (rel.includes('stylesheet')) refs.push({ kind: 'css', url });
    else if (rel.includes('modulepreload')) refs.push({ kind: 'js', url });
    else if (rel.includes('preload')) {
      const as = (attr(tag, 'as') ?? '').toLowerCase();
      if (as === 'font') refs.push({ kind: 'font', url });
      else if (as === 'style') refs.push({ kind: 'css', url });
      else if (as === 'script') refs.push({ kind: 'js', url });
      else if (as === 'image') refs.push({ kind: 'img', url });
    }
  }
  for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
    const url = attr(tag, 'src');
    if (url) refs.push({ kind: 'js', url });
  }
  for (const [tag] of withoutComments.matchAll(/<img\b[^>]*>/gi)) {
    const url = attr(tag, 'src');
    if (url && (attr(tag, 'loading') ?? '').toLowerCase() !== 'lazy') refs.push({ kind: 'img', url });
  }
  return refs;
}

/** Static imports and re-exports of an ES module (not dynamic import()). */
export function jsImports(code: string): string[] {
  const found: string[] = [];
  // import x from "y"; import {a as b}from"./y.js"; import "./y.js"; export * from "y"; export{a}from"y"
  const pattern = /(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) if (match[2]) found.push(match[2]);
  return found;
}

/** Does this @font-face cover Basic Latin, so an English page will fetch it? */
function coversLatin(block: string): boolean {
  const range = /unicode-range\s*:\s*([^;}]+)/i.exec(block)?.[1];
  if (!range) return true;
  return range.split(',').some((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const low = parseInt((from ?? '').replace(/\?/g, '0'), 16);
    const high = parseInt((to ?? from ?? '').replace(/\?/g, 'F'), 16);
    return low <= 0x7a && high >= 0x61; // a–z
  });
}

/** Stylesheet @imports, and for each Latin-covering @font-face its first (preferred) source. */
export function cssReferences(css: string): { kind: AssetKind; url: string }[] {
  const refs: { kind: AssetKind; url: string }[] = [];
  const clean = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const match of clean.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)["']?\s*\)?/gi)) if (match[1]) refs.push({ kind: 'css', url: match[1] });
  for (const [block] of clean.matchAll(/@font-face\s*\{[^}]*\}/gi)) {
    const src = /src\s*:[^;}]*?url\(\s*["']?([^"')]+)["']?\s*\)/i.exec(block)?.[1];
    if (src && coversLatin(block)) refs.push({ kind: 'font', url: src });
  }
  return refs;
}

export interface Site {
  /** The dist/ folder. */
  dist: string;
  /** The base path the site is built for ("/" or "/lips/"). */
  base: string;
}

/** Map a URL seen on `fromUrl` to a file in dist/, or explain why it cannot be. */
function resolve(site: Site, fromUrl: string, ref: string): { url: string; file: string } | { problem: string } {
  if (/^(data|blob):/i.test(ref)) return { problem: '' };
  const url = new URL(ref, `http://site.invalid${fromUrl}`);
  if (url.origin !== 'http://site.invalid') return { problem: `${ref} is on another origin` };
  const path = decodeURIComponent(url.pathname);
  const local = path.startsWith(site.base) ? path.slice(site.base.length) : path.replace(/^\//, '');
  let file = join(site.dist, local);
  if (path.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file)) return { problem: `${ref} is referenced but ${file} does not exist` };
  return { url: path, file };
}

/** Weigh a page: its HTML file and all it loads (each asset counted once). */
export function weighPage(site: Site, htmlFile: string, pageUrl: string): PageWeight {
  const assets: Asset[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const html = readFileSync(htmlFile);
  assets.push({ kind: 'html', url: pageUrl, gzip: gzipSize(html) });

  const visit = (kind: AssetKind, ref: string, from: string): void => {
    const target = resolve(site, from, ref);
    if ('problem' in target) {
      if (target.problem) problems.push(target.problem);
      return;
    }
    if (seen.has(target.url)) return;
    seen.add(target.url);
    const bytes = readFileSync(target.file);
    assets.push({ kind, url: target.url, gzip: gzipSize(bytes) });
    if (kind === 'css') for (const r of cssReferences(bytes.toString('utf8'))) visit(r.kind, r.url, target.url);
    if (kind === 'js') for (const r of jsImports(bytes.toString('utf8'))) if (/^[./]/.test(r)) visit('js', r, target.url);
  };
  for (const ref of htmlReferences(html.toString('utf8'))) visit(ref.kind, ref.url, pageUrl);

  const bytes: Record<AssetKind, number> = { html: 0, css: 0, js: 0, font: 0, img: 0 };
  for (const a of assets) bytes[a.kind] += a.gzip;
  return { page: pageUrl, assets, bytes, total: bytes.html + bytes.css + bytes.js + bytes.font, problems };
}

/** Site path of a built HTML file ("dist/claims/x/index.html" → "/claims/x/"). */
export function pageUrlOf(site: Site, htmlFile: string): string {
  const rel = posix.normalize(htmlFile.slice(site.dist.length).split('\\').join('/')).replace(/^\/+/, '');
  const path = rel.endsWith('index.html') ? dirname(`/${rel}`).replace(/\/?$/, '/') : `/${rel}`;
  return `${site.base.replace(/\/$/, '')}${path}`;
}
