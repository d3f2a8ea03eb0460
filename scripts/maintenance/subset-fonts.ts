/**
 * Writes the site's self-hosted fonts to src/assets/fonts/: Source Serif 4 (from
 * @fontsource) cut down to the characters English text on this site uses, and
 * Noto Serif SC cut down to the idiom the site is named after, as WOFF2. Run
 * after upgrading a font or when the site starts to use a character outside
 * the sets below:
 *
 *   npm install --no-save @fontsource/noto-serif-sc@5
 *   node scripts/maintenance/subset-fonts.ts
 *
 * Noto Serif SC is not a dependency: its package is about 86 MB for the six
 * glyphs the site draws, so it is installed for the run only (without it the
 * script says so and leaves the committed idiom font as it is).
 *
 * The output is committed, so a build needs neither this script nor its
 * dependency. Characters outside the subset fall back to the next font in
 * the stack (see src/styles/fonts.css), never to a missing glyph.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
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

/**
 * 唇亡齿寒 on the home page and its traditional form 脣亡齒寒 in the title of
 * its Wiktionary source. Without a font of its own the idiom would depend on
 * the reader's system having a CJK font; where none is installed it shows as
 * empty boxes.
 */
export const IDIOM_TEXT = '唇亡齿寒脣齒';

/**
 * @fontsource splits Noto Serif SC by unicode range: the simplified-Chinese
 * file holds five of the six, but 脣 (U+8123, the traditional form) is in
 * numbered file 43. Each is cut to what it holds and declared under one family
 * in src/styles/fonts.css, each with its own unicode-range, so the browser
 * draws every glyph of the idiom from the site's font.
 * tests/unit/idiom-font.test.ts reads both files' character maps.
 */
export const IDIOM_TEXT_RARE = '脣';

export const FONTS = [
  {
    from: 'node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
    to: 'src/assets/fonts/source-serif-4-400.woff2',
    text: SUBSET_TEXT,
  },
  {
    from: 'node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-400-normal.woff2',
    to: 'src/assets/fonts/noto-serif-sc-idiom.woff2',
    text: [...IDIOM_TEXT].filter((c) => !IDIOM_TEXT_RARE.includes(c)).join(''),
    installForTheRun: '@fontsource/noto-serif-sc@5',
  },
  {
    from: 'node_modules/@fontsource/noto-serif-sc/files/noto-serif-sc-43-400-normal.woff2',
    to: 'src/assets/fonts/noto-serif-sc-idiom-rare.woff2',
    text: IDIOM_TEXT_RARE,
    installForTheRun: '@fontsource/noto-serif-sc@5',
  },
] as const;

mkdirSync('src/assets/fonts', { recursive: true });
for (const font of FONTS) {
  if ('installForTheRun' in font && !existsSync(font.from)) {
    console.log(`${font.to}: kept as committed; to remake it, run npm install --no-save ${font.installForTheRun} first`);
    continue;
  }
  const out = await subsetFont(readFileSync(font.from), font.text, { targetFormat: 'woff2' });
  writeFileSync(font.to, out);
  console.log(`${font.to}: ${out.length} bytes`);
}
