import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/**
 * Unit tests (tests/unit/), in two projects; `npm run test:unit` runs both.
 * - "pure": every test file, sharing one module cache per worker (no
 *   per-file isolation): they import functions and check what comes back,
 *   and change nothing another file could see.
 * - "isolated": files named `*.isolated.test.ts` (they mock modules, stub
 *   globals or the environment, or fake timers) and `*.build.test.ts` (they
 *   run Astro's build in-process, which sets up Vite and process-wide state).
 * - "astro": files named `*.astro.test.ts`, which render .astro components
 *   with Astro's Container API (they need Astro's Vite plugin, so they run
 *   under the site's own Vite config).
 * New files join a project by their name alone; tests/unit/isolation.test.ts
 * fails when a file in "pure" does what only "isolated" may do.
 * docs/quality.md says which files are where, and why.
 */
const ISOLATED = ['tests/unit/**/*.isolated.test.ts', 'tests/unit/**/*.build.test.ts'];
const ASTRO = ['tests/unit/**/*.astro.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'pure',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...ISOLATED, ...ASTRO],
          isolate: false,
        },
      },
      {
        test: {
          name: 'isolated',
          include: ISOLATED,
          isolate: true,
          testTimeout: 120_000,
        },
      },
      getViteConfig({ test: { name: 'astro', include: ASTRO, isolate: true, testTimeout: 60_000 } }),
    ],
  },
});
