import type { z } from 'astro/zod';
import type { SplitFile } from '../markdown/frontmatter.ts';
import type { Problem } from '../lib/problem.ts';

/** zod's issues, turned into problems that point at the line to fix. */

export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeType(expected: string): string {
  if (expected === 'array') return 'a list (write [a, b] or one "- item" per line)';
  if (expected === 'object') return 'a group of "name: value" lines';
  return `${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
}

function describeInput(input: unknown): string {
  if (input === null) return 'empty (null)';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'a group of fields' : `the ${typeof input} ${JSON.stringify(input)}`;
}

export function schemaProblems(path: string, split: SplitFile, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const at = [...issue.path, key];
        const line = split.lineOf(at);
        return { file: path, ...(line ? { line } : {}), field: fieldName(at), message: `unknown field "${key}"; remove it or fix its spelling` };
      });
    }
    const line = split.lineOf(issue.path);
    const field = fieldName(issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      // zod leaves the input out of its issues; read it from the parsed file.
      const input = valueAt(split.data, issue.path);
      message =
        input === undefined
          ? `${field || 'a field'} is missing; add it to the frontmatter`
          : `${field || 'this value'} must be ${describeType(issue.expected)}, not ${describeInput(input)}; fix its value`;
    }
    return [{ file: path, ...(line ? { line } : {}), ...(field ? { field } : {}), message }];
  });
}

/**
 * Problems found in a file's values before its schema runs, less those on a
 * field the schema already reports (an id with an invisible character gets
 * the id's own message, with a suggestion, once).
 */
export function withoutRepeats(values: readonly Problem[], schema: readonly Problem[]): Problem[] {
  const fields = new Set(schema.map((p) => p.field));
  return values.filter((p) => p.field === undefined || !fields.has(p.field));
}
