import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The idiom's own font, read from its files' character maps (cmap), not from
 * whatever fonts the machine running the tests happens to have: every face of
 * "Noto Serif SC Idiom" in src/styles/fonts.css holds a glyph for every code
 * point its unicode-range promises, and together they hold every Chinese
 * character the home page's idiom shows (src/components/home/Idiom.astro).
 */
const FAMILY = 'Noto Serif SC Idiom';
const css = readFileSync('src/styles/fonts.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const faces = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)]
  .map((m) => m[1]!)
  .filter((block) => block.includes(`"${FAMILY}"`))
  .map((block) => {
    const url = /url\("?\.\.\/assets\/fonts\/([^")]+)"?\)/.exec(block)?.[1] ?? '';
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1] ?? '';
    const points = range.split(',').flatMap((part) => {
      const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
      const low = parseInt(from!, 16);
      const high = parseInt(to ?? from!, 16);
      return Array.from({ length: high - low + 1 }, (_, i) => low + i);
    });
    const font = fontkit.openSync(join('src/assets/fonts', url));
    return { url, points, font };
  });

/** Every Han character in the idiom component's markup: what the page draws in this family. */
const shown = [...new Set(readFileSync('src/components/home/Idiom.astro', 'utf8').match(/\p{Script=Han}/gu) ?? [])];

describe(`the ${FAMILY} font`, () => {
  test('is declared with a file and a unicode-range for each face', () => {
    expect(faces.length).toBeGreaterThan(0);
    for (const face of faces) {
      expect(face.url).not.toBe('');
      expect(face.points.length).toBeGreaterThan(0);
    }
  });

  test('each face has a glyph for every code point its unicode-range promises', () => {
    const missing = faces.flatMap((face) => face.points.filter((cp) => !face.font.hasGlyphForCodePoint(cp)).map((cp) => `${face.url} lacks U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)}`));
    expect(missing).toEqual([]);
  });

  test('holds every character the idiom shows, each from the face whose range covers it', () => {
    expect(shown.join('')).toContain('唇亡齿寒');
    expect(shown).toContain('脣');
    const missing = shown.filter((c) => {
      const cp = c.codePointAt(0)!;
      const face = faces.find((f) => f.points.includes(cp));
      return !face || !face.font.hasGlyphForCodePoint(cp);
    });
    expect(missing, `characters with no glyph in ${FAMILY}; add them to IDIOM_TEXT in scripts/maintenance/subset-fonts.ts and rerun it`).toEqual([]);
  });
});
