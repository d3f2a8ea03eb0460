/**
 * html-validate, with the project's .htmlvalidate.json, finds no error on
 * any page. Each failure names the page, line, column, message and rule.
 */
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { site } from './dist.ts';

test('html-validate finds no error on any page', async () => {
  const s = site();
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const { file, html } of s.pages.values()) {
    const report = await validator.validateString(html, join(s.dir, file));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (html-validate ${m.ruleId})`);
      }
    }
  }
  expect(problems).toEqual([]);
}, 120_000);
