/**
 * Every string in a parsed file with its path ("sources", 0, "title"), so
 * that rules about text (characters, lengths) run on the values a page will
 * show, after YAML has turned escapes such as "\u202E" into the characters.
 */
export function eachString(value: unknown, visit: (path: PropertyKey[], text: string) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => eachString(item, visit, [...path, i]));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) eachString(item, visit, [...path, key]);
  }
}
