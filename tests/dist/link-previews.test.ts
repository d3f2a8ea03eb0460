/**
 * Every claim page has a full link preview and a 1200×630 share image: its
 * og:title is the quote, its description names author, publication and date,
 * and the image is a PNG of that size in dist/. Built with a public address,
 * canonical, og:url, og:image and twitter:image are absolute and agree; built
 * without one, they are left out rather than wrong (docs/deploy.md). Static
 * HTML and files, so read from dist/ rather than loaded in a browser.
 */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { site, type Page } from './dist.ts';
import { pngSize } from '../png-size.ts';

/** The content of the page's <meta> with this property or name, or undefined. */
function meta(page: Page, key: string): string | undefined {
  return page.tags.find((t) => t.name === 'meta' && (t.attrs.get('property') === key || t.attrs.get('name') === key))?.attrs.get('content');
}

const canonicalOf = (page: Page) => page.tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')?.attrs.get('href');
const isAbsolute = (url: string) => /^https?:\/\/[^/]+\//.test(url) && URL.canParse(url);

test('every claim page has a full link preview and a 1200×630 share image', () => {
  const { claims, pages, address, base, dir } = site();
  expect(claims.length).toBeGreaterThan(50);
  const problems = claims.flatMap((claim) => {
    const page = pages.get(`${claim.url.slice(base.length - 1)}index.html`);
    if (!page) return [`${claim.id}: no page at ${claim.url}`];
    const found: string[] = [];
    const canonical = canonicalOf(page);
    if (address) {
      if (!canonical || !isAbsolute(canonical) || new URL(canonical).pathname !== claim.url) found.push(`canonical ${canonical ?? 'missing'}`);
      if (meta(page, 'og:url') !== canonical) found.push(`og:url ${meta(page, 'og:url') ?? 'missing'} is not the canonical`);
      if (meta(page, 'twitter:card') !== 'summary_large_image') found.push('twitter:card is not summary_large_image');
      const image = meta(page, 'og:image') ?? '';
      if (!isAbsolute(image) || new URL(image).pathname !== `${base}og/claims/${claim.id}.png`) found.push(`og:image ${image || 'missing'} is not the claim's share image`);
      if (meta(page, 'twitter:image') !== image) found.push('twitter:image differs from og:image');
    } else if (canonical !== undefined || meta(page, 'og:url') !== undefined || meta(page, 'og:image') !== undefined) {
      found.push('a build without a public address names one (canonical, og:url or og:image)');
    }
    const title = meta(page, 'og:title') ?? '';
    if (!title.startsWith('“') || !claim.quote.replace(/\s+/g, ' ').includes(title.slice(1).replace(/…?”$/, ''))) found.push(`og:title ${title} is not the quote`);
    if (!/^.+, .+, .+ — .+/.test(meta(page, 'og:description') ?? '')) found.push(`og:description ${meta(page, 'og:description') ?? 'missing'}`);
    const card = join(dir, 'og', 'claims', `${claim.id}.png`);
    let size: ReturnType<typeof pngSize> = null;
    try {
      size = pngSize(card);
    } catch {
      found.push(`no share image at og/claims/${claim.id}.png`);
    }
    if (size && (size.width !== 1200 || size.height !== 630)) found.push(`share image is ${size.width}×${size.height}, not 1200×630`);
    return found.map((f) => `${claim.id}: ${f}`);
  });
  expect(problems, problems.join('\n')).toEqual([]);
});
