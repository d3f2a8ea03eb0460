/**
 * A problem found in the content: where it is and what to do about it.
 * Every validation step reports these instead of throwing, so one build run
 * lists every problem, each with its file, line or field, and its fix.
 */
export interface Problem {
  /** Path relative to the project root, e.g. "content/events/singapore-summit.md". */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** Field path ("claims[2].topics[0]") or claim/event id the problem concerns. */
  field?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` (${problem.field})` : '';
  return `${where}${field}: ${problem.message}`;
}

/** The error a build stops with: a list of problems, no stack trace needed. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
    // The message says it all; a stack trace would only bury it.
    this.stack = this.message;
  }
}
