/**
 * The built site, read once for every test over dist/: its file list, each
 * HTML page parsed into tags and ids, and claims.json. Tests call `site()`;
 * the first call reads dist/, later calls (in this file or any other test
 * file of the dist project, which shares one module cache) get the same object.
 *
 * DIST names another folder than dist/; BASE_PATH must match the one the
 * site was built with. The public address is read from the build itself (the
 * home page's canonical link), so it need not be told.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readTags, type Tag } from './lib/html.ts';

export interface Page {
  /** Dist file, as a site path without the base: "/claims/x/index.html". */
  file: string;
  /** The URL it is served at, with the base: "/claims/x/". */
  url: string;
  html: string;
  tags: Tag[];
  /** Every id (and <a name>) in the page: the anchors a link may point to. */
  ids: Set<string>;
}

export interface ClaimRow {
  id: string;
  piece: string;
  quote: string;
  paraphrase: string;
  kind: string;
  key: boolean;
  /** What the record shows; every claim has one. */
  record: { status: string; statusLabel: string; line: string; note: string | null; events: string[]; test: string | null; by: string | null; review: string | null; why: string | null };
  topics: string[];
  events: string[];
  url: string;
}

export interface Site {
  /** Absolute path of the dist folder. */
  dir: string;
  /** Base path the site is built for, with a trailing slash ("/" or "/lips/"). */
  base: string;
  /** The public origin the site was built for (absolute links to it are internal links), or undefined when the build had none. */
  address: string | undefined;
  /** The public origin, or a reserved placeholder when the build had none. */
  origin: string;
  /** Every file in dist/, as "/path/from/dist" (forward slashes), sorted. */
  files: string[];
  /** Every HTML page, by its `file`. */
  pages: Map<string, Page>;
  /** Every page part (markup a page fetches, no <head>: src/pages/parts/), by its `file`. */
  parts: Map<string, Page>;
  /** claims.json as published. */
  claims: ClaimRow[];
  /** A dist file's text ("/claims.json" → its contents). */
  read(file: string): string;
}

let cached: Site | undefined;

/** Where page parts are built (paths.parts() in src/lib/urls.ts). */
const PARTS = '/parts/';

/** The site URL a dist file is served at ("/claims/x/index.html" → "/base/claims/x/"). */
export function urlOf(base: string, file: string): string {
  return base.slice(0, -1) + file.replace(/index\.html$/, '');
}

export function site(): Site {
  if (cached) return cached;
  const dir = resolve(process.env['DIST'] ?? 'dist');
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} holds no built site; run \`npm run build\` first`);
  const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
  const address = canonical ? new URL(canonical).origin : undefined;
  const origin = address ?? 'https://no-public-address.invalid';
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length).split('\\').join('/').replace(/^\/?/, '/'))
    .sort();
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const pages = new Map<string, Page>();
  const parts = new Map<string, Page>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = read(file);
    const tags = readTags(html);
    const ids = new Set(tags.flatMap((t) => [t.attrs.get('id'), t.name === 'a' ? t.attrs.get('name') : undefined]).filter((v): v is string => Boolean(v)));
    (file.startsWith(PARTS) ? parts : pages).set(file, { file, url: urlOf(base, file), html, tags, ids });
  }
  const claims = JSON.parse(read('/claims.json')) as ClaimRow[];
  cached = { dir, base, address, origin, files, pages, parts, claims, read };
  return cached;
}
