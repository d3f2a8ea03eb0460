import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitRedirects, readRedirects } from '../../src/integration/redirects.ts';
import { fileInside } from '../../src/integration/inside.ts';
import { missingContentTargets } from '../../src/integration/redirect-targets.ts';
import { checkedLedger, readLedger } from '../../src/integration/permalinks.ts';
import { ContentError, formatProblem } from '../../src/lib/problem.ts';

/**
 * redirects.json and permalinks.json are edited by hand and merged between
 * branches: every way they break ends in a message with file, line and fix.
 */
let dir = '';
function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'link-files-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('redirects.json', () => {
  it('keeps redirects between site paths', () => {
    const { redirects, problems } = readRedirects(project({ 'redirects.json': '{ "/claims/old-id/": "/claims/new-id/#quote" }' }));
    expect(problems).toEqual([]);
    expect(redirects).toEqual({ '/claims/old-id/': '/claims/new-id/#quote' });
  });

  it('refuses targets off the site, naming the line', () => {
    const text = '{\n  "/a/": "//claims/new-id/",\n  "/b/": "https://other.example/x",\n  "/c/": "/\\\\other.example/x",\n  "/d/": "claims/x/"\n}\n';
    const { redirects, problems } = readRedirects(project({ 'redirects.json': text }));
    expect(redirects).toEqual({});
    expect(problems).toEqual([
      'redirects.json:2: "/a/" points off the site ("//claims/new-id/"); redirects stay on the site, so write a site path with one leading slash, such as "/claims/new-id/"',
      'redirects.json:3: "/b/" points off the site ("https://other.example/x"); redirects stay on the site, so write a site path with one leading slash, such as "/claims/new-id/"',
      'redirects.json:4: "/c/" points off the site ("/\\\\other.example/x"); redirects stay on the site, so write a site path with one leading slash, such as "/claims/new-id/"',
      'redirects.json:5: "/d/" must point to a site path; write one such as "/claims/new-id/"',
    ]);
  });

  it('reports invalid JSON, a merge conflict and a control character by line, without throwing', () => {
    expect(readRedirects(project({ 'redirects.json': '{\n  "/a/": "/b/",\n}\n' })).problems[0]).toMatch(/^redirects\.json:3: the file is not valid JSON \(.*\); fix the syntax on this line/);
    expect(readRedirects(project({ 'redirects.json': '{\n<<<<<<< HEAD\n  "/a/": "/b/"\n=======\n>>>>>>> x\n}\n' })).problems).toEqual([
      'redirects.json:2: the file holds an unresolved merge conflict (a <<<<<<<, ======= or >>>>>>> line); keep the right version of the lines between the markers and delete the marker lines',
    ]);
    expect(readRedirects(project({ 'redirects.json': '{\n  "/a/": "/b\u0007/"\n}\n' })).problems[0]).toMatch(/^redirects\.json:2: the line holds an invisible control character \(U\+0007\)/);
  });

  it('refuses paths that would leave dist/ or break the server configuration, naming the character', () => {
    const text = JSON.stringify({ '/../src/pages/x/': '/', '/a/%2e%2e/': '/', '/b;c/': '/', '/d/': '/e/ f/', '/g/': '/h/$x/', '/i/': '/j/#a"b' }, null, 2);
    const { redirects, problems } = readRedirects(project({ 'redirects.json': text }));
    expect(redirects).toEqual({});
    expect(problems).toEqual([
      'redirects.json:2: "/../src/pages/x/" is not a site path (it holds a "." or ".." segment, which would lead outside the site); write it as it appears after the domain, e.g. "/claims/old-id/"',
      'redirects.json:3: "/a/%2e%2e/" is not a site path (it holds "%" (U+0025); site paths use only letters, digits, "-", "_", "." and "/"); write it as it appears after the domain, e.g. "/claims/old-id/"',
      'redirects.json:4: "/b;c/" is not a site path (it holds ";" (U+003B); site paths use only letters, digits, "-", "_", "." and "/"); write it as it appears after the domain, e.g. "/claims/old-id/"',
      'redirects.json:5: "/d/" points to "/e/ f/", which is not a safe site path (it holds a space (U+0020); site paths use only letters, digits, "-", "_", "." and "/"); write the target as it appears after the domain, e.g. "/claims/new-id/"',
      'redirects.json:6: "/g/" points to "/h/$x/", which is not a safe site path (it holds "$" (U+0024); site paths use only letters, digits, "-", "_", "." and "/"); write the target as it appears after the domain, e.g. "/claims/new-id/"',
      'redirects.json:7: "/i/" points to "/j/#a\\"b", which is not a safe site path (its fragment "#a\\"b" holds characters other than letters, digits, "-" and "_"); write the target as it appears after the domain, e.g. "/claims/new-id/"',
    ]);
  });

  it('refuses loops and chains before anything is built, naming the way out', () => {
    const text = '{\n  "/a/": "/b/",\n  "/b/": "/a/",\n  "/c/": "/d/",\n  "/d/": "/claims/x/"\n}\n';
    const { redirects, problems } = readRedirects(project({ 'redirects.json': text }));
    expect(problems).toEqual([
      'redirects.json:2: "/a/" is part of a redirect loop ("/a/" → "/b/" → "/a/"); point each of them at a page the site publishes',
      'redirects.json:3: "/b/" is part of a redirect loop ("/b/" → "/a/" → "/b/"); point each of them at a page the site publishes',
      'redirects.json:4: "/c/" points to "/d/", which itself redirects (to "/claims/x/"); point "/c/" straight at "/claims/x/"',
    ]);
    expect(redirects).toEqual({ '/d/': '/claims/x/' });
  });
});

