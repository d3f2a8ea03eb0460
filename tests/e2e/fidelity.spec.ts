import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The pieces are verbatim: every line of each seed that is not listed as
 * removed in the piece's frontmatter appears, whitespace normalised, as a
 * paragraph of the built reading page.
 */
const pieces = [
  { slug: 'ching-mend-ties', seed: 'tests/fixtures/seeds/000_bee51944c3d72afe.txt' },
  { slug: 'china-doing-for-north-korea', seed: 'tests/fixtures/seeds/004_570133218f8f3ebf.txt' },
];

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const { slug, seed } of pieces) {
  test(`every paragraph of the seed is in /articles/${slug}/`, async ({ page }) => {
    const source = readFileSync(`content/articles/${slug}.md`, 'utf8');
    const frontmatter = parse(source.split(/^---$/m)[1] ?? '') as { removed: { text: string }[] };
    const removed = frontmatter.removed.map((r) => normalise(r.text));
    const expected = readFileSync(seed, 'utf8')
      .split(/\r?\n/)
      .map(normalise)
      .filter((line) => line !== '');
    const body = expected.filter((line) => {
      const index = removed.indexOf(line);
      if (index === -1) return true;
      removed.splice(index, 1); // each removal accounts for one line only
      return false;
    });
    expect(removed, 'every removed line exists in the seed').toEqual([]);

    await page.goto(`/articles/${slug}/`);
    const paragraphs = await page.locator('.piece-body p').evaluateAll((nodes) =>
      nodes.map((p) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.claim-ref').forEach((ref) => ref.remove());
        return copy.textContent ?? '';
      }),
    );
    expect(paragraphs.map(normalise)).toEqual(body);
  });
}
