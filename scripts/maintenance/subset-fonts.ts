/**
 * Writes the site's self-hosted fonts to src/assets/fonts/: Source Serif 4 (from
 * @fontsource) cut down to the characters English text on this site uses, as
 * WOFF2. Run after upgrading @fontsource/source-serif-4 or when the site
 * starts to use a character outside the set below:
 *
 *   node scripts/maintenance/subset-fonts.ts
 *
 * The output is committed, so a build needs neither this script nor its
 * dependency. Characters outside the subset fall back to the next font in
 * the stack (see src/styles/fonts.css), never to a missing glyph.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import subsetFont from 'subset-font';

/**
 * Basic Latin and the few other characters the site's text uses (typographic
 * quotes and dashes, ellipsis, arrows, section sign, middle dot, no-break
 * space, é). Accented letters are left out on purpose: each pulls in composite
 * glyphs, and together they cost more than a quarter of the file; the rare
 * one falls back to the metric-matched fallback face.
 */
export const SUBSET_TEXT =
  Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('') + '\u00a0·§×°é–—‘’“”…•′″→←';

export const FONTS = [
  { from: 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', to: 'src/assets/fonts/source-serif-4-400.woff2' },
] as const;

mkdirSync('src/assets/fonts', { recursive: true });
for (const font of FONTS) {
  const out = await subsetFont(readFileSync(font.from), SUBSET_TEXT, { targetFormat: 'woff2' });
  writeFileSync(font.to, out);
  console.log(`${font.to}: ${out.length} bytes`);
}
