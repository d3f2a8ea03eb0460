/**
 * The Pagefind index of a built site: its size on disk, and — when the build
 * did not make one — the time the Pagefind CLI takes to make it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run, tail } from './process.ts';

export interface IndexSize {
  bytes: number;
  files: number;
}

export function folderSize(folder: string): IndexSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      bytes += statSync(join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Where the build put the index, if it made one. */
export function builtIndex(dist: string): string | null {
  const folder = join(dist, 'pagefind');
  return existsSync(join(folder, 'pagefind.js')) ? folder : null;
}

/** Index a built site with the Pagefind CLI into outFolder; returns its run time. */
export async function runPagefind(root: string, dist: string, outFolder: string): Promise<number> {
  const result = await run('npx', ['pagefind', '--site', dist, '--output-path', outFolder], { cwd: root, timeoutMs: 15 * 60_000 });
  if (result.code !== 0) throw new Error(`pagefind failed: ${tail(result.output)}`);
  return result.ms;
}
