import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { guard } from './guard.ts';
import { parseHeaders, parseRedirects } from '../../src/integration/nginx.ts';
import { nginxPort } from './nginx-port.ts';

/**
 * The built site as production serves it: nginx with the build's
 * dist/_nginx.conf (project "nginx"). What dist/_headers and dist/_redirects
 * say must be what nginx answers: security headers on pages, errors and
 * redirects; long caching on hashed bundles; every redirect a real 301; the
 * site's own 404 page with a 404 status.
 */
const headerRules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
const everywhere = headerRules.find((r) => r.pattern === '/*')?.headers ?? [];
const bundles = headerRules.find((r) => r.pattern === '/_astro/*')?.headers ?? [];
const redirects = parseRedirects(readFileSync('dist/_redirects', 'utf8'));
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as { id: string; url: string }[];

function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  expect(everywhere.length, 'dist/_headers has headers for /*').toBeGreaterThan(3);
  for (const [name, value] of everywhere) expect(headers[name.toLowerCase()], `${where}: ${name}`).toBe(value);
}

test('a page: 200, HTML, every security header from _headers', async ({ page }) => {
  const response = await page.goto(claims[0]!.url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-type']).toMatch(/^text\/html/);
  expectSecurityHeaders(headers, claims[0]!.url);
  await expect(page.locator('blockquote#quote')).toBeVisible();
  // The header CSP is live: frame-ancestors, which only a header can carry, is there.
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('the home page renders cleanly under the header CSP', async ({ page, baseURL }) => {
  const watch = await guard(page, new URL(baseURL!).origin);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('networkidle');
  expect(await watch.problems()).toEqual([]);
});

test('hashed bundles are cached for a year, and keep the security headers', async ({ page, request }) => {
  await page.goto('/');
  // Styles are inline in the pages; scripts are the hashed bundles.
  const asset = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((h) => h.includes('/_astro/')));
  expect(asset, 'the home page loads a script from /_astro/').toBeTruthy();
  const response = await request.get(asset!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^(text|application)\/javascript/);
  const cache = bundles.find(([name]) => name === 'Cache-Control')?.[1];
  expect(cache).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['cache-control']).toBe(cache);
  expectSecurityHeaders(response.headers(), asset!);
  // Pages are not cached as if immutable.
  expect((await request.get('/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('every redirect in _redirects is a real 301 to its target, with the security headers', async ({ request, baseURL }) => {
  expect(redirects.length, 'dist/_redirects lists at least one redirect').toBeGreaterThan(0);
  for (const { from, to, status } of redirects) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(status);
    expect(new URL(response.headers()['location'] ?? '', baseURL).pathname, from).toBe(to);
    expectSecurityHeaders(response.headers(), from);
    const followed = await request.get(from);
    expect(followed.status(), `${from} → ${to}`).toBe(200);
  }
});

test('a missing page gets the site’s 404 page with status 404 and the headers', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  expectSecurityHeaders(response!.headers(), '/no-such-page/');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // Styled: its inline styles pass the header's CSP (the site's serif, not the browser's default font).
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Source Serif 4');
  expect(await page.title()).toMatch(/Lips and Teeth/);
});

test('host configuration files are not served', async ({ request }) => {
  for (const file of ['/_headers', '/_redirects', '/_nginx.conf']) expect((await request.get(file)).status(), file).toBe(404);
});

test('text is sent gzipped, as the size budgets assume: pages (their styles inline), search data, scripts, the feed', async ({ request, page }) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  for (const path of ['/', '/search/text.json', '/search/dates.json', '/events.json', '/claims.xml', '/no-js.css', script!]) {
    const response = await request.get(path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-encoding'], `${path} is compressed`).toBe('gzip');
    expect(response.headers()['vary'] ?? '', `${path} varies by encoding`).toMatch(/Accept-Encoding/i);
  }
});

/** A GET whose body is kept exactly as sent (no client decompresses it). */
function bytesOf(path: string, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((done, fail) => {
    httpGet({ host: '127.0.0.1', port: nginxPort, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

test('the build\'s gzip -9 copies are what nginx sends, byte for byte; the file itself to a client without gzip', async ({ page }) => {
  await page.goto('/');
  const script = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  const claim = claims[0]!.url.replace(/^https?:\/\/[^/]+/, '');
  for (const [path, file] of [['/', 'index.html'], [claim, `${claim.slice(1)}index.html`], ['/events.json', 'events.json'], ['/claims.xml', 'claims.xml'], [script!, script!.slice(1)]] as const) {
    const gz = readFileSync(`dist/${file}.gz`);
    const zipped = await bytesOf(path, { 'Accept-Encoding': 'gzip' });
    expect(zipped.status, path).toBe(200);
    expect(zipped.headers['content-encoding'], `${path} is sent gzipped`).toBe('gzip');
    expect(zipped.body.equals(gz), `${path}: the body is dist/${file}.gz as the build wrote it (${zipped.body.length} bytes sent, ${gz.length} in the file)`).toBe(true);
    expect(gunzipSync(zipped.body).equals(readFileSync(`dist/${file}`)), `${path} unzips to the file`).toBe(true);
    const plain = await bytesOf(path, {});
    expect(plain.headers['content-encoding'], `${path} without Accept-Encoding`).toBeUndefined();
    expect(plain.body.equals(readFileSync(`dist/${file}`)), `${path} without gzip: the file itself`).toBe(true);
  }
  // The copies themselves are files, not pages, and the brotli snippet is hidden with the other host files.
  expect((await bytesOf('/_nginx-brotli.conf', {})).status).toBe(404);
});

test('the build\'s brotli copies are what nginx sends to a browser that accepts brotli, byte for byte', async ({ page }) => {
  // nginx.setup.ts loads ngx_brotli's static module (Debian: libnginx-mod-http-brotli-static, which .ci/run
  // installs) and includes dist/_nginx-brotli.conf, as docs/deploy.md tells a deployment to.
  await page.goto('/');
  const script = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  for (const [path, file] of [['/', 'index.html'], ['/search/dates.json', 'search/dates.json'], ['/no-js.css', 'no-js.css'], [script!, script!.slice(1)]] as const) {
    const br = readFileSync(`dist/${file}.br`);
    const sent = await bytesOf(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(sent.status, path).toBe(200);
    expect(sent.headers['content-encoding'], `${path} is sent as brotli (is ngx_brotli's static module installed? apt-get install libnginx-mod-http-brotli-static)`).toBe('br');
    expect(sent.headers['vary'] ?? '', `${path} varies by encoding`).toMatch(/Accept-Encoding/i);
    expect(sent.body.equals(br), `${path}: the body is dist/${file}.br as the build wrote it`).toBe(true);
    expect(brotliDecompressSync(sent.body).equals(readFileSync(`dist/${file}`)), `${path} decompresses to the file`).toBe(true);
  }
});

/** A request sent byte for byte, so neither the client nor the test runner tidies the path first. */
function rawGet(path: string): Promise<{ status: number; text: string }> {
  return new Promise((done, fail) => {
    const socket = connect(nginxPort, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => done({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text }));
    socket.on('error', fail);
  });
}

test('a path that climbs out of the site is refused, in every spelling', async () => {
  const config = readFileSync('dist/_nginx.conf', 'utf8');
  for (const path of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/claims/..%2f..%2f..%2f..%2fetc/passwd', '/pagefind/%2e%2e/_nginx.conf', '/%2e%2e/package.json']) {
    const { status, text } = await rawGet(path);
    expect([400, 404], `${path} answered ${status}`).toContain(status);
    expect(text, path).not.toContain('root:');
    expect(text, path).not.toContain('"dependencies"');
    expect(text, path).not.toContain(config.split('\n')[0]!);
  }
});

test('no redirect leads to another redirect, so none can loop: each lands in one hop', async ({ request }) => {
  const sources = new Set(redirects.map((r) => r.from));
  for (const { from, to } of redirects) {
    expect(sources.has(to.split('#')[0]!), `${from} → ${to} is itself redirected`).toBe(false);
    const target = await request.get(to.split('#')[0]!, { maxRedirects: 0 });
    expect(target.status(), `${from} → ${to}`).toBe(200);
  }
});

test('the server hides its version and sends HSTS; Pagefind\'s hashed files are cached for a year', async ({ request }) => {
  const home = await request.get('/');
  expect(home.headers()['server']).toBe('nginx');
  expect(home.headers()['strict-transport-security']).toBe('max-age=31536000');
  const meta = readdirSync('dist/pagefind').find((name) => name.endsWith('.pf_meta'));
  const fragment = readdirSync('dist/pagefind/fragment')[0];
  for (const path of [`/pagefind/${meta}`, `/pagefind/fragment/${fragment}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
    expectSecurityHeaders(response.headers(), path);
  }
  // Pagefind's entry file keeps its name across builds: not immutable.
  expect((await request.get('/pagefind/pagefind-entry.json')).headers()['cache-control'] ?? '').not.toContain('immutable');
});
