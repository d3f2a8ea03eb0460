import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/**
 * Real bold and italic: every weight and style the site's CSS can ask of the
 * serif has a Source Serif 4 @font-face in src/styles/fonts.css whose file
 * really holds it (a weight axis spanning the declared range, an italic file
 * for the italic face), and font-synthesis is off, so the browser never draws
 * a fake bold or a slanted roman.
 *
 * What the CSS can ask: every font-weight and font-style in src/styles/ and in
 * the components' <style> blocks (longhand or in the `font` shorthand), except
 * in rules that set a non-serif family themselves, plus the browser's own
 * defaults (bold for headings, <strong>, <b>, <th>; italic for <em>, <i>,
 * <cite>). Styles nest (a <cite> inside a heading is italic 600), so each
 * weight is checked in each style.
 */
const FAMILY = 'Source Serif 4';
const strip = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const fontsCss = strip(readFileSync('src/styles/fonts.css', 'utf8'));

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/** The site's CSS: stylesheets and the <style> blocks of Astro components. */
const sheets: { file: string; css: string }[] = [
  ...filesUnder('src/styles', '.css').map((file) => ({ file, css: strip(readFileSync(file, 'utf8')) })),
  ...filesUnder('src', '.astro').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({ file, css: strip(m[1]!) })),
  ),
];

interface Face { style: 'normal' | 'italic'; min: number; max: number; url: string }

const faces: Face[] = [...fontsCss.matchAll(/@font-face\s*\{([^}]*)\}/g)]
  .map((m) => m[1]!)
  .filter((block) => new RegExp(`font-family:\\s*"${FAMILY}"`).test(block))
  .map((block) => {
    const style = /font-style:\s*(\w+)/.exec(block)?.[1] === 'italic' ? 'italic' : 'normal';
    const [min, max = min] = (/font-weight:\s*([\d\s]+);/.exec(block)?.[1] ?? '400').trim().split(/\s+/).map(Number) as [number, number?];
    const url = /url\("?\.\.\/assets\/fonts\/([^")]+)"?\)/.exec(block)?.[1] ?? '';
    return { style, min, max, url };
  });

const KEYWORD_WEIGHTS: Record<string, number> = { normal: 400, bold: 700 };

interface Use { weight?: number; italic?: boolean; where: string }

/** Weights and styles set by one rule's declarations, or why one cannot be read. */
function usesOf(selector: string, body: string, file: string): (Use | string)[] {
  const where = `${file}: ${selector.trim().replace(/\s+/g, ' ')}`;
  if (/@font-face/.test(selector)) return []; // declarations of faces, not uses
  const decl = (name: string) => [...body.matchAll(new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`, 'g'))].map((m) => m[1]!.trim());
  const family = [...decl('font-family'), ...decl('font')].join(' ');
  // A rule that names its own family outside the serif sets no serif text.
  if (/var\(--sans\)|monospace|var\(--mono\)|"Noto Serif SC Idiom"/.test(family) && !/var\(--serif\)/.test(family)) return [];
  const uses: (Use | string)[] = [];
  const weight = (value: string): Use | string => {
    if (/^\d+$/.test(value)) return { weight: Number(value), where };
    if (value in KEYWORD_WEIGHTS) return { weight: KEYWORD_WEIGHTS[value]!, where };
    if (value === 'inherit' || value === 'initial' || value === 'unset') return { where };
    return `${where}: font-weight ${value} cannot be matched to a face; use a number`;
  };
  for (const value of decl('font-weight')) uses.push(weight(value));
  for (const value of decl('font-style')) uses.push({ italic: /italic|oblique/.test(value), where });
  for (const value of decl('font')) {
    if (value === 'inherit') continue;
    const head = value.split(/\s(?=[\d.]+(?:rem|em|px|%))/)[0] ?? '';
    for (const word of head.split(/\s+/)) {
      if (/^\d{3}$/.test(word) || word === 'bold') uses.push(weight(word));
      if (word === 'italic' || word === 'oblique') uses.push({ italic: true, where });
    }
  }
  return uses;
}

const found = sheets.flatMap(({ file, css }) => [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap((m) => usesOf(m[1]!, m[2]!, file)));
const problems = found.filter((u): u is string => typeof u === 'string');
const uses = found.filter((u): u is Use => typeof u !== 'string');

/** Defaults of the browser's own stylesheet that the site's text relies on. */
const weights = new Set([400, 700, ...uses.flatMap((u) => (u.weight === undefined ? [] : [u.weight]))]);
const styles = new Set<Face['style']>(['normal', 'italic']);

describe(`the ${FAMILY} faces`, () => {
  test('the CSS names weights the faces can be matched to', () => {
    expect(problems).toEqual([]);
    expect(uses.some((u) => u.weight === 600)).toBe(true);
  });

  test('every weight the CSS uses has a face in each style, so nothing is synthesised', () => {
    const missing: string[] = [];
    for (const style of styles) {
      for (const weight of [...weights].sort((a, b) => a - b)) {
        if (!faces.some((f) => f.style === style && f.min <= weight && weight <= f.max)) {
          const by = uses.find((u) => u.weight === weight)?.where ?? 'the browser’s default';
          missing.push(`${style} ${weight} (${by}) has no @font-face for "${FAMILY}" in src/styles/fonts.css`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('each face’s file holds the weights and style its @font-face declares', () => {
    expect(faces.length).toBeGreaterThanOrEqual(2);
    for (const face of faces) {
      const font = fontkit.openSync(join('src/assets/fonts', face.url));
      const axis = font.variationAxes.wght;
      const range = axis ? [axis.min, axis.max] : [font['OS/2'].usWeightClass, font['OS/2'].usWeightClass];
      expect(range, `${face.url}: weight axis`).toEqual([face.min, face.max]);
      expect(font.italicAngle !== 0, `${face.url}: italic`).toBe(face.style === 'italic');
      const letters = [...'AaBbEeGgQqRrWwYyZz0123456789&§’“”—'];
      expect(letters.filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!)), face.url).toEqual([]);
    }
  });

  test('the page turns font synthesis off', () => {
    const body = /(?:^|\})\s*body\s*\{([^}]*)\}/.exec(strip(readFileSync('src/styles/global.css', 'utf8')))?.[1] ?? '';
    expect(body).toMatch(/font-synthesis:\s*none/);
  });
});
