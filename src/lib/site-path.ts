/**
 * The one rule for a path on this site that a hand-edited file names
 * (redirects.json, permalinks.json). Such a path becomes a file under dist/
 * and a line of the nginx configuration, so it may hold only the characters
 * the site's own URLs use: letters, digits, "-", "_", "." and "/". Everything
 * else is refused rather than escaped: a space, ";", "{", "$" or a quote would
 * change what nginx reads; "%" could hide "..", "/" or a control character;
 * "\\" and a second leading slash make browsers leave the site; a "." or ".."
 * segment climbs out of dist/.
 */

/** The characters of a site path. */
const PATH_CHARS = /^[A-Za-z0-9._/-]*$/;

/** A #fragment after a redirect target: the ids of the site's anchors. */
const FRAGMENT = /^#[A-Za-z0-9_-]+$/;

/** Why `path` is not a safe site path, or null when it is one. */
export function sitePathProblem(path: string): string | null {
  if (!path.startsWith('/')) return 'it does not start with "/"';
  if (/^\/[/\\]/.test(path)) return 'it starts with two slashes, which browsers read as another site';
  const bad = [...path].find((char) => !PATH_CHARS.test(char));
  if (bad !== undefined) return `it holds ${describeChar(bad)}; site paths use only letters, digits, "-", "_", "." and "/"`;
  if (path.split('/').some((segment) => segment === '.' || segment === '..')) return 'it holds a "." or ".." segment, which would lead outside the site';
  if (path.includes('//')) return 'it holds an empty segment ("//")';
  return null;
}

/** Why a redirect target (a site path, optionally with a #fragment) is unsafe, or null. */
export function siteTargetProblem(target: string): string | null {
  const hash = target.indexOf('#');
  if (hash === -1) return sitePathProblem(target);
  const fragment = target.slice(hash);
  if (!FRAGMENT.test(fragment)) return `its fragment ${JSON.stringify(fragment)} holds characters other than letters, digits, "-" and "_"`;
  return sitePathProblem(target.slice(0, hash));
}

/** A character named so that a reader can find it, invisible ones included. */
export function describeChar(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (char === ' ') return `a space (${code})`;
  return /^[\x21-\x7E]$/.test(char) ? `"${char}" (${code})` : `the character ${code}`;
}
