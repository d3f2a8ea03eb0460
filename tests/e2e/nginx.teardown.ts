import { test as teardown } from '@playwright/test';
import { stopNginx } from '../../scripts/serve-nginx.ts';
import { nginxPort } from './nginx-port.ts';

teardown('stop nginx', () => {
  stopNginx(nginxPort);
});
