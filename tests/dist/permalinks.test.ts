/**
 * The permanent-link ledger (permalinks.json) against the build: every URL
 * in it still resolves, as a page or a redirect declared in redirects.json,
 * and every URL the build publishes is in it.
 */
import { expect, test } from 'vitest';
import { checkLedger, LEDGER_FILE, readLedger } from '../../src/integration/permalinks.ts';
import { readRedirects } from '../../src/integration/redirects.ts';
import { site } from './dist.ts';

test('redirects.json is well-formed and every listed URL still resolves', () => {
  const { redirects, problems } = readRedirects(process.cwd());
  const ledger = readLedger(process.cwd());
  expect(ledger.length).toBeGreaterThan(0);
  expect([...problems, ...checkLedger(site().dir, ledger, redirects, { sitemap: site().address !== undefined }).broken]).toEqual([]);
});

test(`every published URL is in ${LEDGER_FILE}`, () => {
  const { redirects } = readRedirects(process.cwd());
  const { unlisted } = checkLedger(site().dir, readLedger(process.cwd()), redirects);
  expect(unlisted.map((url) => `${url} is published but not in ${LEDGER_FILE}; run \`npm run permalinks -- --update\` and commit ${LEDGER_FILE}`)).toEqual([]);
});
