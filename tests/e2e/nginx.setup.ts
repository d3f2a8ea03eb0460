import { test as setup } from '@playwright/test';
import { startNginx } from '../../scripts/serve-nginx.ts';
import { nginxPort } from './nginx-port.ts';

/** Start nginx serving dist/ (through dist/_nginx.conf) for the nginx project; nginx.teardown.ts stops it. */
setup('start nginx on the built site', async ({ request }) => {
  const served = startNginx(nginxPort, { detached: true });
  served.process.unref();
  const url = `http://127.0.0.1:${nginxPort}/`;
  for (let tries = 0; ; tries++) {
    const ok = await request.get(url, { timeout: 1000 }).then((r) => r.ok(), () => false);
    if (ok) break;
    if (tries > 50) throw new Error(`nginx did not answer on ${url}; see ${served.work}/error.log`);
    await new Promise((done) => setTimeout(done, 100));
  }
});
