/**
 * The search rows of the benchmark on their own, against a built dist/:
 *   node scripts/bench/search-run.ts [dist]
 * Writes the peer page into dist, serves it with astro preview on a free
 * port, measures both sides cold and prints the comparison.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { freePort, startPreview } from './process.ts';
import { launch } from './browser.ts';
import { distinctiveWord } from './search-probe.ts';
import { benchSearch, printSearchBench, writePeerPage } from './search.ts';

const root = resolve(import.meta.dirname, '..', '..');
const dist = resolve(root, process.argv[2] ?? 'dist');
writePeerPage(dist);
const port = await freePort();
const site = await startPreview(root, dist, port);
const browser = await launch();
try {
  const claims = JSON.parse(readFileSync(resolve(dist, 'claims.json'), 'utf8')) as { quote: string }[];
  const out = await benchSearch({ baseUrl: site.url, browser, dateQuery: 'June 2018', wordQuery: distinctiveWord(claims.map((c) => c.quote)) });
  printSearchBench(out);
} finally {
  await browser.close();
  site.stop();
}
