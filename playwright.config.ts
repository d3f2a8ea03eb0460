import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/chromium.ts';
import { nginxPort } from './tests/e2e/nginx-port.ts';

/**
 * Browser tests run against the built site (dist/), served by `astro preview`
 * (project "preview"), and through nginx with the build's dist/_nginx.conf
 * (project "nginx": tests/e2e/nginx*.spec.ts; nginx.setup.ts starts nginx on
 * NGINX_PORT, default PORT + 10, and nginx.teardown.ts stops it).
 * They need a Chromium: CHROMIUM_PATH if set, else the first of
 * /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome found.
 * Two workers per core (at most eight): part of every test is waiting (the
 * network settling, timers, a throttled CPU's pauses), which a second worker
 * per core fills; the stage as a whole is still bound by the CPU on a small
 * machine, so the way to a faster stage is fewer browser-seconds.
 * No retries: a test that fails once is a failure, and a flaky one gets its
 * wait fixed, not a second chance.
 */
const port = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: Math.min(8, 2 * availableParallelism()),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-logs/e2e.json' }]],
  // A limit for a test that hangs, not a speed target (speed is the bench's): on a
  // busy two-core machine the timeline's geometry checks take up to 35 s.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'preview', testIgnore: /nginx/ },
    { name: 'nginx-setup', testMatch: /nginx\.setup\.ts$/, teardown: 'nginx-teardown' },
    { name: 'nginx-teardown', testMatch: /nginx\.teardown\.ts$/ },
    { name: 'nginx', testMatch: /nginx.*\.spec\.ts$/, dependencies: ['nginx-setup'], use: { baseURL: `http://127.0.0.1:${nginxPort}` } },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
