/**
 * One worker of tests/dist/lib/html-validate-pool.ts: validates the pages it
 * is given (paths inside the built site) with the project's
 * .htmlvalidate.json and posts back one line per error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const { dir, files } = workerData as { dir: string; files: string[] };
const validator = new HtmlValidate(new FileSystemConfigLoader());
const problems: string[] = [];
for (const file of files) {
  const report = await validator.validateFile(join(dir, file));
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity === 2) problems.push(`${file}:${m.line}:${m.column}: ${m.message} (html-validate ${m.ruleId})`);
    }
  }
}
parentPort?.postMessage({ problems, validated: files.length });
