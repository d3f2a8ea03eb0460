import { defineConfig } from 'vitest/config';
import unit from './vitest.config.ts';

/**
 * The unit tests as Stryker runs them (stryker.config.json), less two things
 * its sandbox cannot hold:
 * - the real Astro builds (`*.build.test.ts`): each takes seconds and would run
 *   again for every mutant they cover; the pure tests pin the code they call;
 * - the bad-content case of a symlinked content file: Stryker copies the
 *   project into its sandbox, and the copy of a symbolic link is a plain file,
 *   so the case no longer holds what it tests (check-content.test.ts makes its
 *   own link at run time, and that test still runs).
 * - the Container API project ("astro", `*.astro.test.ts`): it renders .astro
 *   components under Astro's own Vite config (a config function, not an
 *   object to extend); the code it draws with is pinned by the pure tests.
 * Instrumented code runs slower, and two runs may share the machine: tests get
 * a minute, as a timeout here would stop the run, not kill a mutant.
 *
 * MUTATION_TESTS=<glob>[,<glob>…] runs only those test files (pure ones, as
 * one project without isolation): a file's own tests, for a quick score while
 * writing them. Fewer tests kill fewer
 * mutants, so that score is a floor of the whole suite's.
 */
type Project = { test?: Record<string, unknown> & { include?: string[]; exclude?: string[] } };
const projects = ((unit.test?.projects ?? []) as unknown[]).filter((p): p is Required<Project> => typeof p === 'object' && p !== null && 'test' in p);
const only = process.env['MUTATION_TESTS']?.split(',').map((g) => g.trim()).filter(Boolean);

export default defineConfig({
  test: {
    // Stryker selects the tests each mutant needs by name too: the pattern is
    // set only for whole-suite runs, where bad-content.test.ts is among them.
    ...(only?.length ? {} : { testNamePattern: /^(?!bad content: symlinked-content-file\b)/ }),
    projects: only?.length
      ? [{ test: { name: 'pure', include: only, isolate: false, testTimeout: 60_000 } }]
      : projects.map((project) => ({
          test: {
            ...project.test,
            exclude: [...(project.test.exclude ?? []), 'tests/unit/**/*.build.test.ts'],
            testTimeout: 60_000,
          },
        })),
  },
});
