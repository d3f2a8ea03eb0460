import { afterAll, beforeAll, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { checkLedger } from '../../src/integration/permalinks.ts';

/**
 * The real build, once, on a copy of the project with a claim renamed (its
 * redirects declared) and an event's title full of HTML: the old addresses
 * become redirect pages, the ledger check names the fix when a redirect is
 * missing, and the title renders escaped everywhere. Share images are off (SHARE_IMAGES=off): they are
 * not the subject, and rendering them cold was most of this test's time.
 * Bad content stopping the build is content-error.build.test.ts.
 */
const PROJECT = process.cwd();
const COPY = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content', 'permalinks.json', 'redirects.json', '.htmlvalidate.json', 'tests/dist', 'vitest.dist.config.ts'];
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'lips-and-teeth-build-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(name: string): string {
  const dir = join(work, name);
  for (const entry of COPY) cpSync(join(PROJECT, entry), join(dir, entry), { recursive: true });
  symlinkSync(realpathSync(join(PROJECT, 'node_modules')), join(dir, 'node_modules'));
  return dir;
}

function run(dir: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync('npx', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, SHARE_IMAGES: 'off', FORCE_COLOR: '0', NO_COLOR: '1' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const STACK_LINE = /^\s+at .+[(:]\d+/m;

test('renaming a claim fails the build until a redirect is declared; HTML in a title renders escaped', () => {
  const dir = project('rename');
  const [oldId, newId] = ['china-out-in-the-cold', 'china-left-out-in-the-cold'];
  // The comparison pairs claims by id too: a rename updates it with the pieces.
  for (const folder of ['articles', 'events', 'comparisons']) {
    for (const name of readdirSync(join(dir, 'content', folder))) {
      const file = join(dir, 'content', folder, name);
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldId, newId));
    }
  }
  const hostile = `</script><script>window.__pwned=1</script> <b>Hanoi</b> & <!-- summit`;
  const event = join(dir, 'content/events/hanoi-summit.md');
  writeFileSync(event, readFileSync(event, 'utf8').replace(/^title: .*$/m, `title: ${JSON.stringify(hostile)}`));

  // 1. Declare the redirect: the build passes and leaves a redirect page and a _redirects line.
  // Every published address of the claim moves: its page and its citation file.
  const moved = (JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8')) as string[]).filter((url) => url.includes(oldId));
  expect(moved).toContain(`/claims/${oldId}/`);
  const redirects = Object.fromEntries(moved.map((url) => [url, url.replaceAll(oldId, newId)]));
  writeFileSync(join(dir, 'redirects.json'), JSON.stringify(redirects, null, 2));
  const built = run(dir, ['astro', 'build']);
  expect(built.status, built.output).toBe(0);
  const page = readFileSync(join(dir, `dist/claims/${oldId}/index.html`), 'utf8');
  expect(page).toContain(`<meta http-equiv="refresh" content="0; url=/claims/${newId}/">`);
  // Built with no public address: no canonical link, rather than a made-up host.
  expect(page).not.toContain('rel="canonical"');
  expect(page).toContain(`<a href="/claims/${newId}/">`);
  expect(readFileSync(join(dir, 'dist/_redirects'), 'utf8')).toContain(`/claims/${oldId}/ /claims/${newId}/ 301`);

  // 2. Without the redirect, the old URL in the ledger leads nowhere: the build's
  //    ledger check (the same call its build hook makes) says so, and how to fix it.
  //    (That the hook stops the build with such a message, file and fix and no
  //    stack trace, is bad-content.test.ts's broken-ledger case.)
  const ledger = JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8')) as string[];
  rmSync(join(dir, 'dist/claims', oldId), { recursive: true });
  const { broken } = checkLedger(join(dir, 'dist'), ledger, {});
  expect(broken.join('\n')).toContain(`/claims/${oldId}/ is in permalinks.json but the build no longer publishes it`);
  expect(broken.join('\n')).toContain(`add "/claims/${oldId}/": "<new path>" to redirects.json`);
  expect(broken.join('\n')).not.toMatch(STACK_LINE);

  // 3. The new URL is not in the ledger yet: the dist test asks for it; the update adds it.
  const ledgerTest = ['vitest', 'run', '--config', 'vitest.dist.config.ts', 'tests/dist/permalinks.test.ts'];
  const unlisted = run(dir, ledgerTest);
  expect(unlisted.status).not.toBe(0);
  expect(unlisted.output).toContain(`/claims/${newId}/ is published but not in permalinks.json; run \`npm run permalinks -- --update\``);
  expect(run(dir, ['node', 'scripts/maintenance/permalinks.ts', '--update']).output).toContain(`+ /claims/${newId}/`);
  expect(checkLedger(join(dir, 'dist'), JSON.parse(readFileSync(join(dir, 'permalinks.json'), 'utf8')) as string[], redirects).unlisted).toEqual([]);

  // 4. The hostile title is text wherever it appears: escaped in text, quoted in
  //    attributes (where only a quote could end it), \u-escaped in JSON-LD.
  const html = readFileSync(join(dir, 'dist/events/hanoi-summit/index.html'), 'utf8');
  const markup = html.replace(/="[^"]*"/g, '=""'); // the page without its attribute values
  expect(markup).not.toContain('<script>window.__pwned');
  expect(markup).not.toContain('<b>Hanoi</b>');
  expect(html).toContain('&lt;/script&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; &lt;b&gt;Hanoi&lt;/b&gt; &amp; &lt;!-- summit');
  expect(html).toMatch(/<title>&lt;\/script&gt;/);
  expect(html).toMatch(/<meta property="og:title" content="<\/script><script>window.__pwned=1<\/script> <b>Hanoi<\/b> &amp; <!-- summit[^"]*">/);
  const scripts = [...markup.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)];
  for (const [whole, body] of scripts) {
    expect(whole).toMatch(/type=""|src=""/);
    expect(body).not.toMatch(/<\/?script|<!--/i);
  }
  // JSON-LD, where a page has it, keeps the title inside its block.
  if (html.includes('application/ld+json')) expect(html).toContain('\\u003c/script\\u003e');
}, 240_000);
