import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import { VFile } from 'vfile';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { ContentError, formatProblem, type Problem } from '../../src/validate/problem.ts';
import remarkClaims from '../../src/markdown/remark-claims.ts';

/**
 * Every kind of bad content, one minimal content/ tree per case under
 * tests/fixtures/bad-content/<case>/, run through the validator the build runs
 * (and, for body syntax, through the remark plugin that renders pieces).
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

function load(name: string): { render: boolean; problems: Expected[] } {
  return JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { render: boolean; problems: Expected[] };
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
  /[;:] .*\b(add|use|give|fix|remove|rename|write|move|delete|swap|put|re-save|check|choose|wrap|paste|mark|quote|name)\b/;

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

  if (expected.render) {
    test('rendering the piece stops with the same file and line, not a stack trace', async () => {
      const files = await readContentDir(caseRoot);
      const pieces = files.filter((f) => f.path.startsWith('content/articles/'));
      const thrown: Problem[] = [];
      for (const piece of pieces) {
        const text = new TextDecoder().decode(piece.bytes);
        const end = text.indexOf('\n---\n', 4) + 5;
        const bodyLine = text.slice(0, end).split('\n').length - 1;
        const file = new VFile({ path: join(process.cwd(), caseRoot, piece.path), cwd: process.cwd(), value: text.slice(end) });
        const processor = unified().use(remarkParse).use(remarkDirective).use(remarkClaims);
        try {
          await processor.run(processor.parse(file), file);
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
          const problems = (error as ContentError).problems;
          expect((error as Error).stack).toBe((error as Error).message);
          thrown.push(...problems.map((p) => ({ ...p, file: piece.path, line: (p.line ?? 0) + bodyLine })));
          for (const p of problems) expect(p.file).toBe(join(caseRoot, piece.path));
        }
      }
      const syntax = expected.problems.filter((p) => !/frontmatter/.test(p.message));
      expect(thrown.length).toBe(syntax.length);
      for (const want of syntax) expect(thrown.some((p) => matches(p, want)), JSON.stringify(want)).toBe(true);
    });
  }
});

test('every case holds a content/ tree', () => {
  for (const name of cases) expect(existsSync(join(root, name, 'content')), name).toBe(true);
});
