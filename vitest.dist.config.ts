import { defineConfig } from 'vitest/config';

/**
 * Tests over the built site (tests/dist/), run by `npm run test:dist` after
 * `npm run build`. One worker and a shared module cache, so dist/ is read and
 * every page parsed once (tests/dist/dist.ts) for all the test files.
 */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    isolate: false,
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
