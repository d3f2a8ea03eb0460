import { describe, expect, test } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { ContentError, formatProblem, type Problem } from '../../src/lib/problem.ts';
import { contentLoader } from '../../src/loader/content-loader.ts';
import lipsAndTeeth from '../../src/integration/index.ts';

/**
 * Every kind of bad content, one minimal content/ tree per case under
 * tests/fixtures/bad-content/<case>/, run through the validator the build runs
 * and through the collections' loader, which must refuse it with the same
 * problems before storing a single entry.
 * expected.json lists every problem the case must produce, no more, no less:
 * the file, the line and field where known, and words of the message.
 */

interface Expected {
  file: string;
  line?: number;
  field?: string;
  /** A part of the message, including the part that says what to do. */
  message: string;
}

const root = 'tests/fixtures/bad-content';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function load(name: string): { problems: Expected[] } {
  return JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { problems: Expected[] };
}

function matches(problem: Problem, expected: Expected): boolean {
  return (
    problem.file === expected.file &&
    (expected.line === undefined || problem.line === expected.line) &&
    (expected.field === undefined || problem.field === expected.field) &&
    problem.message.includes(expected.message)
  );
}

/** A fix is an instruction: the message names what to do after a semicolon or colon. */
const SAYS_WHAT_TO_DO =
  /[;:] .*\b(add|use|give|fix|remove|rename|write|move|delete|swap|put|re-save|check|choose|wrap|paste|mark|quote|name|restore)\b/;

test('the suite covers at least 20 kinds of bad content', () => {
  const bad = cases.filter((name) => load(name).problems.length > 0);
  expect(bad.length).toBeGreaterThanOrEqual(20);
});

describe.each(cases)('bad content: %s', (name) => {
  const expected = load(name);
  const caseRoot = join(root, name);

  test('the validator reports exactly the expected problems, each with its fix', async () => {
    const { problems } = checkContent(await readContentDir(caseRoot));
    const unmatched = [...problems];
    for (const want of expected.problems) {
      const index = unmatched.findIndex((problem) => matches(problem, want));
      expect(index, `no problem like ${JSON.stringify(want)} in:\n${problems.map(formatProblem).join('\n')}`).toBeGreaterThanOrEqual(0);
      unmatched.splice(index, 1);
    }
    expect(unmatched.map(formatProblem), 'unexpected extra problems').toEqual([]);
    for (const problem of problems) {
      expect(problem.message, formatProblem(problem)).toMatch(SAYS_WHAT_TO_DO);
      expect(problem.message).not.toMatch(/\n\s+at /); // no stack trace in a message
      expect(problem.file.startsWith('content/')).toBe(true);
    }
  });

  test('the collections\' loader refuses the case with the same problems, and stores nothing', async () => {
    const stored: string[] = [];
    const context = {
      collection: 'articles',
      config: { root: pathToFileURL(`${resolve(caseRoot)}/`) },
      logger: { error: () => {}, warn: () => {}, info: () => {} },
      store: { set: (entry: { id: string }) => stored.push(entry.id), get: () => undefined, keys: () => [], delete: () => {} },
      generateDigest: () => 'x',
      renderMarkdown: () => Promise.resolve({ html: '' }),
    } as unknown as LoaderContext;
    const error = await contentLoader('articles').load(context).then(() => null, (e: unknown) => e);
    if (expected.problems.length === 0) {
      expect(error).toBeNull();
      return;
    }
    expect(error).toBeInstanceOf(ContentError);
    const thrown = (error as ContentError).problems;
    const { problems } = checkContent(await readContentDir(caseRoot));
    expect(thrown.map(formatProblem)).toEqual(problems.map(formatProblem));
    expect((error as Error).stack).toBe((error as Error).message);
    expect(stored).toEqual([]);
  });
});

test('every case holds a content/ tree', () => {
  for (const name of cases) expect(existsSync(join(root, name, 'content')), name).toBe(true);
});

/**
 * The line `astro build` prints for each kind of mistake, exactly, and no
 * stack frame: the loader's error is what the build shows (its stack is its
 * message). content-error.build.test.ts proves, with one real build, that the
 * loader's error reaches the build this way and that no dist/ is written.
 */
const STACK_LINE = /^\s+at .+[(:]\d+/m;
const BUILD_LINES: [string, string][] = [
  ['event-end-before-start', 'content/events/fixture-event.md:5 (end): end (2018-03-25) is before start (2018-03-28); swap them or fix the date'],
  ['date-year-typo-0018', 'content/events/fixture-event.md:4 (start): 0018-03-28 is outside 1990-01-01…2030-12-31'],
  ['verbatim-changed-word', 'content/articles/fixture-piece.md:26: this paragraph differs from line 1 of content/sources/fixture-piece.txt'],
  ['body-script', 'content/articles/fixture-piece.md:28: a <script> element is not text; remove it'],
  ['id-with-space', 'content/articles/fixture-piece.md:15 (claims[0].id): id "fixture claim" contains a space'],
];

test.each(BUILD_LINES)('bad content (%s) stops the loader with the line the build prints, and no stack trace', async (name, line) => {
  const caseRoot = join(root, name);
  const context = {
    collection: 'articles',
    config: { root: pathToFileURL(`${resolve(caseRoot)}/`) },
    logger: { error: () => {}, warn: () => {}, info: () => {} },
    store: { set: () => {}, get: () => undefined, keys: () => [], delete: () => {} },
    generateDigest: () => 'x',
    renderMarkdown: () => Promise.resolve({ html: '' }),
  } as unknown as LoaderContext;
  const error = await contentLoader('articles').load(context).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  const { message, stack } = error as Error;
  expect(message).toMatch(/Content has \d+ problems?:/);
  expect(message).toContain(line);
  expect(stack ?? '').not.toMatch(STACK_LINE);
});

/** The link files are read when the build's config is set up, before anything is built. */
test.each([
  ['permalinks.json', '[\n  "/",\n<<<<<<< HEAD\n  "/about/"\n=======\n  "/about-us/"\n>>>>>>> other\n]\n', 'permalinks.json:3: the file holds an unresolved merge conflict'],
  ['redirects.json', '{\n  "/claims/old/": "//other.example/x"\n}\n', 'redirects.json:2: "/claims/old/" points off the site ("//other.example/x")'],
])('a broken %s stops the build at its setup with file, line and fix, and no stack trace', (file, text, line) => {
  const dir = mkdtempSync(join(tmpdir(), 'link-file-'));
  try {
    cpSync('permalinks.json', join(dir, 'permalinks.json'));
    cpSync('redirects.json', join(dir, 'redirects.json'));
    writeFileSync(join(dir, file), text);
    const setup = lipsAndTeeth().hooks['astro:config:setup'] as unknown as (options: unknown) => void;
    const logged: string[] = [];
    const logger = { error: (m: string) => logged.push(m), warn: () => {}, info: () => {} };
    let error: unknown = null;
    try {
      setup({ config: { root: pathToFileURL(`${dir}/`), outDir: pathToFileURL(`${dir}/dist/`), base: '/', site: 'http://localhost:4321' }, command: 'build', logger });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    expect(`${(error as Error).message}\n${logged.join('\n')}`).toContain(line);
    expect((error as Error).stack ?? '').not.toMatch(STACK_LINE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
