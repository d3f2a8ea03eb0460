import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentFile } from './decode.ts';
import { mapLimit } from '../lib/map-limit.ts';

/** Files read at once: enough to keep the disk busy, far below any descriptor limit. */
const READ_AT_ONCE = 64;

/**
 * Every file under <root>/content, with paths relative to root
 * ("content/events/x.md"). A symbolic link is never followed (it could read
 * from outside the project) and a file that cannot be read is not skipped:
 * both come back with `refused` set, so the check names them instead of
 * later blaming a missing event.
 */
export async function readContentDir(root: string): Promise<ContentFile[]> {
  const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && !entry.name.startsWith('.'));
  return mapLimit(files, READ_AT_ONCE, async (entry): Promise<ContentFile> => {
    const full = join(entry.parentPath, entry.name);
    const path = relative(root, full).split('\\').join('/');
    if (entry.isSymbolicLink()) return { path, bytes: new Uint8Array(), refused: 'symlink' };
    try {
      return { path, bytes: await readFile(full) };
    } catch (error) {
      return { path, bytes: new Uint8Array(), refused: (error as NodeJS.ErrnoException).code ?? 'unreadable' };
    }
  });
}
