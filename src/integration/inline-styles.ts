/**
 * Allow the <style> blocks the build inlined (astro.config.ts:
 * build.inlineStylesheets 'always') under the CSP, by hash. The pages are
 * rendered with the base policy (src/lib/security.ts); after the build this
 * reads every page, hashes each block exactly as written (a browser hashes the
 * element's text as it stands in the HTML), and writes one site-wide policy
 * with those hashes into every page's <meta> and into dist/_headers, which
 * the nginx configuration is generated from. Header and meta therefore list
 * the same hashes; tests/dist/csp.test.ts checks every page against them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSP_HEADER, CSP_META, withStyleHashes } from '../lib/security.ts';

const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** The base64 SHA-256 of each inline <style> block's text in a page. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(STYLE)].map((m) => createHash('sha256').update(m[1] ?? '', 'utf8').digest('base64'));
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface StylePolicy {
  meta: string;
  header: string;
  hashes: number;
  pages: number;
}

/** Hash every page's inline styles and write the resulting policy into the pages' meta and dist/_headers. */
export function allowInlineStyles(dist: string): StylePolicy {
  const files = htmlFiles(dist);
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const hashes = new Set(pages.flatMap(({ html }) => inlineStyleHashes(html)));
  const meta = withStyleHashes(CSP_META, hashes);
  const header = withStyleHashes(CSP_HEADER, hashes);
  const metaTag = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`;
  for (const { file, html } of pages) {
    if (!html.includes(metaTag)) {
      // Redirect pages and the like carry no styles of their own; a page with styles must carry the policy.
      if (inlineStyleHashes(html).length > 0) throw new Error(`${file}: has inline styles but not the site's CSP <meta> (${CSP_META}); render it with BaseLayout`);
      continue;
    }
    writeFileSync(file, html.replace(metaTag, `<meta http-equiv="Content-Security-Policy" content="${meta}">`));
  }
  const headersFile = join(dist, '_headers');
  const headers = readFileSync(headersFile, 'utf8');
  const line = `Content-Security-Policy: ${CSP_HEADER}`;
  if (!headers.includes(line)) throw new Error(`dist/_headers has no "${line}" line; public/_headers must send CSP_HEADER from src/lib/security.ts`);
  writeFileSync(headersFile, headers.replace(line, `Content-Security-Policy: ${header}`));
  return { meta, header, hashes: hashes.size, pages: pages.length };
}
