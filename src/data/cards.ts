import type { Site } from './record.ts';
import { authorLabel, outletLabel, publishedLabel } from '../lib/attribution.ts';
import { formatRange } from '../calendar/calendar.ts';
import { arcPlace } from '../lib/arc.ts';
import { cardAddress, type Card, type CardManifest, type CardOptions } from '../lib/share-image.ts';
import { firstSentence, sentenceBefore, shortenAtWord, shortenFromStart } from '../lib/share-text.ts';
import { paths } from '../lib/urls.ts';
import { LANES, STATUSES } from '../schemas/vocabulary.ts';

/**
 * Every share card's text, from the site's joined data: the same pieces,
 * claims and events the pages show. The page build writes them to the card
 * manifest (src/pages/og/manifest.json.ts), which the build hook draws after
 * (src/integration/og/).
 */

/** A quote shorter than this gets the sentence before it. */
export const SHORT_QUOTE = 60;
const LEAD_MAX = 130;
const TITLE_MAX = 160;
const SUMMARY_MAX = 84;
const DETAIL_MAX = 64;

export function cardsFromSite(site: Pick<Site, 'articles' | 'claims' | 'events'>, options: CardOptions = { site: undefined, base: '/' }): Card[] {
  const common = { lead: '', arc: null, site: cardAddress(options), verdict: null };
  const cards: Card[] = [
    {
      ...common,
      path: paths.shareImage('home'),
      kind: 'home',
      eyebrow: 'China and North Korea, 2017–2019',
      headline: 'Lips and Teeth',
      quote: false,
      byline: 'Two commentaries, read claim by claim',
      detail: 'Against a dated, sourced record of the Kim–Xi contacts',
    },
  ];
  for (const article of site.articles) {
    const data = article.data;
    const attribution = `${authorLabel(data)} · ${outletLabel(data)} · ${publishedLabel(data.published)}`;
    cards.push({
      ...common,
      path: paths.shareImage('piece', article.id),
      kind: 'piece',
      eyebrow: 'Piece',
      headline: shortenAtWord(data.title, TITLE_MAX),
      quote: false,
      byline: attribution,
      detail: shortenAtWord(data.dek ?? data.thesis, 140),
    });
    for (const claim of site.claims.filter((c) => c.piece === article.id)) {
      const lead = [...claim.quote].length < SHORT_QUOTE ? shortenFromStart(sentenceBefore(claim.paragraph, claim.quote), LEAD_MAX) : '';
      cards.push({
        ...common,
        path: paths.shareImage('claim', claim.id),
        kind: 'claim',
        eyebrow: 'Claim',
        lead,
        headline: claim.quote,
        quote: true,
        byline: attribution,
        detail: `From “${shortenAtWord(data.title, DETAIL_MAX - 7)}”`,
        verdict: { status: claim.record.status, label: STATUSES[claim.record.status], line: claim.record.line },
      });
    }
  }
  for (const event of site.events) {
    cards.push({
      ...common,
      path: paths.shareImage('event', event.id),
      kind: 'event',
      eyebrow: `Event · ${LANES[event.lane]}`,
      headline: shortenAtWord(event.title, TITLE_MAX),
      quote: false,
      byline: `${formatRange(event.start, event.end, event.precision)} · ${event.place}`,
      detail: shortenAtWord(firstSentence(event.summary), SUMMARY_MAX),
      arc: arcPlace(event.start, event.end),
    });
  }
  return cards;
}

/** The card manifest of this build (see `CardManifest`). */
export function cardManifest(site: Pick<Site, 'articles' | 'claims' | 'events' | 'everyone'>, options: CardOptions): CardManifest {
  return {
    cards: cardsFromSite(site, options),
    ids: {
      claim: site.claims.map((c) => c.id),
      event: site.events.map((e) => e.id),
      piece: site.articles.map((a) => a.id),
      actor: site.everyone.map((a) => a.id),
    },
  };
}
