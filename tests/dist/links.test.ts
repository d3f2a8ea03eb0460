/**
 * Every internal link and #anchor in the built site resolves: in pages
 * (attributes, srcset, meta tags, meta refresh, JSON-LD), in JSON data files
 * and in XML (sitemap, feed), including redirect targets. Each failure names
 * the file, where the link was found, and what is missing.
 */
import { expect, test } from 'vitest';
import { site } from './dist.ts';
import { linkProblem, stringsIn } from './lib/links.ts';

test('links and anchors in pages resolve', () => {
  const s = site();
  const problems: (string | null)[] = [];
  for (const { file, tags } of s.pages.values()) {
    for (const tag of tags) {
      for (const attr of ['href', 'src', 'action', 'poster', 'data']) {
        const value = tag.attrs.get(attr);
        if (value !== undefined) problems.push(linkProblem(s, file, value, `<${tag.name} ${attr}="${value}">`));
      }
      for (const candidate of (tag.attrs.get('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0]).filter(Boolean)) {
        problems.push(linkProblem(s, file, candidate!, `<${tag.name} srcset>`));
      }
      if (tag.name === 'meta') {
        const content = tag.attrs.get('content') ?? '';
        if (/^https?:\/\//.test(content)) problems.push(linkProblem(s, file, content, `<meta ${tag.attrs.get('property') ?? tag.attrs.get('name')}>`));
        const refresh = /url=(.+)$/i.exec(content);
        if (tag.attrs.get('http-equiv')?.toLowerCase() === 'refresh' && refresh) problems.push(linkProblem(s, file, refresh[1]!, '<meta refresh>'));
      }
      if (tag.name === 'script' && tag.attrs.get('type') === 'application/ld+json') {
        let data: unknown;
        try {
          data = JSON.parse(tag.body ?? '');
        } catch {
          problems.push(`${file}: JSON-LD is not valid JSON`);
          continue;
        }
        for (const url of stringsIn(data)) if (url.startsWith(s.origin)) problems.push(linkProblem(s, file, url, 'JSON-LD'));
      }
    }
  }
  expect(problems.filter(Boolean)).toEqual([]);
});

test('JSON data files are valid and their links to the site resolve', () => {
  const s = site();
  const problems: (string | null)[] = [];
  for (const file of s.files.filter((f) => f.endsWith('.json') && !f.startsWith('/pagefind/'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.read(file));
    } catch (error) {
      problems.push(`${file}: not valid JSON (${(error as Error).message})`);
      continue;
    }
    for (const value of stringsIn(data)) {
      const sitePath = value.startsWith(s.base) && /^\/[^\s]*$/.test(value) && value.length > 1;
      if (value.startsWith(s.origin) || sitePath) problems.push(linkProblem(s, file, value, 'JSON value'));
    }
  }
  expect(problems.filter(Boolean)).toEqual([]);
});

test('links to the site in XML files (sitemap, feeds) resolve', () => {
  const s = site();
  const problems: (string | null)[] = [];
  for (const file of s.files.filter((f) => /\.(xml|rss|atom)$/.test(f))) {
    for (const match of s.read(file).matchAll(/<(?:loc|link|guid|id)>\s*([^<\s]+)\s*<\/|href="([^"]+)"/g)) {
      const url = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&');
      if (url.startsWith(s.origin)) problems.push(linkProblem(s, file, url, 'XML link'));
    }
  }
  expect(problems.filter(Boolean)).toEqual([]);
});
