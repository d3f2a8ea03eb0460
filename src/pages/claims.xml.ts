import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getSite } from '../data/site.ts';
import { absolute, paths } from '../lib/urls.ts';
import { attributionLine } from '../lib/attribution.ts';
import { claimTitle } from '../lib/share-text.ts';

/**
 * An RSS feed of every claim: the quote as title, who said it where and when
 * and what it says as description. Items carry a date only when the piece has
 * an exact one (an inferred window is not a publication date).
 */
export const GET: APIRoute = async (context) => {
  const { claims } = await getSite();
  return rss({
    title: 'Lips and Teeth: claims',
    description: "Claims from two commentaries on China's diplomacy with North Korea, 2017–2019, each with its own page.",
    site: context.site ?? absolute(paths.home()),
    trailingSlash: true,
    items: claims.map((claim) => {
      const article = claim.article.data;
      const date = article.published.date;
      return {
        title: claimTitle(claim.quote, 140),
        link: absolute(paths.claim(claim.id)),
        description: `${attributionLine(article)} — ${claim.paraphrase}`,
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
        categories: claim.topics,
      };
    }),
    customData: '<language>en-gb</language>',
  });
};
