import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/chromium.ts';

/**
 * Browser tests run against the built site (dist/), served by `astro preview`.
 * They need a Chromium: CHROMIUM_PATH if set, else the first of
 * /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome found.
 */
const port = Number(process.env['PORT'] ?? 4321);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  reporter: [['list']],
  timeout: 30_000,
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
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
