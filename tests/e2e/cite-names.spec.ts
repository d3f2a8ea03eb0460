import { test, expect as baseExpect } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';

const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Reference managers and names in any script, as a reader meets them: the
 * citation downloads are plain links that work without JavaScript, and search
 * finds a person from their name in Hangul or Hanzi, their page first.
 */

test.describe('citation downloads without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/claims/china-card-a-bluff/', '/events/kim-visit-china-1/', '/articles/ching-mend-ties/']) {
    test(`${path} links a RIS and a CSL-JSON file that parse`, async ({ page, request }) => {
      await page.goto(path);
      // On claim and event pages the files sit under "Cite this …", folded: a reader opens it first.
      const link = page.locator('a[download$=".ris"]').first();
      if (!(await link.isVisible())) await link.locator('xpath=ancestor::details[1]/summary').click();
      const ris = page.getByRole('link', { name: 'RIS file' });
      const csl = page.getByRole('link', { name: 'CSL-JSON file' });
      await expect(ris).toHaveCount(1);
      const risBody = await (await request.get((await ris.getAttribute('href'))!)).text();
      const cslBody = await (await request.get((await csl.getAttribute('href'))!)).json();
      const fromRis = (await Cite.async(risBody)).data;
      const fromCsl = (await Cite.async(cslBody)).data;
      expect(fromRis).toHaveLength(1);
      expect(fromRis[0]!['title']).toBe(fromCsl[0]!['title']);
      // The page names itself for Zotero's connector too.
      await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', String(fromCsl[0]!['title']));
    });
  }
});

test.describe('search finds a person from a name in their own script', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const [query, id] of [['김정은', 'kim-jong-un'], ['习近平', 'xi-jinping'], ['Kim Chong Un', 'kim-jong-un']] as const) {
    test(`“${query}” lists /actors/${id}/ first`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      const first = page.locator('[data-search-groups] a').first();
      await expect(first).toHaveAttribute('href', new RegExp(`/actors/${id}/$`));
      await expect(first).toBeInViewport();
      // And the person's events follow: the word search ran on the English name.
      await expect(page.locator('[data-search-groups] a[href*="/events/"]').first()).toBeVisible();
    });
  }
});
