/**
 * Does an internal link resolve? A link found in a dist file is followed to
 * the file that serves it and, for a page, to the element its #anchor names.
 * Links to other sites are not followed (they are not ours to check).
 */
import type { Site } from '../dist.ts';

/** The dist file a site URL is served from, or why it is not. */
function target(site: Site, url: URL): { file?: string; problem?: string } {
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(site.base)) return { problem: `is outside the base path ${site.base}` };
  const local = `/${path.slice(site.base.length)}`;
  if (local.endsWith('/')) {
    const file = `${local}index.html`;
    return site.files.includes(file) ? { file } : { problem: 'has no page' };
  }
  if (site.files.includes(local)) return { file: local };
  if (site.files.includes(`${local}/index.html`)) return { problem: `lacks its trailing slash; write ${path}/` };
  return { problem: 'has no file' };
}

/**
 * What is wrong with one link found in `from` (a dist file), or null when it
 * resolves. `where` says where the link was found (`<a href="…">`, "JSON value").
 */
export function linkProblem(site: Site, from: string, raw: string, where: string): string | null {
  const value = raw.trim();
  if (value === '' || /^(mailto|tel|data):/i.test(value)) return null;
  if (/^javascript:/i.test(value)) return `${from}: ${where} uses a javascript: URL`;
  const page = new URL(site.base.slice(0, -1) + from.replace(/index\.html$/, ''), site.origin);
  const url = new URL(value, page);
  if (url.origin !== site.origin) return null;
  const found = url.pathname === page.pathname ? { file: from } : target(site, url);
  if (!found.file) return `${from}: ${where} → ${url.pathname} ${found.problem}`;
  const anchor = decodeURIComponent(url.hash.slice(1));
  if (anchor && found.file.endsWith('.html') && !site.pages.get(found.file)?.ids.has(anchor)) {
    return `${from}: ${where} → ${url.pathname}#${anchor}: no element has id="${anchor}"`;
  }
  return null;
}

/** Every string inside a JSON value. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
