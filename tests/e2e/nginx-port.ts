/** The port nginx serves dist/ on in the browser tests: NGINX_PORT, else PORT + 10. */
export const nginxPort = Number(process.env['NGINX_PORT'] ?? Number(process.env['PORT'] ?? 4321) + 10);