describe('redirect targets in the content', () => {
  it('refuses a redirect to a claim, event, piece or actor the content lacks, before any redirect is written', () => {
    const content = { claim: ['kept-claim'], event: ['an-event'], piece: ['a-piece'], actor: ['an-actor'] };
    const redirects = { '/claims/old/': '/claims/kept-claim/#quote', '/claims/x/': '/claims/never-given/', '/events/y/': '/events/gone/', '/events/z/': '/events/lane/china-dprk/', '/articles/q/': '/articles/other/', '/p/': '/actors/nobody/' };
    expect(missingContentTargets(redirects, content)).toEqual([
      'redirects.json: "/claims/x/" points to "/claims/never-given/", but the content has no claim "never-given"; point it at a page that exists',
      'redirects.json: "/events/y/" points to "/events/gone/", but the content has no event "gone"; point it at a page that exists',
      'redirects.json: "/articles/q/" points to "/articles/other/", but the content has no piece "other"; point it at a page that exists',
      'redirects.json: "/p/" points to "/actors/nobody/", but the content has no actor "nobody"; point it at a page that exists',
    ]);
  });
});

describe('writing redirects', () => {
  it('writes nothing when a target is not published, or a source would leave dist/', () => {
    const dist = project({ 'index.html': '<p>home</p>' });
    const problems = emitRedirects(dist, { '/old/': '/gone/', '/../outside/': '/' }, '/', 'http://localhost');
    expect(problems).toEqual([
      'redirects.json: "/old/" points to "/gone/", which the build does not publish; point it at a page that exists',
      'redirects.json: "/../outside/" would be written outside dist/; write a site path without "." or ".." segments',
    ]);
    expect(existsSync(join(dist, 'old'))).toBe(false);
    expect(existsSync(join(dist, '_redirects'))).toBe(false);
  });

  it('proves every checked path inside the folder', () => {
    expect(fileInside('/srv/dist', '/claims/x/')).toBe('/srv/dist/claims/x/index.html');
    expect(fileInside('/srv/dist', '/claims.json')).toBe('/srv/dist/claims.json');
    for (const path of ['/../x', '/a/../../x/', '/..', '/../dist-other/x']) expect(fileInside('/srv/dist', path), path).toBeNull();
  });
});

describe('permalinks.json', () => {
  it('refuses entries that resolve outside dist/', () => {
    const bad = checkedLedger(project({ 'permalinks.json': '[\n  "/",\n  "/../package.json",\n  "/claims/%2e%2e/x/"\n]' }));
    expect(bad.problems.map(formatProblem)).toEqual([
      'permalinks.json:3 ([1]): "/../package.json" is not a site path (it holds a "." or ".." segment, which would lead outside the site); write it as it appears after the domain, e.g. "/claims/some-id/"',
      'permalinks.json:4 ([2]): "/claims/%2e%2e/x/" is not a site path (it holds "%" (U+0025); site paths use only letters, digits, "-", "_", "." and "/"); write it as it appears after the domain, e.g. "/claims/some-id/"',
    ]);
  });

  it('reads a list of site paths', () => {
    expect(readLedger(project({ 'permalinks.json': '["/", "/claims/"]' }))).toEqual(['/', '/claims/']);
  });

  it('reports a merge conflict, bad JSON and entries that are not site paths, with lines', () => {
    const conflict = checkedLedger(project({ 'permalinks.json': '[\n  "/",\n<<<<<<< HEAD\n  "/a/"\n=======\n  "/b/"\n>>>>>>> other\n]\n' }));
    expect(conflict.problems.map(formatProblem)).toEqual([
      'permalinks.json:3: the file holds an unresolved merge conflict (a <<<<<<<, ======= or >>>>>>> line); keep the right version of the lines between the markers and delete the marker lines',
    ]);
    rmSync(dir, { recursive: true, force: true });
    const bad = checkedLedger(project({ 'permalinks.json': '[\n  "/",\n  "//x.example/"\n]' }));
    expect(bad.problems.map(formatProblem)).toEqual(['permalinks.json:3 ([1]): "//x.example/" is not a site path (it starts with two slashes, which browsers read as another site); write it as it appears after the domain, e.g. "/claims/some-id/"']);
  });

  it('stops with a ContentError whose stack is its message, never a bare stack trace', () => {
    const root = project({ 'permalinks.json': '["/", "/a/"' });
    let thrown: unknown;
    try {
      readLedger(root);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as Error).message).toMatch(/permalinks\.json:1: the file is not valid JSON/);
    expect((thrown as Error).stack).toBe((thrown as Error).message);
  });
});
