import type { Article } from '../schemas/article.ts';
import type { EventEntry } from '../schemas/event.ts';
import type { ClaimKind } from '../schemas/claim.ts';
import { STATUSES, type Status } from '../schemas/vocabulary.ts';

/**
 * schema.org descriptions of the site's pages, as plain objects for
 * serializeJsonLd. Only known facts go in: an unsigned piece has no author, an
 * unknown outlet no publisher, an inferred date no datePublished.
 */

export const SITE_NAME = 'Lips and Teeth';

type Json = Record<string, unknown>;

export interface PieceLd {
  article: Pick<Article, 'title' | 'dek' | 'author' | 'outlet' | 'sourceUrl' | 'published' | 'thesis'>;
  /** Absolute URL of the piece's page on this site. */
  url: string;
  image?: string | undefined;
}

function personOrNothing(name: string | null): Json | undefined {
  return name ? { '@type': 'Person', name } : undefined;
}

function website(homeUrl: string): Json {
  return { '@type': 'WebSite', name: SITE_NAME, url: homeUrl };
}

/** Drop undefined values so the JSON says nothing rather than null. */
function defined(object: Json): Json {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

/** The original piece as a CreativeWork: where it first appeared, if known. */
function originalWork(article: PieceLd['article']): Json {
  return defined({
    '@type': 'OpinionNewsArticle',
    headline: article.title,
    url: article.sourceUrl ?? undefined,
    author: personOrNothing(article.author),
    publisher: article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined,
    datePublished: article.published.date,
  });
}

/** A piece, reproduced on this site: a commentary, so OpinionNewsArticle. */
export function pieceJsonLd({ article, url, image }: PieceLd, homeUrl: string): Json {
  return defined({
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    '@id': url,
    url,
    headline: article.title,
    description: article.dek ?? article.thesis,
    abstract: article.thesis,
    author: personOrNothing(article.author),
    publisher: article.outlet ? { '@type': 'Organization', name: article.outlet } : undefined,
    datePublished: article.published.date,
    isBasedOn: article.sourceUrl ?? undefined,
    image,
    inLanguage: 'en',
    isPartOf: website(homeUrl),
  });
}

export interface ClaimLd {
  id: string;
  quote: string;
  paraphrase: string;
  /** Absolute URL of the claim page. */
  url: string;
  /** Absolute URL of the claim's anchor in the piece on this site. */
  inPieceUrl: string;
  piece: PieceLd['article'];
  image?: string | undefined;
  kind: ClaimKind;
  /** What the record shows: the status and its one line. */
  status: Status;
  line: string;
}

/**
 * A claim: schema.org Claim, appearing in the piece here and first in the
 * original, with what the record shows as a comment. A fact's status is a
 * verdict, so a fact is published as a ClaimReview of the Claim, its rating
 * the status and its text the record line; a reading, a piece of advice or a
 * forecast is not rated.
 */
export function claimJsonLd(claim: ClaimLd, homeUrl: string): Json {
  const subject = claimNode(claim, homeUrl);
  if (claim.kind !== 'fact') return { '@context': 'https://schema.org', ...subject, comment: { '@type': 'Comment', name: STATUSES[claim.status], text: claim.line } };
  return defined({
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': `${claim.url}#record`,
    url: claim.url,
    claimReviewed: claim.quote,
    itemReviewed: subject,
    reviewRating: { '@type': 'Rating', alternateName: STATUSES[claim.status] },
    reviewBody: claim.line,
    text: claim.line,
    author: website(homeUrl),
    isPartOf: website(homeUrl),
  });
}

/** The Claim itself, without its context: the page's subject, or the item a ClaimReview reviews. */
function claimNode(claim: ClaimLd, homeUrl: string): Json {
  const original = originalWork(claim.piece);
  return defined({
    '@type': 'Claim',
    '@id': claim.url,
    url: claim.url,
    text: claim.quote,
    description: claim.paraphrase,
    author: personOrNothing(claim.piece.author),
    datePublished: claim.piece.published.date,
    appearance: defined({ ...original, url: claim.inPieceUrl, isPartOf: website(homeUrl) }),
    firstAppearance: original,
    image: claim.image,
    isPartOf: website(homeUrl),
  });
}

/**
 * An ISO date at the precision it is known: "2018-03-25", "2018-03" or "2018".
 * Seasons are given by their months.
 */
export function datePrecise(date: string, precision: EventEntry['precision']): string {
  if (precision === 'year') return date.slice(0, 4);
  if (precision === 'month' || precision === 'season') return date.slice(0, 7);
  return date;
}

export interface EventLd {
  event: Pick<EventEntry, 'title' | 'start' | 'end' | 'precision' | 'place' | 'summary'>;
  url: string;
  image?: string | undefined;
}

/** An event: what happened, when (at its known precision), where. */
export function eventJsonLd({ event, url, image }: EventLd, homeUrl: string): Json {
  return defined({
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: event.title,
    description: event.summary,
    startDate: datePrecise(event.start, event.precision),
    endDate: datePrecise(event.end ?? event.start, event.precision),
    // Past events that took place: schema.org has no "happened", only "as scheduled".
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: event.place },
    image,
    isPartOf: website(homeUrl),
  });
}

/** The home page: the site itself. */
export function siteJsonLd(homeUrl: string, description: string, image?: string): Json {
  return defined({ '@context': 'https://schema.org', ...website(homeUrl), description, inLanguage: 'en', image });
}
