/**
 * The public address in the built site. A build with none (no SITE_URL, no
 * host's variables) names no made-up host anywhere a reader, a crawler or a
 * feed reader looks; a build on a static host uses that host's address
 * everywhere. The second case is a real build, into a folder of its own, with
 * Netlify's build variables as Netlify sets them (share images off, to keep it fast).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { site } from './dist.ts';

/** Every text file a reader, crawler or feed reader may fetch, with its text. */
function textFiles(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|xml|txt|ics|json)$/.test(e.name) && !join(e.parentPath, e.name).includes('/pagefind/'))
    .map((e) => ({ file: join(e.parentPath, e.name).slice(dir.length), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
}

describe('the build in dist/', () => {
  test('with no public address: no localhost, no canonical or og:url, no sitemap', ({ skip }) => {
    const s = site();
    if (s.address) skip('dist/ was built with a public address');
    const files = textFiles(s.dir);
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => /localhost|127\.0\.0\.1/.test(f.text)).map((f) => f.file)).toEqual([]);
    expect(files.filter((f) => /rel="canonical"|property="og:url"|property="og:image"/.test(f.text) && !f.file.includes('/_')).map((f) => f.file)).toEqual([]);
    expect(s.files.filter((f) => f.startsWith('/sitemap'))).toEqual([]);
    expect(s.read('/robots.txt')).not.toContain('Sitemap:');
    // The feed's links are relative to the site's root, resolved by feed readers against the feed's URL.
    expect(s.read('/claims.xml')).toMatch(/<link>\/claims\/[a-z0-9-]+\/<\/link>/);
  });
});

describe('a build on Netlify', () => {
  const HOST = 'https://lips-and-teeth.netlify.app';
  let out: string;
  let build: { status: number | null; output: string };
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'lips-and-teeth-netlify-'));
    const env: Record<string, string | undefined> = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', SHARE_IMAGES: 'off', PRECOMPRESS: 'off', NETLIFY: 'true', URL: HOST, DEPLOY_PRIME_URL: 'https://main--lips-and-teeth.netlify.app' };
    delete env['SITE_URL'];
    delete env['BASE_PATH'];
    const result = spawnSync('npx', ['astro', 'build', '--outDir', out], { encoding: 'utf8', env });
    build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('says where the address came from, and uses it everywhere', () => {
    expect(build.status, build.output.slice(-2000)).toBe(0);
    expect(build.output).toContain(`public address ${HOST}/ (from URL)`);
    const files = textFiles(out);
    expect(files.filter((f) => /localhost|127\.0\.0\.1|\.invalid/.test(f.text)).map((f) => f.file)).toEqual([]);
    const claim = readFileSync(join(out, 'claims/china-out-in-the-cold/index.html'), 'utf8');
    expect(claim).toContain(`<link rel="canonical" href="${HOST}/claims/china-out-in-the-cold/">`);
    expect(claim).toContain(`<meta property="og:url" content="${HOST}/claims/china-out-in-the-cold/">`);
    expect(claim).toContain(`<meta property="og:image" content="${HOST}/og/claims/china-out-in-the-cold.png">`);
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${HOST}/sitemap-index.xml`);
    const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${HOST}/claims/china-out-in-the-cold/</loc>`);
    expect(readFileSync(join(out, 'claims.xml'), 'utf8')).toContain(`<link>${HOST}/claims/china-out-in-the-cold/</link>`);
    // Every absolute link to this site in pages, feeds and the sitemap is on the one host.
    const own = files.flatMap((f) => [...f.text.matchAll(/https?:\/\/[a-z0-9.-]*(?:netlify\.app|localhost)[^\s"'<]*/g)].map((m) => m[0]));
    expect(own.length).toBeGreaterThan(100);
    expect(own.filter((url) => url !== HOST && !url.startsWith(`${HOST}/`))).toEqual([]);
  });
});
