/**
 * Every piece page names its outlet with the address it ran at and says how
 * that is known, straight from the piece's frontmatter; a piece with no known
 * outlet says so instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { site } from './dist.ts';

interface Front {
  outlet: string | null;
  sourceUrl: string | null;
  sourceBasis?: string | null;
}

const pieces = readdirSync('content/articles')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(join('content/articles', f), 'utf8');
    return { slug: f.replace(/\.md$/, ''), front: parse(text.split(/^---$/m)[1] ?? '') as Front };
  });

/** Text as a page shows it: tags dropped, entities that matter decoded, spaces collapsed. */
const shown = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const escaped = (url: string) => url.replace(/&/g, '&amp;');

test.each(pieces)('$slug names its outlet, its address and how they are known', ({ slug, front }) => {
  const page = site().pages.get(`/articles/${slug}/index.html`);
  expect(page, `no page for ${slug}`).toBeDefined();
  const html = page!.html;
  if (front.outlet && front.sourceUrl) {
    expect(html).toContain(`href="${escaped(front.sourceUrl)}"`);
    expect(shown(html)).toContain(front.outlet);
    expect(front.sourceBasis, `${slug} names an outlet without sourceBasis`).toBeTruthy();
    expect(shown(html)).toContain(shown(front.sourceBasis!));
  } else {
    expect(shown(html)).toMatch(/Outlet Unknown/);
  }
});

test('the second piece is recorded as The Diplomat magazine’s, with its address', () => {
  const diplomat = pieces.find((p) => p.slug === 'china-doing-for-north-korea');
  expect(diplomat?.front.outlet).toMatch(/^The Diplomat/);
  expect(diplomat?.front.sourceUrl).toMatch(/^https:\/\/magazine-dev\.thediplomat\.com\/2019-02\//);
});
