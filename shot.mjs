import { chromium } from '@playwright/test';
const [,, base, out, ...paths] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const p of paths) {
  for (const [w, h] of [[1280, 800], [375, 740]]) for (const scheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    await page.goto(base + p, { waitUntil: 'networkidle' });
    await page.waitForTimeout(800);
    const name = `${out}/${p.replace(/[^a-z0-9]+/gi, '_')}_${w}_${scheme}.png`;
    await page.screenshot({ path: name, fullPage: false });
    await ctx.close();
  }
}
await browser.close();
