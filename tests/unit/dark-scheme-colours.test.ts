import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Root } from 'postcss';
import { describe, expect, it } from 'vitest';

/**
 * The dark colour scheme changes colours and nothing else: every declaration
 * under `@media (prefers-color-scheme: dark)` sets a colour. That is what lets
 * the browser tests measure layout (sideways scroll on a slowed phone, the
 * first screen) in one scheme, and axe check only the colour rules in the
 * other: the markup and every box are the same in both.
 */
const COLOUR_PROPERTY = /^(color|background(-color)?|border(-(top|right|bottom|left))?-color|outline-color|fill|stroke|text-decoration-color|caret-color|accent-color|--[\w-]+)$/;
const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|color-mix)\(.*\)|var\(--[\w-]+\)|transparent|currentcolor|canvas|canvastext)$/i;

function stylesheets(dir: string): { file: string; css: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(css|astro)$/.test(entry.name))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      // An .astro file's CSS is what its <style> elements hold.
      const css = file.endsWith('.astro') ? [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') : text;
      return { file, css };
    });
}

/** "file: selector { property: value }" for each declaration in a dark-scheme block that is not a colour. */
function nonColourInDark(file: string, root: Root): string[] {
  const found: string[] = [];
  root.walkAtRules('media', (media) => {
    if (!/prefers-color-scheme:\s*dark/.test(media.params)) return;
    media.walkDecls((decl) => {
      const colour = COLOUR_PROPERTY.test(decl.prop) && COLOUR_VALUE.test(decl.value.trim());
      if (!colour) found.push(`${file}: ${decl.parent && 'selector' in decl.parent ? String(decl.parent.selector) : '?'} { ${decl.prop}: ${decl.value} }`);
    });
  });
  return found;
}

describe('the dark scheme', () => {
  const sheets = stylesheets('src').filter(({ css }) => css.includes('prefers-color-scheme'));

  it('is set somewhere (or this test would pass on nothing)', () => {
    expect(sheets.length).toBeGreaterThan(0);
  });

  it('sets only colours, so every box is the same in both schemes', () => {
    const problems = sheets.flatMap(({ file, css }) => nonColourInDark(file, postcss.parse(css)));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('is caught setting anything else', () => {
    const planted = postcss.parse('@media (prefers-color-scheme: dark) { :root { --bg: #000; } .x { padding: 2rem; border-color: #fff; } }');
    expect(nonColourInDark('planted.css', planted)).toEqual(['planted.css: .x { padding: 2rem }']);
  });
});
