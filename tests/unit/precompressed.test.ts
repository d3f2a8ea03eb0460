import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { BROTLI_CONFIG, BROTLI_FILE, NGINX_FILE, emitNginx, nginxConfig, parseHeaders } from '../../src/integration/nginx.ts';
import { BROTLI_QUALITY, compressDist } from '../../src/integration/compress.ts';
import { localNginxConfig } from '../../src/integration/nginx-local.ts';
import { allowInlineStyles, inlineStyleHashes } from '../../src/integration/inline-styles.ts';
import { CSP_HEADER, CSP_META, withStyleHashes } from '../../src/lib/security.ts';

/**
 * Text compressed at build and served as it is; inline styles allowed by
 * hash, the same hashes in the header and in every page's meta.
 */

const HEADERS = `/*\n  Content-Security-Policy: ${CSP_HEADER}\n  X-Frame-Options: DENY\n`;

describe('the nginx configuration for precompressed files', () => {
  const config = nginxConfig({ headers: parseHeaders(HEADERS), redirects: [], base: '/' });
  const serverLevel = config.split('\nlocation')[0] ?? '';

  it('sends the build\'s .gz copies as they are and compresses anything else at level 9, for every location', () => {
    // At server level, so every location inherits them.
    expect(serverLevel).toMatch(/^gzip on;$/m);
    expect(serverLevel).toMatch(/^gzip_static on;$/m);
    expect(serverLevel).toMatch(/^gzip_comp_level 9;$/m);
    expect(serverLevel).toMatch(/^gzip_vary on;$/m);
    for (const type of ['text/css', 'application/javascript', 'application/json', 'image/svg+xml', 'text/plain', 'text/calendar', 'application/xml']) expect(serverLevel).toContain(type);
  });

  it('leaves brotli to a snippet of its own, since nginx without ngx_brotli refuses the directive', () => {
    expect(config).not.toMatch(/^\s*brotli_static/m);
    expect(BROTLI_CONFIG).toMatch(/^brotli_static on;$/m);
    const dist = mkdtempSync(join(tmpdir(), 'nginx-br-'));
    try {
      writeFileSync(join(dist, '_headers'), HEADERS);
      emitNginx(dist, '/');
      expect(readFileSync(join(dist, BROTLI_FILE), 'utf8')).toBe(BROTLI_CONFIG);
      expect(readFileSync(join(dist, NGINX_FILE), 'utf8')).toContain(BROTLI_FILE);
      // Hidden like the other host files: every name starting with "_".
      expect(BROTLI_FILE.startsWith('_')).toBe(true);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('the local nginx (tests, bench, npm run serve:nginx)', () => {
  const base = { dist: '/srv/site/dist', work: '/tmp/nginx-work', port: 8080 };

  it('loads ngx_brotli before events {} and includes the brotli snippet after the site\'s, inside the server', () => {
    const config = localNginxConfig({ ...base, brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so' });
    expect(config.split('\n')[1]).toBe('load_module "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";');
    expect(config.indexOf('load_module')).toBeLessThan(config.indexOf('events {'));
    const server = config.slice(config.indexOf('server {'));
    expect(server).toMatch(/include "\/srv\/site\/dist\/_nginx\.conf";\n\s+include "\/srv\/site\/dist\/_nginx-brotli\.conf";\n\s+\}/);
  });

  it('without the module, neither line: nginx would refuse brotli_static', () => {
    const config = localNginxConfig(base);
    expect(config).not.toContain('load_module');
    expect(config).not.toContain(BROTLI_FILE);
    expect(config).toContain(`include "/srv/site/dist/${NGINX_FILE}";`);
  });
});

describe('compression at build', () => {
  it('writes gzip and brotli copies that decompress to the file, for text only', () => {
    const dist = mkdtempSync(join(tmpdir(), 'compress-'));
    try {
      const page = `<!doctype html><html><body>${'<p>Lips and teeth, claim by claim. </p>'.repeat(200)}</body></html>`;
      mkdirSync(join(dist, 'a', '_astro'), { recursive: true });
      const text: Record<string, string> = {
        'index.html': page,
        'a/_astro/x.css': 'body { margin: 0; color: #111; }\n'.repeat(50),
        'a/_astro/x.js': 'export const a = 1;\n'.repeat(100),
        'events.json': JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, title: 'event' }))),
        'claims.xml': `<rss>${'<item>x</item>'.repeat(100)}</rss>`,
        'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<circle r="1"/>'.repeat(50)}</svg>`,
        'robots.txt': 'User-agent: *\nAllow: /\n'.repeat(30),
        'events.ics': 'BEGIN:VCALENDAR\r\n'.repeat(40),
      };
      for (const [name, body] of Object.entries(text)) writeFileSync(join(dist, name), body);
      writeFileSync(join(dist, 'tiny.txt'), 'x');
      writeFileSync(join(dist, 'font.woff2'), Buffer.alloc(4000, 7));
      const result = compressDist(dist);
      expect(result.files).toBe(Object.keys(text).length + 1);
      expect(result.brotliQuality).toBe(BROTLI_QUALITY);
      for (const name of Object.keys(text)) {
        const original = readFileSync(join(dist, name));
        expect(gunzipSync(readFileSync(join(dist, `${name}.gz`))).equals(original), `${name}.gz`).toBe(true);
        expect(brotliDecompressSync(readFileSync(join(dist, `${name}.br`))).equals(original), `${name}.br`).toBe(true);
      }
      // gzip at level 9: the bytes zlib gives at 9, no larger than at its default level.
      expect(readFileSync(join(dist, 'index.html.gz')).equals(gzipSync(page, { level: 9 }))).toBe(true);
      expect(readFileSync(join(dist, 'index.html.gz')).length).toBeLessThanOrEqual(gzipSync(page, { level: 6 }).length);
      // A copy no smaller than its file is not written; fonts are not text.
      expect(existsSync(join(dist, 'tiny.txt.gz'))).toBe(false);
      expect(existsSync(join(dist, 'font.woff2.gz'))).toBe(false);
      expect(existsSync(join(dist, 'font.woff2.br'))).toBe(false);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('inline styles allowed by hash', () => {
  it('hashes a block as written, the way the CSP specification does', () => {
    // The SHA-256 of "body{color:red}" in base64, as `openssl dgst -sha256 -binary | base64` gives it.
    expect(inlineStyleHashes('<style>body{color:red}</style>')).toEqual(['FcQqt3aNlV7AZnGV4zkQRVeCeJOxbMPnQSx258L803E=']);
    expect(inlineStyleHashes('<style data-x="1">\n a{}\n</style><p>no</p><style>b{}</style>')).toHaveLength(2);
    expect(inlineStyleHashes('<p>no styles</p>')).toEqual([]);
  });

  it('adds sorted, distinct hashes to style-src only, the same in header and meta', () => {
    const meta = withStyleHashes(CSP_META, ['bbb=', 'aaa=', 'bbb=']);
    const header = withStyleHashes(CSP_HEADER, ['aaa=', 'bbb=']);
    expect(meta).toContain("style-src 'self' 'sha256-aaa=' 'sha256-bbb=';");
    expect(header.startsWith(meta)).toBe(true);
    expect(header.slice(meta.length)).toBe("; frame-ancestors 'none'");
    expect(meta.replace(" 'sha256-aaa=' 'sha256-bbb='", '')).toBe(CSP_META);
    expect(withStyleHashes(CSP_META, [])).toBe(CSP_META);
  });

  it('writes one policy into every page and into _headers after the build', () => {
    const dist = mkdtempSync(join(tmpdir(), 'styles-'));
    try {
      const page = (style: string) => `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP_META}"><style>${style}</style></head><body></body></html>`;
      mkdirSync(join(dist, 'b'));
      writeFileSync(join(dist, 'index.html'), page('a{}'));
      writeFileSync(join(dist, 'b', 'index.html'), page('b{}'));
      writeFileSync(join(dist, '_headers'), HEADERS);
      const policy = allowInlineStyles(dist);
      expect(policy.hashes).toBe(2);
      const metaOf = (file: string) => /content="([^"]*)"/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
      expect(metaOf('index.html')).toBe(policy.meta);
      expect(metaOf('b/index.html')).toBe(policy.meta);
      expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${policy.header}\n`);
      expect(policy.header).toBe(`${policy.meta}; frame-ancestors 'none'`);
      for (const css of ['a{}', 'b{}']) expect(policy.meta).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
