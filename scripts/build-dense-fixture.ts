import { build } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * Builds the dense chart's fixture site (tests/fixtures/dense-site/) into its
 * own dist/, for the browser tests of the dense path
 * (tests/e2e/timeline-dense.spec.ts). `npm test` runs it beside the site's
 * build; `npm run build` builds the site alone.
 *
 * The benchmark builds the same pages at the bench corpus's scale, into a
 * folder of its own so the tests' build is left as it is:
 *   node scripts/build-dense-fixture.ts --events 10000 --out /tmp/dense-10000
 * (records.ts reads the count from DENSE_FIXTURE_EVENTS).
 */
const { values } = parseArgs({ options: { events: { type: 'string' }, out: { type: 'string' } } });
if ((values.events === undefined) !== (values.out === undefined)) {
  throw new Error('give --events and --out together: a fixture of another size must not overwrite the tests\' dist/');
}
if (values.events !== undefined) process.env['DENSE_FIXTURE_EVENTS'] = values.events;
const root = fileURLToPath(new URL('../tests/fixtures/dense-site/', import.meta.url));
const outDir = values.out !== undefined ? resolve(values.out) : `${root}dist/`;
const started = performance.now();
await build({ root, outDir, logLevel: 'info' });
console.log(`dense fixture${values.events ? ` (${values.events} events)` : ''} built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${outDir}`);
