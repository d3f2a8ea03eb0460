import type { CheckedContent } from '../../validate/check-content.ts';
import { authorLabel, outletLabel, publishedLabel } from '../../lib/attribution.ts';
import { formatRange } from '../../lib/calendar.ts';
import { shareImagePath } from '../../lib/share-image.ts';
import { shortenAtWord } from '../../lib/share-text.ts';
import { LANES } from '../../schemas/vocabulary.ts';

/**
 * What each share card says, as plain data. The cache key is a hash of this
 * (plus the template and fonts), so a card is re-rendered exactly when what
 * it shows changes.
 */
export interface Card {
  /** Site-relative path of the PNG ("/og/claims/x.png"). */
  path: string;
  /** Small line above: "Claim", "Event · China – North Korea". */
  eyebrow: string;
  /** The quote or title. */
  headline: string;
  /** Whether the headline is a quotation (set in quotes and serif). */
  quote: boolean;
  /** Attribution or date line. */
  byline: string;
  /** A second, quieter line: the piece's title, the place. */
  detail: string;
}

const QUOTE_MAX = 230;
const TITLE_MAX = 120;

export function cardsFromContent(content: CheckedContent): Card[] {
  const cards: Card[] = [
    {
      path: shareImagePath('home'),
      eyebrow: 'China and North Korea, 2017–2019',
      headline: 'Lips and Teeth',
      quote: false,
      byline: 'Two commentaries, read claim by claim',
      detail: 'Against a dated, sourced record of the Kim–Xi contacts',
    },
  ];
  for (const article of content.articles) {
    const data = article.data;
    const attribution = `${authorLabel(data)} · ${outletLabel(data)} · ${publishedLabel(data.published)}`;
    cards.push({
      path: shareImagePath('piece', article.slug),
      eyebrow: 'Piece',
      headline: shortenAtWord(data.title, TITLE_MAX),
      quote: false,
      byline: attribution,
      detail: shortenAtWord(data.dek ?? data.thesis, 140),
    });
    for (const claim of article.claims) {
      cards.push({
        path: shareImagePath('claim', claim.id),
        eyebrow: 'Claim',
        headline: shortenAtWord(claim.quote, QUOTE_MAX),
        quote: true,
        byline: attribution,
        detail: shortenAtWord(data.title, 90),
      });
    }
  }
  for (const { data: event } of content.events) {
    cards.push({
      path: shareImagePath('event', event.id),
      eyebrow: `Event · ${LANES[event.lane]}`,
      headline: shortenAtWord(event.title, TITLE_MAX),
      quote: false,
      byline: formatRange(event.start, event.end, event.precision),
      detail: shortenAtWord(event.place, 90),
    });
  }
  return cards;
}
