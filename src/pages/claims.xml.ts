import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getSite } from '../data/site.ts';
import { absolute, href, paths, SITE } from '../lib/urls.ts';
import { attributionLine } from '../lib/attribution.ts';
import { claimTitle } from '../lib/share-text.ts';
import { feedDate } from '../lib/feed-date.ts';
import { STATUSES } from '../schemas/vocabulary.ts';

/**
 * An RSS feed of every claim: the quote as title, who said it where and when
 * and what the record shows (status and line) as description. Every item is dated: an undated piece by
 * the last day of its inferred window, said so in the item (see feedDate).
 * The feed names its own address (atom:link rel="self"), as validators ask.
 *
 * A build with no public address still writes the feed, with links relative
 * to the site's root (feed readers resolve them against the feed's own URL):
 * @astrojs/rss insists on an absolute site, so it is given a placeholder
 * origin under the reserved .invalid domain, taken out again before the feed
 * is written. Nothing names a made-up host.
 */
const PLACEHOLDER = 'https://no-public-address.invalid';

export const GET: APIRoute = async (context) => {
  const { claims } = await getSite();
  const self = absolute(paths.claimsFeed());
  const feed = await rss({
    title: 'Lips and Teeth: claims',
    description: "Claims from two commentaries on China's diplomacy with North Korea, 2017–2019, each with its own page.",
    site: context.site ?? new URL(href(paths.home()), PLACEHOLDER).href,
    trailingSlash: true,
    items: claims.map((claim) => {
      const article = claim.article.data;
      const { date, note } = feedDate(article.published);
      return {
        title: claimTitle(claim.quote, 140),
        link: absolute(paths.claim(claim.id)),
        description: `${attributionLine(article)}${note ? ` (${note})` : ''}. ${STATUSES[claim.record.status]}: ${claim.record.line}`,
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
        categories: claim.topics,
      };
    }),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
  if (SITE) return feed;
  return new Response((await feed.text()).replaceAll(PLACEHOLDER, ''), { headers: feed.headers });
};
