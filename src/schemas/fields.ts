import { z } from 'zod';
import { isIsoDate, toIsoDate } from '../lib/calendar.ts';
import { ID_HINT, ID_PATTERN } from './vocabulary.ts';

/**
 * A calendar day written YYYY-MM-DD. YAML parsers may hand us a Date; we turn it
 * back into its ISO day so the rest of the site only ever sees strings.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const iso = value instanceof Date && Number.isNaN(value.getTime()) ? String(value) : toIsoDate(value);
  if (!isIsoDate(iso)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${iso}" is not a real calendar date; write an existing day as YYYY-MM-DD (for example 2018-03-25)`,
    });
    return z.NEVER;
  }
  return iso;
});

/** A stable, readable kebab-case id. */
export const kebabId = z
  .string({ error: 'an id must be text; write it in kebab-case, e.g. china-card-a-bluff' })
  .min(3, { error: `id is too short: ${ID_HINT}` })
  .max(60, { error: `id is too long: ${ID_HINT}` })
  .regex(ID_PATTERN, { error: (issue) => `"${String(issue.input)}" is not a valid id: ${ID_HINT}` });

/** Non-empty text after trimming. */
export const text = (what: string) =>
  z.string({ error: `${what} must be text; put it in quotes` }).trim().min(1, { error: `${what} must not be empty; write it, or use null where the field allows it` });

/** An absolute http(s) URL. */
export const webUrl = z
  .string({ error: 'url must be text; give the full address, starting https://' })
  .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value), {
    error: (issue) => `"${String(issue.input)}" is not an http(s) URL; give the full address, starting https://`,
  });
