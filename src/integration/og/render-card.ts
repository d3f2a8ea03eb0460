import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { SHARE_IMAGE } from '../../lib/share-image.ts';
import type { Card } from '../../lib/share-image.ts';
import { cardTree } from './template.ts';
import { loadFonts } from './fonts.ts';

/**
 * One card, satori → SVG → resvg → PNG. Kept apart from the cache and the
 * worker pool so a worker thread loads only what drawing needs.
 */
export async function cardSvg(card: Card, options: { textAsText?: boolean } = {}): Promise<string> {
  return satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE.width,
    height: SHARE_IMAGE.height,
    fonts: await loadFonts(),
    // Glyphs are drawn as paths for the PNG; tests ask for <text> to read what the laid-out card says.
    embedFont: !options.textAsText,
  });
}

export async function renderCard(card: Card): Promise<Buffer> {
  const png = new Resvg(await cardSvg(card), { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return Buffer.from(png);
}
