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

// Listed in the order they start when a slot is free: the two builds first (the
// browser stage waits for both), then the browser stage, the longest, so it
// starts the moment they are done; the shorter stages fill the other slot.
export const STAGES: Stage[] = [
  { name: 'build', script: 'build', after: [], what: 'astro build of the site' },
  { name: 'fixture', script: 'build:fixture', after: [], what: 'astro build of the dense timeline fixture' },
  { name: 'e2e', script: 'test:e2e', after: ['build', 'fixture'], what: 'Playwright in Chromium (the browser stage)' },
  { name: 'unit', script: 'test:unit', after: [], what: 'vitest unit tests' },
  { name: 'check', script: 'check', after: [], what: 'astro check and eslint' },
  { name: 'dist', script: 'test:dist', after: ['build'], what: 'vitest over dist/' },
];
