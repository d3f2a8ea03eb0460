import type { Problem } from '../lib/problem.ts';

/**
 * Mistakes that can hide in any text file the build reads (content, the
 * permanent-link ledger, the redirects): an unresolved merge conflict and a
 * pasted control character. Both are found before parsing, so the message can
 * name the line and say what to do instead of what the parser tripped over.
 */

const CONFLICT_MARKER = /^(<{7}|={7}|>{7}|\|{7})(?:\s|$)/;
// Tab, line feed and carriage return are ordinary text; every other C0/C1
// control and DEL is invisible in an editor and never part of the site's text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Merge-conflict markers and control characters, one problem per kind (the first occurrence). */
export function textHazards(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  const lines = text.split('\n');
  const conflict = lines.findIndex((line) => CONFLICT_MARKER.test(line));
  if (conflict >= 0) {
    problems.push({
      file,
      line: conflict + 1,
      message: 'the file holds an unresolved merge conflict (a <<<<<<<, ======= or >>>>>>> line); keep the right version of the lines between the markers and delete the marker lines',
    });
  }
  const control = lines.findIndex((line) => CONTROL.test(line));
  if (control >= 0) {
    const char = CONTROL.exec(lines[control] ?? '')?.[0] ?? '';
    const code = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    problems.push({
      file,
      line: control + 1,
      message: `the line holds an invisible control character (${code}), usually pasted by accident; delete it (retype the text around it if your editor does not show it)`,
    });
  }
  return problems;
}

/**
 * Parse a JSON file the build reads; every failure becomes a problem with the
 * line, never an exception.
 */
export function parseJsonFile(file: string, text: string): { data: unknown } | { problems: Problem[] } {
  const hazards = textHazards(file, text);
  if (hazards.length > 0) return { problems: hazards };
  try {
    return { data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    const line = position ? lineAt(text, Number(position[1])) : undefined;
    const short = reason.replace(/ in JSON at position.*$/, '').replace(/^Unexpected token.*?, /, 'unexpected text: ');
    return {
      problems: [{ file, ...(line ? { line } : {}), message: `the file is not valid JSON (${short}); fix the syntax on this line (quotes around every string, a comma between entries, none after the last)` }],
    };
  }
}
