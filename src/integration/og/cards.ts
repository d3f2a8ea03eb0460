import type { CheckedContent } from '../../validate/check-content.ts';
import { authorLabel, outletLabel, publishedLabel } from '../../lib/attribution.ts';
import { formatRange } from '../../calendar/calendar.ts';
import { arcPlace, type ArcPlace } from '../../lib/arc.ts';
import { shareImagePath, siteAddress, type CardKind } from '../../lib/share-image.ts';
import { firstSentence, sentenceBefore, shortenAtWord, shortenFromStart } from '../../lib/share-text.ts';
import { LANES, STATUSES } from '../../schemas/vocabulary.ts';

/**
 * What each share card says, as plain data. The cache key is a hash of this
 * (plus the template and fonts), so a card is re-rendered exactly when what
 * it shows changes. A card carries its context: a claim says who wrote it,
 * where and when (and, when the quote alone is short, the sentence before
 * it); an event says when, where and what happened, and where it sits on
 * 2017–2019. A claim's card also carries the check: its status and the
 * record's one line. A card prints the site's address only when the build
 * knows it (SITE_URL set, and not a local address); otherwise it names the
 * site alone.
 */
export interface Card {
  /** Site-relative path of the PNG ("/og/claims/x.png"). */
  path: string;
  kind: CardKind;
  /** Small line above: "Claim", "Event · China – North Korea". */
  eyebrow: string;
  /** The sentence leading into a short quote (empty when none is needed or there is none). */
  lead: string;
  /** The quote or title, whole: the template fits it by type size. */
  headline: string;
  /** Whether the headline is a quotation (set in quotes and serif). */
  quote: boolean;
  /** Attribution ("Author · Outlet · date") or "date · place". */
  byline: string;
  /** A second, quieter line: the piece's title, the event's one-line summary. */
  detail: string;
  /** Events: where the event sits on the 2017–2019 arc. */
  arc: ArcPlace | null;
  /** Claims: what the record shows, the status's label and the record line. */
  verdict: { status: string; label: string; line: string } | null;
  /** The site's address, as a reader would type it; null when the build does not know it. */
  site: string | null;
}

/** A quote shorter than this gets the sentence before it. */
export const SHORT_QUOTE = 60;
const LEAD_MAX = 130;
const TITLE_MAX = 160;
const SUMMARY_MAX = 84;
const DETAIL_MAX = 64;

export interface CardOptions {
  /** The site's public URL (src/lib/site-address.ts), or undefined when the build has none. */
  site: string | undefined;
  /** The base path the site lives under. */
  base: string;
  /** False when the build found no public address, so `site` is only a local default. */
  known?: boolean;
}

/** The address to print, or null: never one the build only assumed, never a local one. */
export function cardAddress(options: CardOptions): string | null {
  if (options.known === false || options.site === undefined) return null;
  const host = new URL(options.site).hostname;
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost')) return null;
  return siteAddress(options.site, options.base);
}

export function cardsFromContent(content: CheckedContent, options: CardOptions = { site: undefined, base: '/' }): Card[] {
  const site = cardAddress(options);
  const common = { lead: '', arc: null, site, verdict: null };
  const cards: Card[] = [
    {
      ...common,
      path: shareImagePath('home'),
      kind: 'home',
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
      ...common,
      path: shareImagePath('piece', article.slug),
      kind: 'piece',
      eyebrow: 'Piece',
      headline: shortenAtWord(data.title, TITLE_MAX),
      quote: false,
      byline: attribution,
      detail: shortenAtWord(data.dek ?? data.thesis, 140),
    });
    const metaById = new Map(data.claims.map((m) => [m.id, m]));
    for (const claim of article.claims) {
      const record = metaById.get(claim.id)?.record;
      const lead = [...claim.quote].length < SHORT_QUOTE ? shortenFromStart(sentenceBefore(claim.paragraph, claim.quote), LEAD_MAX) : '';
      cards.push({
        ...common,
        path: shareImagePath('claim', claim.id),
        kind: 'claim',
        eyebrow: 'Claim',
        lead,
        headline: claim.quote,
        quote: true,
        byline: attribution,
        detail: `From “${shortenAtWord(data.title, DETAIL_MAX - 7)}”`,
        verdict: record ? { status: record.status, label: STATUSES[record.status], line: record.line } : null,
      });
    }
  }
  for (const { data: event } of content.events) {
    cards.push({
      ...common,
      path: shareImagePath('event', event.id),
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
