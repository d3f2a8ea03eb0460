import { z } from 'astro/zod';
import { isIsoDate } from '../calendar/calendar.ts';
import { idProblem } from './ids.ts';

/**
 * Field helpers shared by every schema: the site's one rule for dates, ids,
 * web addresses and lists, so a mistake gets the same message wherever it is.
 */

/**
 * The span of days the record plausibly covers, for every date the content
 * gives (events, their sources, publication dates). A date outside it is
 * almost always a typo (0018, 2108); a record that really reaches further
 * says why in its `datesOutsideSpan` field.
 */
export const RECORD_SPAN = { first: '1990-01-01', last: '2030-12-31' } as const;

/**
 * A calendar day written YYYY-MM-DD, as text. Content is read with YAML 1.2's
 * core schema, which never turns a date into a timestamp, so a value that is
 * not a string here was not written as a date at all.
 */
export const isoDate = z
  .string({ error: 'a date must be written YYYY-MM-DD (for example 2018-03-25); fix its value' })
  .refine(isIsoDate, {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date; write an existing day as YYYY-MM-DD (for example 2018-03-25)`,
  });

/** A stable, readable kebab-case id; a bad one is named by its first bad character, with a valid suggestion. */
export const kebabId = z
  .string({ error: 'an id must be text; write it in kebab-case, e.g. china-card-a-bluff' })
  .superRefine((value, ctx) => {
    const problem = idProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Non-empty text after trimming. */
export const text = (what: string) =>
  z.string({ error: `${what} must be text; put it in quotes` }).trim().min(1, { error: `${what} must not be empty; write it, or use null where the field allows it` });

/** An absolute http(s) URL, with no user name or password before the host. */
export const webUrl = z
  .string({ error: 'url must be text; give the full address, starting https://' })
  .refine((value) => /^https?:\/\/[^\s/\\]+\.[^\s\\]+$/i.test(value) && URL.canParse(value), {
    error: (issue) => `"${String(issue.input)}" is not an http(s) URL; give the full address, starting https://`,
  })
  .refine((value) => !/^https?:\/\/[^/?#]*@/i.test(value), {
    error: (issue) => `"${String(issue.input)}" has a user name before "@", which hides the real host (${hostAfterAt(String(issue.input))}); remove everything between "//" and "@", or give the address you meant`,
  });

function hostAfterAt(url: string): string {
  return /@([^/?#]*)/.exec(url)?.[1] ?? 'after the @';
}

/** A list whose entries must differ: the same id twice would publish twice. */
export const uniqueList = <T extends z.ZodType<string>>(entry: T, what: string) =>
  z.array(entry).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((value, index) => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `"${value}" is listed twice in ${what}; remove the second entry` });
      seen.add(value);
    });
  });
