/**
 * claims.json against the pages: every claim it lists has all its fields,
 * its own page, and its anchor in its piece; and no piece is dated from the
 * stamp of the page it was scraped from.
 */
import { expect, test } from 'vitest';
import { site } from './dist.ts';

/** The dist file a site URL is served from ("/claims/x/" → "/claims/x/index.html"). */
function fileOf(url: string): string {
  const { base } = site();
  const path = new URL(url, 'http://site.invalid').pathname;
  const local = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return `/${local}${local === '' || local.endsWith('/') ? 'index.html' : ''}`;
}

test('claims.json lists claims, each with every field, a page and an anchor in its piece', () => {
  const { claims, files, pages } = site();
  expect(claims.length, 'claims.json lists no claims').toBeGreaterThan(0);
  const problems: string[] = [];
  for (const claim of claims) {
    for (const field of ['id', 'piece', 'quote', 'paraphrase', 'topics', 'events', 'url'] as const) {
      if (!(field in claim)) problems.push(`claims.json: ${claim.id} lacks "${field}"`);
    }
    const file = fileOf(claim.url);
    if (!files.includes(file)) problems.push(`claims.json: ${claim.id} → ${claim.url} has no page (${file})`);
    if (!pages.get(`/articles/${claim.piece}/index.html`)?.ids.has(claim.id)) problems.push(`claims.json: ${claim.id} has no anchor in /articles/${claim.piece}/`);
  }
  expect(problems).toEqual([]);
});

test('the Ching piece is dated March 2018, not from its page stamp (2020)', () => {
  // The piece's own date sits in its provenance; the record below it runs past 2020, so only the provenance is read.
  const ching = site().pages.get('/articles/ching-mend-ties/index.html')?.html ?? '';
  const provenance = /<dl class="[^"]*\bprovenance\b[\s\S]*?<\/dl>/.exec(ching)?.[0] ?? '';
  expect(provenance, 'the Ching piece has no provenance list').not.toBe('');
  expect(provenance, 'the Ching piece is dated 2020').not.toMatch(/datetime="2020|February 2020<\/time>/);
  expect(provenance, 'the Ching piece is not dated March 2018').toMatch(/datetime="2018-03/);
});
