import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/**
 * When the browser refuses the clipboard (the reader denied the permission),
 * every copy button says it could not copy and leaves the link where the
 * reader can copy it by hand.
 */

interface ClaimRow { id: string; piece: string; url: string }
const claims = JSON.parse(readFileSync('dist/claims.json', 'utf8')) as ClaimRow[];
const claim = claims.find((c) => c.piece === 'ching-mend-ties')!;

/** Deny clipboard writes for the site, as a reader's browser settings would. */
async function denyClipboard(context: BrowserContext, page: Page, baseURL: string): Promise<void> {
  await page.goto('/');
  const cdp = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const browserContextId = targetInfos.find((t) => t.type === 'page' && t.url === page.url())?.browserContextId;
  const origin = new URL(baseURL).origin;
  for (const name of ['clipboard-write', 'clipboard-read']) {
    await cdp.send('Browser.setPermission', { permission: { name }, setting: 'denied', origin, ...(browserContextId ? { browserContextId } : {}) });
  }
  // The override lasts while this session is open: it is left attached until the browser closes.
  const state = await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-write' as PermissionName })).state);
  expect(state).toBe('denied');
}

test.beforeEach(async ({ context, page, baseURL }) => {
  await denyClipboard(context, page, baseURL!);
});

test('Copy link on a claim page says it could not copy and selects the link to copy by hand', async ({ page }) => {
  await page.goto(claim.url);
  // The link handed out is the page's own address where it is served, not the build's SITE_URL.
  const canonical = (await page.evaluate(() => document.querySelector('link[rel="canonical"]')?.getAttribute('href'))) ?? claim.url;
  const served = new URL(new URL(canonical, page.url()).pathname, page.url()).href;
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toHaveText('Could not copy. The link is selected above: press Ctrl+C or ⌘C.');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(served);
});

test('a citation’s copy button says it could not copy', async ({ page }) => {
  await page.goto(claim.url);
  await page.getByText('Cite this claim', { exact: true }).click();
  const copy = page.locator('[data-copy-cite]').first();
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Could not copy' })).toHaveText('Could not copy; select the citation text and copy it.');
});

test('on the reading page, a passage link that cannot be copied is shown below instead', async ({ page }) => {
  await page.goto(`/articles/${claim.piece}/`);
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('.piece-body p')].find((el) => !el.querySelector('mark'))!;
    const node = p.firstChild!;
    p.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, Math.min(30, node.textContent!.length));
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  const bar = page.getByRole('group', { name: 'Link to the selected passage' });
  await bar.getByRole('button', { name: 'Link to this passage' }).click();
  await expect(bar.getByRole('status')).toHaveText('Could not copy; the link is shown below.');
  const link = bar.locator('[data-passage-url]');
  await expect(link).toBeVisible();
  expect(await link.getAttribute('href')).toContain('#:~:text=');
  expect(await link.textContent()).toBe(await link.getAttribute('href'));
});
