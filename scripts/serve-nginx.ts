/**
 * Serve the built site (dist/) through nginx on this machine, as production
 * would: the headers, redirects and 404 page come from dist/_nginx.conf.
 * Runs in the foreground; Ctrl+C stops it.
 *
 *   npm run serve:nginx -- [port]      (default 8080)
 *
 * Also exports startNginx() for the browser tests. Needs nginx on PATH or at
 * /usr/sbin/nginx (Debian: apt-get install nginx); no root needed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { localNginxConfig } from '../src/integration/nginx-local.ts';
import { NGINX_FILE } from '../src/integration/nginx.ts';

export function nginxBinary(): string {
  for (const candidate of [process.env['NGINX'], '/usr/sbin/nginx', '/usr/bin/nginx']) if (candidate && existsSync(candidate)) return candidate;
  const found = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  throw new Error('nginx is not installed. Debian/Ubuntu: sudo apt-get install -y --no-install-recommends nginx (or set NGINX to its path).');
}

/**
 * ngx_brotli's static module, if this machine has it: NGINX_BROTLI_MODULE, else
 * where Debian's libnginx-mod-http-brotli-static puts it. NGINX_BROTLI_MODULE=off
 * serves without it (gzip only) even where it is installed.
 */
function brotliModule(): string | undefined {
  const chosen = process.env['NGINX_BROTLI_MODULE'];
  if (chosen === 'off') return undefined;
  for (const candidate of [chosen, '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so', '/usr/share/nginx/modules/ngx_http_brotli_static_module.so']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export interface Served {
  process: ChildProcess;
  work: string;
  config: string;
}

/** Write the local config for dist/ and start nginx on 127.0.0.1:port in the foreground. */
export function startNginx(port: number, options: { dist?: string; base?: string; detached?: boolean } = {}): Served {
  const dist = options.dist ?? resolve('dist');
  const base = options.base ?? process.env['BASE_PATH'] ?? '/';
  if (!existsSync(join(dist, NGINX_FILE))) throw new Error(`${join(dist, NGINX_FILE)} is missing: run npm run build first`);
  const work = join(tmpdir(), `lips-and-teeth-nginx-${port}`);
  stopNginx(port);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // A base path is served from a folder of that name: root/<base>/ → dist/.
  const folder = base.replace(/^\/+|\/+$/g, '');
  let root = dist;
  if (folder !== '') {
    root = join(work, 'root');
    mkdirSync(join(root, folder, '..'), { recursive: true });
    symlinkSync(dist, join(root, folder), 'dir');
  }
  const config = join(work, 'nginx.conf');
  writeFileSync(config, localNginxConfig({ dist, work, port, root, brotliModule: brotliModule() }));
  const binary = nginxBinary();
  // -e: the log for start-up messages, before the config's error_log applies (the default is not writable without root).
  const args = ['-p', work, '-e', join(work, 'error.log'), '-c', config];
  const test = spawnSync(binary, ['-t', '-q', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the configuration (${config}):\n${test.stderr}`);
  const child = spawn(binary, args, { stdio: ['ignore', 'inherit', 'inherit'], detached: options.detached ?? false });
  return { process: child, work, config };
}

/**
 * The pid in an nginx.pid file, or null when the file cannot name one process.
 * A failed start leaves the file empty (or half-written): Number('') is 0, and
 * signalling pid 0 signals this script's whole process group (a negative
 * number, a whole group; -1, every process we may signal). Only a plain
 * decimal above 1 is a pid to signal.
 */
export function parsePid(text: string): number | null {
  const digits = text.trim();
  if (!/^[0-9]{1,10}$/.test(digits)) return null;
  const pid = Number(digits);
  return Number.isSafeInteger(pid) && pid > 1 ? pid : null;
}

/** The pid of the nginx started for this port, if it is running. */
function runningPid(port: number): number | null {
  const file = join(tmpdir(), `lips-and-teeth-nginx-${port}`, 'nginx.pid');
  if (!existsSync(file)) return null;
  const pid = parsePid(readFileSync(file, 'utf8'));
  if (pid === null || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Stop the nginx this script started for this port (graceful quit), if any. */
export function stopNginx(port: number): void {
  const pid = runningPid(port);
  if (pid === null) return;
  process.kill(pid, 'SIGQUIT');
  const until = Date.now() + 5000;
  while (runningPid(port) !== null && Date.now() < until) spawnSync('sleep', ['0.1']);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? 8080);
  const served = startNginx(port);
  console.log(`nginx serves dist/ at http://127.0.0.1:${port}/ (config: ${served.config}); Ctrl+C stops it`);
  const stop = () => served.process.kill('SIGQUIT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  served.process.on('exit', (code) => process.exit(code ?? 0));
}
