/**
 * The stages of `npm test` (scripts/test.ts), each an npm script, with the
 * stages it waits for. The benchmark (`npm run bench -- --suite`) times the
 * same list, so a stage added here is run and measured by both.
 */
export interface Stage {
  name: string;
  script: string;
  after: string[];
  /** What the stage proves, in a few words (the benchmark's row). */
  what: string;
}

export const STAGES: Stage[] = [
  { name: 'build', script: 'build', after: [], what: 'astro build of the site' },
  { name: 'fixture', script: 'build:fixture', after: [], what: 'astro build of the dense timeline fixture' },
  { name: 'unit', script: 'test:unit', after: [], what: 'vitest unit tests' },
  { name: 'check', script: 'check', after: [], what: 'astro check and eslint' },
  { name: 'dist', script: 'test:dist', after: ['build'], what: 'vitest over dist/' },
  { name: 'e2e', script: 'test:e2e', after: ['build', 'fixture'], what: 'Playwright in Chromium (the browser stage)' },
];
