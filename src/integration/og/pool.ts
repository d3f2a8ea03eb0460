import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Job, Reply } from './worker.ts';
import { renderCard } from './render-card.ts';

/**
 * Draws cards in worker threads, one per core (CARD_WORKERS overrides), each
 * taking the next card as it finishes one. With one worker, or where threads
 * cannot start, cards are drawn on the main thread instead: same output,
 * only slower. Returns the number of threads used.
 */
export function defaultWorkers(env: Record<string, string | undefined> = process.env): number {
  const asked = Number(env['CARD_WORKERS']);
  return Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
}

async function renderHere(jobs: readonly Job[]): Promise<void> {
  for (const job of jobs) await writeFile(job.file, await renderCard(job.card));
}

/** A card that failed to draw: a real error, never hidden by the fallback. */
class CardError extends Error {}

function startWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url));
}

/** Run every job on one worker, pulling from the shared queue; rejects on a card's error. */
function drain(worker: Worker, queue: Job[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const next = () => {
      const job = queue.shift();
      if (job) worker.postMessage(job);
      else resolve();
    };
    worker.on('message', (reply: Reply) => {
      if (!reply.ok) reject(new CardError(`share card ${reply.file} failed to render:\n${reply.error}`));
      else next();
    });
    worker.on('error', reject);
    next();
  });
}

export async function renderJobs(jobs: readonly Job[], workers = defaultWorkers()): Promise<number> {
  const count = Math.max(1, Math.min(workers, jobs.length));
  if (count === 1) {
    await renderHere(jobs);
    return 1;
  }
  const queue = [...jobs];
  const threads: Worker[] = [];
  try {
    for (let i = 0; i < count; i++) threads.push(startWorker());
    await Promise.all(threads.map((worker) => drain(worker, queue)));
    return count;
  } catch (error) {
    if (error instanceof CardError) throw error;
    // A thread that cannot start or dies (no worker support, a loader that
    // cannot read the worker file) must not stop the build: the cards not
    // yet written are drawn here.
    await Promise.all(threads.map((worker) => worker.terminate()));
    queue.length = 0;
    await renderHere(jobs.filter((job) => !existsSync(job.file)));
    return 1;
  } finally {
    await Promise.all(threads.map((worker) => worker.terminate()));
  }
}
