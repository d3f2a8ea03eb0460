import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file a site path names under a folder (dist/, or the project root for
 * content), or null when it would land outside that folder. Every file the
 * build writes or checks for a hand-edited path goes through here, so a path
 * that slipped past the syntax check ("..", an absolute path, a symlinked
 * folder name) still cannot reach the source tree.
 */
export function fileInside(dir: string, sitePath: string): string | null {
  const root = resolve(dir);
  const path = sitePath.split('#')[0] ?? sitePath;
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  const rel = relative(root, file);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return file;
}
