import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servedUrl } from '../../src/lib/urls.ts';
import { siteUrlWarning } from '../../src/integration/site-url.ts';
import { feedDate } from '../../src/lib/feed-date.ts';
import { nginxConfig, parseHeaders, parseRedirects } from '../../src/integration/nginx.ts';
import { localNginxConfig } from '../../src/integration/nginx-local.ts';
import { CSP_HEADER } from '../../src/lib/security.ts';

/** Links from where the reader is, the SITE_URL warning, feed dates, and the nginx configuration. */

describe('servedUrl', () => {
  it('keeps path, query and fragment and swaps the origin', () => {
    expect(servedUrl('http://localhost:4321/claims/x/', 'http://127.0.0.1:4336')).toBe('http://127.0.0.1:4336/claims/x/');
    expect(servedUrl('https://lips-and-teeth.example/base/articles/p/#c?q', 'https://mirror.example/')).toBe('https://mirror.example/base/articles/p/#c?q');
    expect(servedUrl('/claims/x/', 'https://staging.example')).toBe('https://staging.example/claims/x/');
    expect(servedUrl('', 'https://staging.example')).toBe('');
  });
});

describe('the SITE_URL warning', () => {
  it('says what is left out and how to set an address, only when no address is found', () => {
    const warning = siteUrlWarning({}) ?? '';
    expect(warning).toContain('SITE_URL is not set');
    expect(warning).not.toContain('localhost');
    for (const what of ['canonical links', 'og:image', 'sitemap', 'SITE_URL=https://example.org npm run build']) expect(warning).toContain(what);
    expect(siteUrlWarning({ SITE_URL: '' })).not.toBeNull();
    expect(siteUrlWarning({ SITE_URL: 'https://lips-and-teeth.example' })).toBeNull();
    expect(siteUrlWarning({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.lips.pages.dev' })).toBeNull();
  });
});

describe('feed dates', () => {
  it('an exact date as is; an undated piece by its window’s last day, said so', () => {
    expect(feedDate({ basis: 'url', date: '2018-03-26', note: 'n' })).toEqual({ date: '2018-03-26', note: null });
    const undated = feedDate({ basis: 'inferred', earliest: '2019-01-10', latest: '2019-02-26', note: 'n' });
    expect(undated.date).toBe('2019-02-26');
    expect(undated.note).toBe('Undated piece, written between 10 January and 26 February 2019 (inferred from its text); this feed dates it 26 February 2019, the latest day it can have been written.');
  });
});

const HEADERS = `# comment
/*
  Content-Security-Policy: ${CSP_HEADER}
  X-Frame-Options: DENY

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe('the nginx configuration', () => {
  const headers = parseHeaders(HEADERS);
  const redirects = parseRedirects('/claims/old/ /claims/new/ 301\n\n/feed/ /claims.xml 301\n');

  it('reads _headers and _redirects', () => {
    expect(headers).toEqual([
      { pattern: '/*', headers: [['Content-Security-Policy', CSP_HEADER], ['X-Frame-Options', 'DENY']] },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
    ]);
    expect(redirects).toEqual([{ from: '/claims/old/', to: '/claims/new/', status: 301 }, { from: '/feed/', to: '/claims.xml', status: 301 }]);
    expect(() => parseHeaders('/*\nX-Frame-Options: DENY')).toThrow(/_headers line 2/);
    expect(() => parseRedirects('/a/')).toThrow(/_redirects line 1/);
  });

  it('sends every header with always, repeats them where a location adds its own, and returns every redirect', () => {
    const config = nginxConfig({ headers, redirects, base: '/' });
    expect(config).toContain(`\nadd_header Content-Security-Policy "${CSP_HEADER}" always;\n`);
    const astro = /location \^~ "\/_astro\/" \{([^}]*)\}/.exec(config)?.[1] ?? '';
    expect(astro).toContain('add_header X-Frame-Options "DENY" always;');
    expect(astro).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(config).toContain('location = "/claims/old/" {\n    return 301 "/claims/new/";\n}');
    expect(config).toContain('location = "/feed/" {\n    return 301 "/claims.xml";\n}');
    expect(config).toContain('error_page 404 "/404.html";');
    expect(config).toContain('try_files $uri $uri/index.html =404;');
  });

  it('puts every location under the base path', () => {
    const config = nginxConfig({ headers, redirects: [{ from: '/lt/feed/', to: '/lt/claims.xml', status: 301 }], base: '/lt/' });
    expect(config).toContain('error_page 404 "/lt/404.html";');
    expect(config).toContain('location "/lt/" {');
    expect(config).toContain('location ^~ "/lt/_astro/" {');
    expect(config).toContain('location ~ "^/lt/pagefind/');
  });

  it('refuses a value nginx would read as a variable', () => {
    expect(() => nginxConfig({ headers: parseHeaders('/*\n  X-Test: a$b\n'), redirects: [], base: '/' })).toThrow(/X-Test contains "\$"/);
  });

  it('refuses a path that would change what nginx reads, naming it and the fix', () => {
    for (const to of ['/a;b/', '/a{b/', '/a$b/', '/a b/', '/a"b/', "/a'b/", '/a/../b/']) {
      expect(() => nginxConfig({ headers, redirects: [{ from: '/old/', to, status: 301 }], base: '/' }), to).toThrow(/redirect \/old\/ to ".*" cannot go into the nginx configuration \(.*\); fix it in redirects\.json or BASE_PATH/);
    }
    expect(() => nginxConfig({ headers, redirects: [{ from: '/a;b/', to: '/x/', status: 301 }], base: '/' })).toThrow(/redirect "\/a;b\/" cannot go into the nginx configuration \(it holds ";" \(U\+003B\)/);
  });

  it('adds HSTS and hides the server version; caches Pagefind\'s hashed files for a year', () => {
    const config = nginxConfig({ headers, redirects, base: '/' });
    expect(config).toContain('\nserver_tokens off;\n');
    expect(config).toContain('\nadd_header Strict-Transport-Security "max-age=31536000" always;\n');
    const pagefind = /location ~ "\^\/pagefind\/[^"]*" \{([^}]*)\}/.exec(config)?.[1] ?? '';
    expect(pagefind).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
    expect(pagefind).toContain('add_header X-Frame-Options "DENY" always;');
  });

  it('is accepted by nginx itself, when nginx is installed', () => {
    const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
    if (!nginx) return; // CI installs nginx; the nginx browser project needs it anyway.
    const work = mkdtempSync(join(tmpdir(), 'nginx-unit-'));
    writeFileSync(join(work, '_nginx.conf'), nginxConfig({ headers, redirects, base: '/' }));
    writeFileSync(join(work, 'nginx.conf'), localNginxConfig({ dist: work, work, port: 1 }));
    const result = spawnSync(nginx, ['-t', '-p', work, '-e', join(work, 'error.log'), '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
    expect(result.stderr + readFileSync(join(work, 'error.log'), 'utf8')).toContain('syntax is ok');
    expect(result.status).toBe(0);
  });
});
