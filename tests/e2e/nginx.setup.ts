import { test as setup, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nginxBinary, startNginx } from '../../scripts/serve-nginx.ts';
import { nginxPort } from './nginx-port.ts';

/**
 * Start nginx serving dist/ (through dist/_nginx.conf) for the nginx project;
 * nginx.teardown.ts stops it. First nginx itself checks the generated
 * configuration (`nginx -t`): a path in redirects.json that broke a directive
 * fails here, with nginx's own words, not as a server that will not start.
 */
setup('start nginx on the built site', async ({ request }) => {
  const served = startNginx(nginxPort, { detached: true });
  served.process.unref();
  const checked = spawnSync(nginxBinary(), ['-t', '-p', served.work, '-e', join(served.work, 'test.log'), '-c', served.config], { encoding: 'utf8' });
  const said = checked.stderr + readFileSync(join(served.work, 'test.log'), 'utf8');
  expect(said, 'nginx -t on the generated configuration').toContain('syntax is ok');
  expect(said).toContain('test is successful');
  expect(checked.status).toBe(0);
  const url = `http://127.0.0.1:${nginxPort}/`;
  for (let tries = 0; ; tries++) {
    const ok = await request.get(url, { timeout: 1000 }).then((r) => r.ok(), () => false);
    if (ok) break;
    if (tries > 50) throw new Error(`nginx did not answer on ${url}; see ${served.work}/error.log`);
    await new Promise((done) => setTimeout(done, 100));
  }
});
