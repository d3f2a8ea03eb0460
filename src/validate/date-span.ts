import { RECORD_SPAN } from '../schemas/fields.ts';
import type { LineOf } from '../markdown/frontmatter.ts';
import { fieldName } from './schema-problems.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * Every date a record gives (its own, its sources', its publication) must fall
 * inside RECORD_SPAN unless the record says why in `datesOutsideSpan`. A year
 * typed 0018 or 2108 is a real calendar day, so only the span catches it.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function datesIn(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; date: string }[]): void {
  if (typeof value === 'string' && ISO.test(value)) found.push({ path, date: value });
  else if (Array.isArray(value)) value.forEach((item, i) => datesIn(item, [...path, i], found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) datesIn(item, [...path, key], found);
  }
}

export function dateSpanProblems(file: string, data: Record<string, unknown>, lineOf: LineOf): Problem[] {
  if (typeof data['datesOutsideSpan'] === 'string') return [];
  const found: { path: PropertyKey[]; date: string }[] = [];
  datesIn(data, [], found);
  return found
    .filter(({ date }) => date < RECORD_SPAN.first || date > RECORD_SPAN.last)
    .map(({ path, date }) => {
      const line = lineOf(path);
      return {
        file,
        ...(line ? { line } : {}),
        field: fieldName(path),
        message: `${date} is outside ${RECORD_SPAN.first}…${RECORD_SPAN.last}, the span the record covers, so it is probably a typo (check the year); fix the date, or if it is right add datesOutsideSpan: "why" to this file`,
      };
    });
}
