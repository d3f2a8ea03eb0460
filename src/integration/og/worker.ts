import { rename, writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { Card } from '../../lib/share-image.ts';
import { renderCard } from './render-card.ts';

/**
 * A card-drawing thread: receives { card, file } jobs one at a time, writes
 * the PNG and answers with how long it took (or the error).
 */
export interface Job {
  card: Card;
  file: string;
}

export type Reply = { ok: true; file: string; ms: number } | { ok: false; file: string; error: string };

parentPort?.on('message', (job: Job) => {
  const started = performance.now();
  renderCard(job.card)
    // Written under a temporary name first: a thread stopped mid-write leaves no half card.
    .then((png) => writeFile(`${job.file}.part`, png))
    .then(() => rename(`${job.file}.part`, job.file))
    .then(() => parentPort?.postMessage({ ok: true, file: job.file, ms: performance.now() - started } satisfies Reply))
    .catch((error: unknown) => parentPort?.postMessage({ ok: false, file: job.file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply));
});
