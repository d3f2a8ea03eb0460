/**
 * Child processes for the benchmark: timed runs (with peak memory from GNU
 * time where installed), a preview server, a static file server, free ports.
 */
import { spawn } from 'node:child_process';
import { existsSync, createReadStream, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { extname, join, normalize } from 'node:path';

export interface RunResult {
  code: number | null;
  /** stdout and stderr, interleaved as they came. */
  output: string;
  ms: number;
  /** Peak resident memory of the largest process in the run, in MB, when GNU time is there to tell. */
  peakMB: number | null;
}

const GNU_TIME = '/usr/bin/time';

/** Run a command to completion (or kill its process group after timeoutMs). */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          if (child.pid) process.kill(-child.pid, 'SIGTERM');
        }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1];
      if (signal === 'SIGTERM' && options.timeoutMs) {
        reject(new Error(`${command} ${args.join(' ')} did not finish within ${Math.round(options.timeoutMs / 1000)} s`));
        return;
      }
      resolve({ code, output, ms, peakMB: rss ? Number(rss) / 1024 : null });
    });
  });
}

/** The last lines of a failed run, for a one-line reason. */
export function tail(output: string, lines = 2): string {
  return output
    .split('\n')
    .filter((l) => l.trim() && !/npm warn|Command being timed|^\s+[A-Z][\w ()/:-]+: /.test(l))
    .slice(-lines)
    .join(' ')
    .slice(0, 200);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface Running {
  url: string;
  stop: () => void;
}

async function waitForUrl(url: string, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const why = exited();
    if (why) throw new Error(why);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `astro preview` of a built folder, on a port of its own. */
export async function startPreview(root: string, outDir: string, port: number): Promise<Running> {
  const child = spawn('npx', ['astro', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const stop = () => {
    if (child.pid && child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForUrl(`${url}/`, 60_000, () => (child.exitCode !== null ? `astro preview exited: ${tail(output)}` : null));
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf' };

/** A plain static file server for a folder (used for the TimelineJS3 page). */
export async function startStatic(folder: string): Promise<Running> {
  const server: Server = createHttpServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(folder, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(folder) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => server.close() };
}
