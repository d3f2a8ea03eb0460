import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const queries: [string, string][] = [['empty', ''], ['sanctons', 'sanctons'], ['kim', 'Kim Jong-un'], ['june', 'June 2018'], ['winter', 'winter 2018'], ['zero', 'xqzvwk']];
const only = process.argv[2];
for (const [w, h] of [[1280, 800], [375, 740]]) for (const scheme of ['light', 'dark'] as const) {
  const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
  const page = await context.newPage();
  for (const [name, q] of queries) {
    if (only && name !== only) continue;
    await page.goto(`http://127.0.0.1:4503/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
    if (q) await page.getByRole('status').filter({ hasText: /\w/ }).waitFor({ timeout: 30000 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/work/shots/search/${name}-${w}-${scheme}.png` });
  }
  await context.close();
}
await browser.close();
