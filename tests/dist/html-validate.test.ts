/**
 * html-validate, with the project's .htmlvalidate.json, finds no error on
 * any page. Each failure names the page, line, column, message and rule.
 * The pages are validated in worker threads, one per core
 * (tests/dist/lib/html-validate-pool.ts).
 */
import { expect, test } from 'vitest';
import { site } from './dist.ts';
import { validatePages } from './lib/html-validate-pool.ts';

test('html-validate finds no error on any page', async () => {
  const s = site();
  const files = [...s.pages.keys()];
  expect(files.length).toBeGreaterThan(0);
  const { problems, validated } = await validatePages(s.dir, files);
  expect(validated).toBe(files.length);
  expect(problems).toEqual([]);
}, 120_000);
