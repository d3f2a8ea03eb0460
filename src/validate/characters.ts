import type { LineOf } from '../markdown/frontmatter.ts';
import type { Problem } from '../lib/problem.ts';
import { eachString } from './strings.ts';
import { fieldName } from './schema-problems.ts';
import { lineAt } from './hazards.ts';

/**
 * Characters no text of the site may hold, checked on parsed values: a YAML
 * escape ("\x07", "\v", "\u200B", "\u202E") passes any check of the raw file
 * and becomes the character itself, which would then reach pages, the
 * calendar feed (a raw BEL), claims.xml (no longer well-formed), a title read
 * backwards, or a name that looks empty. Tab and line breaks are ordinary
 * text; ids have their own, more specific message (src/schemas/ids.ts).
 */

const NAMES: [RegExp, string][] = [
  [/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/, 'a control character'],
  [/[\u202A-\u202E\u2066-\u2069]/, 'a bidirectional override, which reorders the text around it'],
  [/[\u200E\u200F\u061C]/, 'an invisible direction mark'],
  [/[\u200B-\u200D\u2060\uFEFF\u180E]/, 'an invisible zero-width character'],
  [/[\u2028\u2029]/, 'a Unicode line separator, which breaks scripts and feeds'],
];

export const FORBIDDEN = new RegExp(NAMES.map(([pattern]) => pattern.source).join('|'));

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What the first forbidden character in text is, or null. */
export function forbiddenCharacter(text: string): { char: string; code: string; name: string } | null {
  const char = FORBIDDEN.exec(text)?.[0];
  if (char === undefined) return null;
  const name = NAMES.find(([pattern]) => pattern.test(char))?.[1] ?? 'an invisible character';
  return { char, code: codePoint(char), name };
}

const FIX = 'delete it (if it was written as an escape such as "\\u202E" or "\\x07", delete the escape)';

/** One problem per string field holding a forbidden character, naming the field and the code point. */
export function valueCharacterProblems(file: string, data: unknown, lineOf: LineOf): Problem[] {
  const problems: Problem[] = [];
  eachString(data, (path, text) => {
    const found = forbiddenCharacter(text);
    if (!found) return;
    const line = lineOf(path);
    const field = fieldName(path);
    problems.push({ file, ...(line ? { line } : {}), field, message: `${field} holds ${found.name} (${found.code}), invisible in an editor; ${FIX}` });
  });
  return problems;
}

/** The first forbidden character in a text (a piece's body, a source text), by line. */
export function textCharacterProblems(file: string, text: string, lineOffset = 0): Problem[] {
  const match = FORBIDDEN.exec(text);
  if (!match) return [];
  const found = forbiddenCharacter(match[0])!;
  return [{ file, line: lineAt(text, match.index) + lineOffset, message: `the line holds ${found.name} (${found.code}), invisible in an editor; ${FIX}` }];
}
