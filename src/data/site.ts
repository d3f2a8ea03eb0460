import { readStore } from './store.ts';
import { joinSite, type Site } from './record.ts';

export type { ArticleEntry, AsOfChoices, Claim, Site, SiteEvent } from './record.ts';

/**
 * The site's data, joined once per build from the content store
 * (src/data/store.ts → src/data/record.ts) and shared by every page, feed,
 * export, search record and share card.
 */
let cached: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  cached ??= readStore().then(joinSite);
  return cached;
}
