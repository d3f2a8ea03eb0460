import { test, expect, type Page } from '@playwright/test';

/**
 * The idiom the site is named after is drawn in the site's own subset of Noto
 * Serif SC, every glyph of it, so a reader without a CJK font (as on this
 * test machine) sees 唇亡齿寒 and not empty boxes. Chromium's DevTools
 * protocol reports which font drew each node's glyphs, and how many.
 */
async function fontsDrawing(page: Page, selector: string): Promise<{ familyName: string; isCustomFont: boolean; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  return fonts;
}

for (const [selector, text] of [
  ['.idiom-phrase [lang="zh-Hans"]', '唇亡齿寒'],
  ['.idiom-sources cite[lang="zh-Hant"]', '脣亡齒寒'],
] as const) {
  test(`the idiom ${text} is drawn whole by the site's own font`, async ({ page }) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.locator(selector)).toHaveText(text);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await fontsDrawing(page, selector);
    expect(fonts, `fonts drawing ${text}: ${JSON.stringify(fonts)}`).toEqual([
      expect.objectContaining({ isCustomFont: true, glyphCount: [...text].length }),
    ]);
  });
}
