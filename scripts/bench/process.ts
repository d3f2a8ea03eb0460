/**
 * Child processes for the benchmark: timed runs (with peak memory from GNU
 * time where installed), a preview server, a static file server, free ports.
 */
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
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
  /**
   * CPU time of the run and every child it waited for (user + system), in ms,
   * from GNU time; null without it. Unlike wall clock it hardly moves when
   * others share the machine, so it is the figure to compare across runs.
   */
  cpu: { userMs: number; sysMs: number } | null;
  /** The 1-minute load average when the run started and when it ended. */
  load: { before: number; after: number };
}

/** User and system seconds from GNU `time -v` output. */
export function cpuTime(output: string): { userMs: number; sysMs: number } | null {
  const user = /User time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(output)?.[1];
  return user !== undefined && sys !== undefined ? { userMs: Number(user) * 1000, sysMs: Number(sys) * 1000 } : null;
}

/** "load 1.9 / 3.4 / 5.0 (1, 5, 15 min) on 2 cores": how busy the machine was. */
export function loadAverage(): string {
  const [one, five, fifteen] = loadavg().map((l) => l.toFixed(1));
  return `load ${one} / ${five} / ${fifteen} (1, 5, 15 min) on ${availableParallelism()} cores`;
}

/** "38.0 s wall, 18.1 s CPU (user 14.3 + sys 3.8); load 2.1 → 2.6": both clocks and the load beside them. */
export function wallAndCpu(result: RunResult): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const cpu = result.cpu ? `${s(result.cpu.userMs + result.cpu.sysMs)} CPU (user ${s(result.cpu.userMs)} + sys ${s(result.cpu.sysMs)})` : 'CPU time unknown (/usr/bin/time is not installed)';
  return `${s(result.ms)} wall, ${cpu}; load ${result.load.before.toFixed(1)} → ${result.load.after.toFixed(1)}`;
}

const GNU_TIME = '/usr/bin/time';

/** Run a command to completion (or kill its process group after timeoutMs). */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  const timed = existsSync(GNU_TIME);
  const [cmd, argv] = timed ? [GNU_TIME, ['-v', command, ...args]] : [command, [...args]];
  return new Promise((resolve, reject) => {
    const loadBefore = loadavg()[0] ?? 0;
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
      resolve({ code, output, ms, peakMB: rss ? Number(rss) / 1024 : null, cpu: cpuTime(output), load: { before: loadBefore, after: loadavg()[0] ?? 0 } });
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
