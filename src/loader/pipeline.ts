import { createHash } from 'node:crypto';
import { checkContent, type CheckedContent } from '../validate/check-content.ts';
import { readContentDir } from '../validate/read-content.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * The content pipeline: read content/ once, check it once, and hand the same
 * checked entries to everyone who asks in this process — the collection
 * loaders (pages, exports, search) and the build hook that draws share cards.
 *
 * Astro loads the content config through Vite and the integration through
 * Node, so the two hold separate copies of this module; the result is kept on
 * globalThis, keyed by the content's own hash, so both copies share one run
 * and an edit (in dev) makes a new one.
 */

export interface PipelineResult {
  problems: Problem[];
  content: CheckedContent;
  /** Hash of every file under content/: changes exactly when the content does. */
  digest: string;
}

const CACHE = Symbol.for('lips-and-teeth.content-pipeline');
type Cache = Map<string, Promise<PipelineResult>>;

function cache(): Cache {
  const holder = globalThis as { [CACHE]?: Cache };
  holder[CACHE] ??= new Map();
  return holder[CACHE];
}

/** The checked content of the project at root (an absolute path). */
export async function runPipeline(root: string): Promise<PipelineResult> {
  const files = await readContentDir(root);
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(file.path).update('\0').update(file.bytes).update('\0');
  }
  const digest = hash.digest('hex');
  const key = `${root}\0${digest}`;
  const runs = cache();
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
