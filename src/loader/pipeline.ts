import { createHash } from 'node:crypto';
import { checkContent, type CheckedContent } from '../validate/check-content.ts';
import { readContentDir } from '../validate/read-content.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * The content pipeline: read content/ once, check it once, and hand the same
 * checked entries to every collection's loader (src/loader/content-loader.ts),
 * the one reader of this module. Everything downstream reads the collections
 * through src/data/. The run is kept by the content's own hash, so the seven
 * collections share one run and an edit (in dev) makes a new one.
 */

export interface PipelineResult {
  problems: Problem[];
  content: CheckedContent;
  /** Hash of every file under content/: changes exactly when the content does. */
  digest: string;
}

/** Runs by project root and content hash; only the latest of a project is kept. */
const runs = new Map<string, Promise<PipelineResult>>();

/** The checked content of the project at root (an absolute path). */
export async function runPipeline(root: string): Promise<PipelineResult> {
  const files = await readContentDir(root);
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(file.bytes).update('\0');
  }
  const digest = hash.digest('hex');
  const key = `${root}\0${digest}`;
  let result = runs.get(key);
  if (!result) {
    const { problems, content } = checkContent(files);
    result = Promise.resolve({ problems, content, digest });
    // Only the latest run of a project is worth keeping.
    for (const old of runs.keys()) if (old.startsWith(`${root}\0`)) runs.delete(old);
    runs.set(key, result);
  }
  return result;
}
