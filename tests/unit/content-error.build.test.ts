import { afterAll, beforeAll, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'astro';

/**
 * The one real build in the unit tests: bad content stops Astro's build in
 * the content loader, before any page is written, with the file, line and
 * fix and no stack trace. Built in-process with Astro's programmatic build()
 * on a tiny site: the project's config, code and public files with one
 * bad-content fixture as its content/, share images off (not the subject).
 * Every other kind of bad content, and the broken ledger and redirects
 * files, are checked at the loader and the validator in bad-content.test.ts
 * and check-content.test.ts, which run the same code without a build.
 */
const PROJECT = process.cwd();
const SITE = ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'permalinks.json', 'redirects.json'];
const CASE = 'event-end-before-start';
const LINE = 'content/events/fixture-event.md:5 (end): end (2018-03-25) is before start (2018-03-28); swap them or fix the date';
const STACK_LINE = /^\s+at .+[(:]\d+/m;
let site: string;

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'lips-and-teeth-build-'));
  for (const entry of SITE) cpSync(join(PROJECT, entry), join(site, entry), { recursive: true });
  cpSync(join(PROJECT, 'tests/fixtures/bad-content', CASE, 'content'), join(site, 'content'), { recursive: true });
  symlinkSync(realpathSync(join(PROJECT, 'node_modules')), join(site, 'node_modules'));
});
afterAll(async () => {
  // Astro saves its content store 500 ms after the last change: let it finish before the folder goes.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  rmSync(site, { recursive: true, force: true });
});

/** Everything Astro's logger writes while `run` runs. */
async function captured(run: () => Promise<unknown>): Promise<{ error: unknown; output: string }> {
  const chunks: string[] = [];
  const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const keep = (chunk: unknown): boolean => (chunks.push(String(chunk)), true);
  process.stdout.write = keep as typeof process.stdout.write;
  process.stderr.write = keep as typeof process.stderr.write;
  const previous = process.env['SHARE_IMAGES'];
  process.env['SHARE_IMAGES'] = 'off';
  try {
    const error = await run().then(() => null, (e: unknown) => e);
    return { error, output: chunks.join('') };
  } finally {
    process.stdout.write = writes.out;
    process.stderr.write = writes.err;
    if (previous === undefined) delete process.env['SHARE_IMAGES'];
    else process.env['SHARE_IMAGES'] = previous;
  }
}

test('bad content stops the build in the content loader, with file, line and fix, no stack trace and no dist/', async () => {
  const { error, output } = await captured(() => build({ root: site, logLevel: 'info', vite: { logLevel: 'silent' } }));
  expect(error, output).toBeInstanceOf(Error);
  // The loader runs when Astro syncs the collections, before any page is built.
  expect(output).toMatch(/Syncing content/);
  const message = (error as Error).message;
  expect(message).toMatch(/Content has \d+ problems?:/);
  expect(message).toContain(LINE);
  // What the command line prints is the error's stack: it holds no stack frame.
  expect((error as Error).stack ?? '').not.toMatch(STACK_LINE);
  expect(output).not.toMatch(STACK_LINE);
  expect(existsSync(join(site, 'dist'))).toBe(false);
}, 120_000);
