/**
 * The permanent-link ledger (permalinks.json), against the built site in dist/.
 *
 *   npm run permalinks              check: every ledger URL resolves, every published URL is listed
 *   npm run permalinks -- --update  add the URLs the build publishes to the ledger (never removes any)
 *
 * Run after `npm run build`.
 */
import { existsSync } from 'node:fs';
import { checkLedger, LEDGER_FILE, publishedUrls, readLedger, updateLedger } from '../../src/integration/permalinks.ts';
import { readRedirects } from '../../src/integration/redirects.ts';

const root = process.cwd();
const dist = process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? 'dist';
if (!existsSync(dist)) {
  console.error(`No ${dist}/ to read; run npm run build first.`);
  process.exit(1);
}
const { redirects, problems } = readRedirects(root);

if (process.argv.includes('--update')) {
  const added = updateLedger(root, publishedUrls(dist, redirects));
  console.log(added.length === 0 ? `${LEDGER_FILE}: nothing new.` : `${LEDGER_FILE}: added ${added.length} URL(s):\n${added.map((u) => `  + ${u}`).join('\n')}\nCommit ${LEDGER_FILE}.`);
  process.exit(0);
}

const { broken, unlisted } = checkLedger(dist, readLedger(root), redirects);
const failures = [
  ...problems,
  ...broken,
  ...unlisted.map((url) => `${url} is published but not in ${LEDGER_FILE}; run \`npm run permalinks -- --update\` and commit ${LEDGER_FILE}`),
];
if (failures.length > 0) {
  console.error(`permalinks check failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`permalinks: all ${readLedger(root).length} ledger URLs resolve (${Object.keys(redirects).length} by redirect).`);
