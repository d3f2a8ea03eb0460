/**
 * Writes the site's self-hosted fonts to src/assets/fonts/: Source Serif 4
 * upright and italic (from @fontsource-variable, each cut to weights 400–700,
 * the range the site's CSS uses, and to the characters English text on this
 * site uses), and Noto Serif SC cut down to the idiom the site is named after,
 * as WOFF2. Run after upgrading a font or when the site starts to use a
 * character or a weight outside the sets below:
 *
 *   npm install --no-save @fontsource-variable/source-serif-4@5 @fontsource/noto-serif-sc@5
 *   node scripts/maintenance/subset-fonts.ts
 *
 * Neither package is a dependency: the variable serif is needed only here, and
 * Noto Serif SC's package is about 86 MB for the six glyphs the site draws, so
 * both are installed for the run only (without one, the script says so and
 * leaves the committed files as they are).
 *
 * Why variable files: one upright file spanning 400–700 (about 20 KB) is
 * smaller than separate regular and semibold files (about 23 KB) and draws
 * every weight the CSS asks for (400, 600, 650, 700) as designed, so nothing
 * is synthesised. The optical-size axis is not in these files; the weight axis
 * is cut to 400–700, which is what the CSS uses (tests/unit/serif-faces.test.ts).
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

/** The serif's weight range, as declared for both faces in src/styles/fonts.css. */
export const SERIF_WEIGHTS = { min: 400, max: 700 } as const;

/**
 * OpenType features kept in the serif: kerning, the standard ligatures and the
 * mark features é needs. The rest (small caps, old-style and tabular figures,
 * superiors, alternates) is never turned on by the CSS, and its glyphs would
 * be a fifth of each file.
 */
export const SERIF_FEATURES = ['kern', 'liga', 'ccmp', 'mark', 'mkmk'];

export const FONTS = [
  {
    from: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    to: 'src/assets/fonts/source-serif-4-upright.woff2',
    text: SUBSET_TEXT,
    options: { keepFeatures: SERIF_FEATURES, variationAxes: { wght: SERIF_WEIGHTS } },
    installForTheRun: '@fontsource-variable/source-serif-4@5',
  },
  {
    from: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
    to: 'src/assets/fonts/source-serif-4-italic.woff2',
    text: SUBSET_TEXT,
    options: { keepFeatures: SERIF_FEATURES, variationAxes: { wght: SERIF_WEIGHTS } },
    installForTheRun: '@fontsource-variable/source-serif-4@5',
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
  const options = 'options' in font ? font.options : {};
  const out = await subsetFont(readFileSync(font.from), font.text, { targetFormat: 'woff2', ...options });
  writeFileSync(font.to, out);
  console.log(`${font.to}: ${out.length} bytes`);
}
