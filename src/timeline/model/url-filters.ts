/**
 * The timeline's filters in the address bar, so a filtered view can be
 * shared: ?lanes=china-dprk,us-dprk shows those two lanes, ?kinds=visit only
 * visits; no parameter means everything, and "none" means nothing. Reading
 * keeps only values the chart knows, so a hostile or stale link can hide
 * marks but never insert anything.
 */

/** The values a parameter shows, in `known` order; null when the parameter is absent or names nothing known. */
export function parseShown(search: string, name: string, known: readonly string[]): Set<string> | null {
  let raw: string | null;
  try {
    raw = new URLSearchParams(search).get(name);
  } catch {
    return null;
  }
  if (raw === null) return null;
  if (raw === 'none') return new Set();
  const asked = new Set(raw.split(','));
  const shown = known.filter((value) => asked.has(value));
  return shown.length > 0 ? new Set(shown) : null;
}

/** The parameter for what is shown: null (leave it out) when everything is. */
export function shownParam(shown: ReadonlySet<string>, known: readonly string[]): string | null {
  const kept = known.filter((value) => shown.has(value));
  if (kept.length === known.length) return null;
  return kept.length === 0 ? 'none' : kept.join(',');
}
