import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The card fonts, read from the installed @fontsource packages (WOFF, which
 * satori reads; nothing is fetched). Latin and Latin Extended subsets, so
 * names with diacritics render too.
 */
export interface CardFont {
  name: 'Source Serif 4' | 'Inter';
  weight: 400 | 600 | 700;
  style: 'normal' | 'italic';
  data: Buffer;
}

const require = createRequire(import.meta.url);

const FILES: { name: CardFont['name']; pkg: string; prefix: string; weight: CardFont['weight']; style: CardFont['style'] }[] = [
  { name: 'Source Serif 4', pkg: '@fontsource/source-serif-4', prefix: 'source-serif-4', weight: 400, style: 'normal' },
  { name: 'Source Serif 4', pkg: '@fontsource/source-serif-4', prefix: 'source-serif-4', weight: 600, style: 'normal' },
  { name: 'Inter', pkg: '@fontsource/inter', prefix: 'inter', weight: 400, style: 'normal' },
  { name: 'Inter', pkg: '@fontsource/inter', prefix: 'inter', weight: 600, style: 'normal' },
];
const SUBSETS = ['latin', 'latin-ext'] as const;

function fontPath(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), 'files', file);
}

function fileList(): { font: (typeof FILES)[number]; path: string }[] {
  return FILES.flatMap((font) => SUBSETS.map((subset) => ({ font, path: fontPath(font.pkg, `${font.prefix}-${subset}-${font.weight}-${font.style}.woff`) })));
}

let loaded: Promise<CardFont[]> | undefined;

export function loadFonts(): Promise<CardFont[]> {
  loaded ??= Promise.all(
    fileList().map(async ({ font, path }) => ({ name: font.name, weight: font.weight, style: font.style, data: await readFile(path) })),
  );
  return loaded;
}

/** What identifies the fonts for the cache: file names and sizes. */
export async function fontsFingerprint(): Promise<string> {
  const parts = await Promise.all(fileList().map(async ({ path }) => `${path.slice(path.lastIndexOf('/') + 1)}:${(await stat(path)).size}`));
  return parts.join('|');
}
