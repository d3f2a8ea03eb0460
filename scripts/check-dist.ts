/**
 * Checks on the built site that need no browser: every claim in claims.json
 * has its page and its anchor in its piece; no piece is dated from a page stamp.
 * Run after `astro build`; exits non-zero with one line per failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const failures: string[] = [];
const base = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/');

function pageFile(url: string): string {
  const path = new URL(url, 'http://site.invalid').pathname;
  const local = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(dist, local, local === '' || local.endsWith('/') ? 'index.html' : '');
}

interface ClaimRow { id: string; piece: string; quote: string; paraphrase: string; topics: string[]; events: string[]; url: string }
const claims = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as ClaimRow[];
if (claims.length === 0) failures.push('claims.json lists no claims');

const pieces = new Map<string, string>();
for (const claim of claims) {
  for (const field of ['id', 'piece', 'quote', 'paraphrase', 'topics', 'events', 'url'] as const) {
    if (!(field in claim)) failures.push(`claims.json: ${claim.id} lacks "${field}"`);
  }
  const file = pageFile(claim.url);
  if (!existsSync(file)) failures.push(`claims.json: ${claim.id} → ${claim.url} has no page (${file})`);
  if (!pieces.has(claim.piece)) {
    const pieceFile = join(dist, 'articles', claim.piece, 'index.html');
    pieces.set(claim.piece, existsSync(pieceFile) ? readFileSync(pieceFile, 'utf8') : '');
  }
  if (!pieces.get(claim.piece)?.includes(`id="${claim.id}"`)) failures.push(`claims.json: ${claim.id} has no anchor in /articles/${claim.piece}/`);
}

const ching = readFileSync(join(dist, 'articles', 'ching-mend-ties', 'index.html'), 'utf8');
if (/datetime="2020/.test(ching) || /February 2020<\/time>/.test(ching)) failures.push('the Ching piece is dated 2020');
if (!/datetime="2018-03/.test(ching)) failures.push('the Ching piece is not dated March 2018');

if (failures.length > 0) {
  console.error(`dist check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`dist check: ${claims.length} claims, each with a page and an anchor; piece dates sane.`);
