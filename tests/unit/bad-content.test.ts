import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { ContentError, formatProblem, type Problem } from '../../src/lib/problem.ts';
import { contentLoader } from '../../src/loader/content-loader.ts';

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
