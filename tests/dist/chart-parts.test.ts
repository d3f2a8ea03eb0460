/**
 * One chart layout per page: a timeline page's HTML carries the wide layout
 * and an empty box for the phone's, which is a page part of its own, fetched
 * only on narrow screens. The part must draw the same events as the page,
 * and every link in it must lead somewhere.
 */
import { describe, expect, test } from 'vitest';
import { site, type Page } from './dist.ts';

const { pages, parts, files, base } = site();

/** The timeline pages: every page with a chart's placeholder. */
const charted = [...pages.values()].filter((p) => p.tags.some((t) => t.name === 'svg' && (t.attrs.get('class') ?? '').split(' ').includes('tl-slot')));
const markIds = (p: Page) => p.tags.filter((t) => t.name === 'a' && (t.attrs.get('class') ?? '').split(' ').includes('tl-mark')).map((t) => t.attrs.get('data-id'));
const charts = (p: Page) => p.tags.filter((t) => t.name === 'svg' && (t.attrs.get('class') ?? '').split(' ').includes('tl-svg')).map((t) => t.attrs.get('data-orientation'));

test('the timeline and the record as of each piece carry a chart', () => {
  expect(charted.map((p) => p.url)).toContain(`${base}timeline/`);
  expect(charted.length).toBeGreaterThanOrEqual(3);
});

describe.each(charted.map((p) => [p.url, p] as const))('%s', (_url, page) => {
  const slot = page.tags.find((t) => t.name === 'svg' && (t.attrs.get('class') ?? '').includes('tl-slot'))!;
  const partUrl = slot.attrs.get('data-part') ?? '';
  const part = [...parts.values()].find((p) => p.url === partUrl);

  test('its HTML holds one layout, the wide one', () => {
    expect(charts(page)).toEqual(['wide']);
  });

  test('its phone layout is a part that draws the same events, preloaded on narrow screens only', () => {
    expect(part, `no part at ${partUrl}`).toBeDefined();
    expect(charts(part!)).toEqual(['narrow']);
    expect(markIds(part!)).toEqual(markIds(page));
    expect(markIds(page).length).toBeGreaterThan(0);
    const preload = page.tags.find((t) => t.name === 'link' && t.attrs.get('rel') === 'preload' && t.attrs.get('href') === partUrl);
    expect(preload?.attrs.get('media')).toBe('(max-width: 720px) and (scripting: enabled)');
    expect(preload?.attrs.get('as')).toBe('fetch');
  });

  test("the box kept for it has the phone layout's size", () => {
    // Attribute names are read lower-cased.
    const svg = part!.tags.find((t) => t.name === 'svg')!;
    const size = (tag: typeof svg) => ['viewbox', 'width', 'height'].map((name) => tag.attrs.get(name));
    expect(size(slot)).toEqual(size(svg));
    expect(size(slot).every(Boolean)).toBe(true);
  });
});

test('a part is markup only: no document, no head, and it is not a page', () => {
  expect(parts.size).toBeGreaterThanOrEqual(3);
  for (const part of parts.values()) {
    expect(part.html.trimStart().startsWith('<svg'), part.file).toBe(true);
    expect(part.tags.some((t) => ['html', 'head', 'body', 'script'].includes(t.name)), part.file).toBe(false);
  }
  const sitemap = files.filter((f) => f.startsWith('/sitemap')).map((f) => site().read(f)).join('');
  expect(sitemap).not.toContain('/parts/');
});
