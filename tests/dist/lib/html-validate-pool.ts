/**
 * html-validate over many pages at once: the pages are dealt out to one
 * worker thread per core (os.availableParallelism(), at most one per 20
 * pages), each validating its share from disk. Validation is CPU-bound, so
 * threads, not promises, make it parallel.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface PoolReport {
  problems: string[];
  validated: number;
  workers: number;
}

export async function validatePages(dir: string, files: readonly string[], workers = availableParallelism()): Promise<PoolReport> {
  const count = Math.max(1, Math.min(workers, Math.ceil(files.length / 20)));
  const shares: string[][] = Array.from({ length: count }, () => []);
  files.forEach((file, i) => shares[i % count]!.push(file));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ problems: string[]; validated: number }>((resolve, reject) => {
          const worker = new Worker(new URL('./html-validate-worker.ts', import.meta.url), { workerData: { dir, files: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`an html-validate worker stopped with code ${code}`));
          });
        }),
    ),
  );
  return {
    problems: results.flatMap((r) => r.problems).sort(),
    validated: results.reduce((sum, r) => sum + r.validated, 0),
    workers: count,
  };
}
