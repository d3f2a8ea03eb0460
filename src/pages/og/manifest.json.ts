import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { cardManifest } from '../../data/cards.ts';
import { jsonResponse } from '../../lib/json-response.ts';
import { BASE, SITE } from '../../lib/urls.ts';

/**
 * The share cards' text, written by the page build from the same joined data
 * as the pages; the build hook (src/integration/og/manifest.ts) draws the
 * cards from it and removes the file. A card prints the site's address only
 * when the build knows it.
 */
export const GET: APIRoute = async () => jsonResponse(cardManifest(await getSite(), { site: SITE, base: BASE, known: SITE !== undefined }), false);
