/**
 * A whole nginx configuration for serving dist/ on this machine, without
 * root: in the foreground, every file nginx writes (pid, logs, temp bodies)
 * in one writable folder, listening on 127.0.0.1 only. The site's own rules
 * come from dist/_nginx.conf, included exactly as a deployment would.
 * Used by `npm run serve:nginx` and the browser tests' nginx project.
 */
import { join } from 'node:path';
import { BROTLI_FILE, NGINX_FILE } from './nginx.ts';

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
  /**
   * ngx_brotli's static module (Debian: libnginx-mod-http-brotli-static, at
   * /usr/lib/nginx/modules/ngx_http_brotli_static_module.so). When given, it is
   * loaded and dist/_nginx-brotli.conf included after the site's snippet, so
   * browsers that accept brotli get the build's .br copies, as a deployment
   * with the module would send them; without it, the .gz copies.
   */
  brotliModule?: string | undefined;
}

/**
 * A file path as an nginx string: the work folder sits under the system's
 * temp folder and dist/ wherever the project is checked out, so either may
 * hold a space or a ";" that would end the directive unquoted.
 */
function path(value: string): string {
  if (/["$\\\r\n]/.test(value)) throw new Error(`nginx cannot be pointed at ${JSON.stringify(value)}: a quote, "$", backslash or line break in the path; move the project or temp folder to a plain path`);
  return `"${value}"`;
}

export function localNginxConfig({ dist, work, port, mimeTypes = '/etc/nginx/mime.types', root = dist, brotliModule }: LocalNginx): string {
  // load_module belongs to the main context, before events {}.
  const load = brotliModule === undefined ? '' : `load_module ${path(brotliModule)};\n`;
  const brotli = brotliModule === undefined ? '' : `\n        include ${path(join(dist, BROTLI_FILE))};`;
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${path(join(work, `${name}_temp`))};`);
  return `# Local nginx for dist/ (generated; see src/integration/nginx-local.ts).
${load}daemon off;
worker_processes 1;
pid ${path(join(work, 'nginx.pid'))};
error_log ${path(join(work, 'error.log'))} warn;
events { worker_connections 64; }
http {
    include ${path(mimeTypes)};
    default_type application/octet-stream;
    types { text/calendar ics; application/manifest+json webmanifest; }
    access_log ${path(join(work, 'access.log'))};
${temp.join('\n')}
    sendfile on;
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
        root ${path(root)};
        include ${path(join(dist, NGINX_FILE))};${brotli}
    }
}
`;
}
