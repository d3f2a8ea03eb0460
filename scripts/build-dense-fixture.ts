import { build } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Builds the dense chart's fixture site (tests/fixtures/dense-site/) into its
 * own dist/, for the browser tests of the dense path
 * (tests/e2e/timeline-dense.spec.ts). `npm test` runs it beside the site's
 * build; `npm run build` builds the site alone.
 */
const root = fileURLToPath(new URL('../tests/fixtures/dense-site/', import.meta.url));
const started = performance.now();
await build({ root, logLevel: 'info' });
console.log(`dense fixture built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${root}dist/`);
