import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ContentFile } from './decode.ts';
import { mapLimit } from '../lib/map-limit.ts';

/** Files read at once: enough to keep the disk busy, far below any descriptor limit. */
const READ_AT_ONCE = 64;

/** Every file under <root>/content, with paths relative to root ("content/events/x.md"). */
export async function readContentDir(root: string): Promise<ContentFile[]> {
  const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && !entry.name.startsWith('.'));
  return mapLimit(files, READ_AT_ONCE, async (entry) => {
    const full = join(entry.parentPath, entry.name);
    return { path: relative(root, full).split('\\').join('/'), bytes: await readFile(full) };
  });
}
