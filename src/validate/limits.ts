import type { LineOf } from '../markdown/frontmatter.ts';
import type { Problem } from '../lib/problem.ts';
import { eachString } from './strings.ts';
import { fieldName } from './schema-problems.ts';

/**
 * The sizes content may have. Each is several times what the record uses
 * today (the largest file is about 8 KB, the longest field under 500
 * characters), so only a paste gone wrong reaches one: a 50 MB event would
 * otherwise build into a 50 MB page.
 */
export const LIMITS = {
  /** Bytes in one content file. */
  fileBytes: 256 * 1024,
  /** Characters in a name or headline field. */
  shortField: 300,
  /** Characters in any other text field (summaries, notes, paraphrases). */
  longField: 2000,
} as const;

/** Fields that are a name or a headline, shown whole in lists, labels and share cards. */
const SHORT = new Set(['title', 'name', 'publisher', 'place', 'author', 'outlet', 'country', 'dek', 'phrase', 'question', 'url', 'sourceUrl']);

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function fileSizeProblem(file: string, bytes: number): Problem | null {
  if (bytes <= LIMITS.fileBytes) return null;
  return { file, message: `the file is ${kb(bytes)}, over the ${kb(LIMITS.fileBytes)} a content file may have (LIMITS in src/validate/limits.ts); remove what does not belong (a pasted page, repeated text) or split it` };
}

/** Every string field longer than its limit. */
export function lengthProblems(file: string, data: unknown, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  eachString(data, (path, text) => {
    const key = [...path].reverse().find((part) => typeof part === 'string');
    const limit = SHORT.has(String(key)) ? LIMITS.shortField : LIMITS.longField;
    if (text.length <= limit) return;
    const line = lineOf(path);
    const field = fieldName(path);
    problems.push({ file, ...(line ? { line } : {}), field, message: `${field} is ${text.length} characters, over the ${limit} it may have; write it in at most ${limit} characters` });
  });
  return problems;
}
