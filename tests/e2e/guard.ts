import type { Page } from '@playwright/test';

/**
 * Watches a page for what must never happen: a CSP violation, a console
 * error, an uncaught exception, a dialog, a request to another origin.
 * Install before navigating; read `problems()` after.
 */
export async function guard(page: Page, origin: string) {
  const found: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const w = window as unknown as { __violations?: string[] };
      (w.__violations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') found.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => found.push(`uncaught: ${error.message}`));
  page.on('dialog', (dialog) => {
    found.push(`dialog opened: ${dialog.type()} "${dialog.message()}"`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && url.origin !== origin) found.push(`request to another origin: ${request.url()}`);
  });
  return {
    async problems(): Promise<string[]> {
      const violations = await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
      return [...found, ...violations.map((v) => `CSP violation: ${v}`)];
    },
  };
}
