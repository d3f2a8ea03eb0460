/**
 * Text compressed once, at build, as hard as it goes: every HTML, CSS, JS,
 * JSON, XML, SVG, TXT and ICS file in dist/ gets a gzip (level 9) and a
 * brotli copy beside it (page.html.gz, page.html.br). nginx
 * serves the .gz with `gzip_static on` (dist/_nginx.conf), and the .br with
 * `brotli_static on` where ngx_brotli is installed (dist/_nginx-brotli.conf);
 * a server compressing on the fly would use a faster, weaker level (nginx's
 * default is 1). A copy no smaller than its file is not written: the server
 * then sends the file itself.
 *
 * Brotli's top quality (11) costs about 1.2 s of CPU per MB of text, some
 * 40 times its quality 5, for copies about 12% smaller: worth it for this
 * site (about 7 MB of text, 8 s), not for a build fifty times its size, whose
 * time must grow with its pages. Above BROTLI_MAX_INPUT of text the build
 * uses quality 5 (still smaller than gzip -9). Brotli copies are kept in a
 * cache by a hash of the file, so a rebuild compresses only what changed;
 * entries no build has used for CACHE_DAYS are removed. (Not "unused by this
 * build": builds of the same project for another address or folder, such as
 * the tests', would then throw out each other's copies.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'ics', 'webmanifest'] as const;

/** Bytes of text above which brotli drops from quality 11 to 5 (see above). */
export const BROTLI_MAX_INPUT = 32_000_000;

/** Days a cached brotli copy is kept after the last build that used it. */
export const CACHE_DAYS = 14;

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface Compressed {
  brotliQuality: number;
  /** Brotli copies taken from the cache. */
  cached: number;
  files: number;
  bytes: number;
  gzip: number;
  brotli: number;
}

export function compressibleFiles(dist: string): string[] {
  const pattern = new RegExp(`\\.(${COMPRESSIBLE.join('|')})$`);
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Write file.gz and file.br beside every compressible file in dist/, a few at a time on zlib's thread pool. */
export async function compressDist(dist: string, cacheDir?: string): Promise<Compressed> {
  const files = compressibleFiles(dist);
  const input = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const quality = input <= BROTLI_MAX_INPUT ? constants.BROTLI_MAX_QUALITY : 5;
  const totals: Compressed = { brotliQuality: quality, cached: 0, files: 0, bytes: 0, gzip: 0, brotli: 0 };
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const now = new Date();
  const brotli = async (data: Buffer): Promise<Buffer> => {
    const key = `${createHash('sha256').update(data).digest('hex')}.q${quality}.br`;
    const cached = cacheDir ? join(cacheDir, key) : undefined;
    if (cached && existsSync(cached)) {
      try {
        const copy = readFileSync(cached);
        utimesSync(cached, now, now);
        totals.cached += 1;
        return copy;
      } catch {
        // Removed by another build's pruning in the meantime: compress it again.
      }
    }
    const br = await brotliAsync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    if (cached) writeFileSync(cached, br);
    return br;
  };
  const one = async (file: string) => {
    const data = readFileSync(file);
    const [gz, br] = await Promise.all([gzipAsync(data, { level: 9 }), brotli(data)]);
    totals.files += 1;
    totals.bytes += data.length;
    totals.gzip += Math.min(gz.length, data.length);
    totals.brotli += Math.min(br.length, data.length);
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
  };
  // A bounded number in flight, so a large build does not hold every file in memory at once.
  const queue = [...files];
  const lanes = Math.max(2, availableParallelism() * 2);
  await Promise.all(Array.from({ length: lanes }, async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) await one(file);
  }));
  if (cacheDir) {
    const stale = now.getTime() - CACHE_DAYS * 86_400_000;
    for (const name of readdirSync(cacheDir)) {
      try {
        if (statSync(join(cacheDir, name)).mtimeMs < stale) rmSync(join(cacheDir, name), { force: true });
      } catch {
        // Removed by another build meanwhile.
      }
    }
  }
  return totals;
}
