/**
 * Text compressed once, at build: every HTML, CSS, JS, JSON, XML, SVG, TXT
 * and ICS file in dist/ gets a gzip copy at level 9 and a brotli copy beside
 * it (page.html.gz, page.html.br). nginx serves the .gz with `gzip_static on`
 * (dist/_nginx.conf), and the .br with `brotli_static on` where ngx_brotli is
 * installed (dist/_nginx-brotli.conf); a server compressing on the fly uses a
 * faster, weaker level (nginx's default is 1). A copy no smaller than its
 * file is not written: the server then sends the file itself.
 *
 * Brotli quality: measured on this site's 11.8 MB of text, quality 9 takes
 * about 0.8 s of CPU and comes out 8% smaller than gzip -9; 10 takes 5 s (14%),
 * 11 about 14 s (16%), which would more than double the build's CPU time for
 * copies Debian's nginx cannot even send. So 9; above BROTLI_MAX_INPUT of text
 * (the benchmark's corpus, fifty times the site) 5, so the build's time keeps
 * growing with its pages and no faster.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSIBLE = ['html', 'css', 'js', 'mjs', 'json', 'xml', 'svg', 'txt', 'ics', 'webmanifest'] as const;

export const BROTLI_QUALITY = 9;
/** Bytes of text above which brotli drops to quality 5 (see above). */
export const BROTLI_MAX_INPUT = 32_000_000;

export interface Compressed {
  brotliQuality: number;
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

/**
 * Write file.gz and file.br beside every compressible file in dist/. One file
 * at a time, synchronously: zlib's asynchronous calls hand the work to its
 * thread pool in 16 KB chunks, which measured here at several times the CPU
 * time (most of it in the kernel) for the same bytes.
 */
export function compressDist(dist: string): Compressed {
  const files = compressibleFiles(dist);
  const input = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const quality = input <= BROTLI_MAX_INPUT ? BROTLI_QUALITY : 5;
  const totals: Compressed = { brotliQuality: quality, files: 0, bytes: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const data = readFileSync(file);
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        // A window no larger than the file: the default (16 MB) made every call allocate and zero
        // tables sized for it, measured here at 3.4 s of kernel time for 1 s of compressing.
        [constants.BROTLI_PARAM_LGWIN]: Math.max(16, Math.min(24, Math.ceil(Math.log2(data.length + 1)))),
      },
    });
    totals.files += 1;
    totals.bytes += data.length;
    totals.gzip += Math.min(gz.length, data.length);
    totals.brotli += Math.min(br.length, data.length);
    if (gz.length < data.length) writeFileSync(`${file}.gz`, gz);
    if (br.length < data.length) writeFileSync(`${file}.br`, br);
  }
  return totals;
}
