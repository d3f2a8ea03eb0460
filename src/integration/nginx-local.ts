/**
 * A whole nginx configuration for serving dist/ on this machine, without
 * root: in the foreground, every file nginx writes (pid, logs, temp bodies)
 * in one writable folder, listening on 127.0.0.1 only. The site's own rules
 * come from dist/_nginx.conf, included exactly as a deployment would.
 * Used by `npm run serve:nginx` and the browser tests' nginx project.
 */
import { join } from 'node:path';
import { NGINX_FILE } from './nginx.ts';

export interface LocalNginx {
  /** Absolute path of the built site (dist/). */
  dist: string;
  /** Writable folder for the pid file, logs and temp files. */
  work: string;
  port: number;
  /** nginx's MIME types file (Debian: /etc/nginx/mime.types). */
  mimeTypes?: string;
  /**
   * The folder nginx serves as "/": dist/ itself, or (for a build with a
   * BASE_PATH) a folder holding dist/ under the base path's name.
   */
  root?: string;
}

export function localNginxConfig({ dist, work, port, mimeTypes = '/etc/nginx/mime.types', root = dist }: LocalNginx): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${join(work, `${name}_temp`)};`);
  return `# Local nginx for dist/ (generated; see src/integration/nginx-local.ts).
daemon off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'error.log')} warn;
events { worker_connections 64; }
http {
    include ${mimeTypes};
    default_type application/octet-stream;
    types { text/calendar ics; application/manifest+json webmanifest; }
    access_log ${join(work, 'access.log')};
${temp.join('\n')}
    sendfile on;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${root};
        include ${join(dist, NGINX_FILE)};
    }
}
`;
}
