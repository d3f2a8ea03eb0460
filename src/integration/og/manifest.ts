import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { CardManifest } from '../../lib/share-image.ts';
import { paths } from '../../lib/urls.ts';
import { fileInside } from '../inside.ts';

/**
 * The card manifest the page build wrote (src/pages/og/manifest.json.ts):
 * every card's text and the content ids redirects may point to, from the
 * same joined data as the pages. Read once after the build and removed, so
 * it is never published.
 */
export function takeCardManifest(dist: string): CardManifest {
  const file = fileInside(dist, paths.cardManifest());
  if (file === null || !existsSync(file)) {
    throw new Error(`the page build wrote no card manifest (${paths.cardManifest()} in dist/); src/pages/og/manifest.json.ts writes it`);
  }
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as CardManifest;
  rmSync(file);
  if (!Array.isArray(manifest.cards) || typeof manifest.ids !== 'object') {
    throw new Error(`the card manifest (${paths.cardManifest()}) is not { cards, ids }; src/pages/og/manifest.json.ts writes it`);
  }
  return manifest;
}
