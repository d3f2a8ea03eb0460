import { test, expect } from '@playwright/test';

/**
 * The idiom the site is named after is drawn in the site's own font: the
 * browser picks the site's "Noto Serif SC Idiom" faces for every one of its
 * characters and loads them from the site. This asks the browser which
 * @font-face rules it uses for the text (document.fonts.load), so it holds on
 * any machine, with or without a CJK font of its own; that the files really
 * hold the glyphs is read from their character maps in
 * tests/unit/idiom-font.test.ts.
 */
for (const [selector, text] of [
  ['.idiom-phrase [lang="zh-Hans"]', '唇亡齿寒'],
  ['.idiom-sources cite[lang="zh-Hant"]', '脣亡齒寒'],
] as const) {
  test(`the idiom ${text} is set in the site's own font, every character of it`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('response', (r) => {
      if (/noto-serif-sc-idiom.*\.woff2$/.test(new URL(r.url()).pathname) && r.ok()) fetched.push(r.url());
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.locator(selector)).toHaveText(text);
    const result = await page.locator(selector).evaluate(async (el, text) => {
      const family = getComputedStyle(el).fontFamily.split(',')[0]!.trim().replace(/^"|"$/g, '');
      const perChar = await Promise.all([...text].map(async (c) => {
        const faces = await document.fonts.load(`16px "${family}"`, c);
        return { c, faces: faces.filter((f) => f.status === 'loaded').length };
      }));
      return { family, perChar };
    }, text);
    expect(result.family).toBe('Noto Serif SC Idiom');
    expect(result.perChar.filter((p) => p.faces === 0).map((p) => p.c), 'characters no face of the site font covers').toEqual([]);
    expect(fetched.length, 'the idiom font files came from the site').toBeGreaterThan(0);
  });
}
