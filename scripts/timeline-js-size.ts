/**
 * Gzipped size of the JavaScript a page loads, from the built site: every
 * module script in its HTML and the modules they import, followed through
 * dist/_astro. Usage: node scripts/timeline-js-size.ts [page path] [budget KB].
 * Exits non-zero when over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const page = process.argv[2] ?? 'timeline/index.html';
const budget = Number(process.argv[3] ?? 25) * 1024;
const html = readFileSync(join('dist', page), 'utf8');
const queue = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!);
const seen = new Set<string>();
let total = 0;
while (queue.length > 0) {
  const src = queue.shift()!;
  const file = join('dist', src.slice(src.indexOf('_astro/')));
  if (seen.has(file) || !existsSync(file)) continue;
  seen.add(file);
  const code = readFileSync(file);
  total += gzipSync(code, { level: 9 }).length;
  for (const m of code.toString().matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) queue.push(`/_astro/${m[1]}`);
}
console.log(`${page}: ${seen.size} script file(s), ${(total / 1024).toFixed(1)} KB gzipped (budget ${budget / 1024} KB)`);
if (total > budget) process.exit(1);
