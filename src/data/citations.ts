import { claimItem, eventItem, pieceItem, type CslItem, type PieceInfo } from '../lib/csl.ts';
import { absolute, paths } from '../lib/urls.ts';
import type { ArticleEntry, Claim, Site, SiteEvent } from './site.ts';

/**
 * The site's pieces, claims and events as CSL-JSON items, for the citation
 * tags on their pages and for the download files. Accessed is the build day:
 * the files say when the record was read, as a printed citation would.
 */

const builtOn = new Date().toISOString().slice(0, 10);

export function pieceInfo(article: ArticleEntry): PieceInfo {
  const { title, author, outlet, published } = article.data;
  return { slug: article.id, title, author, outlet, published };
}

export function citePiece(article: ArticleEntry): CslItem {
  return pieceItem(pieceInfo(article), absolute(paths.article(article.id)), builtOn);
}

export function citeClaim(claim: Claim): CslItem {
  return claimItem(claim, pieceInfo(claim.article), absolute(paths.claim(claim.id)), builtOn);
}

export function citeEvent(event: SiteEvent): CslItem {
  return eventItem(event, absolute(paths.event(event.id)), builtOn);
}

/** Every item of the record: pieces, then each piece's claims in reading order, then events in date order. */
export function citeRecord(site: Site): CslItem[] {
  return [...site.articles.map(citePiece), ...site.claims.map(citeClaim), ...site.events.map(citeEvent)];
}

/** What a page hands its head and its download links: the item and its two files' paths. */
export interface PageCitation {
  item: CslItem;
  ris: string;
  json: string;
}

function pageCitation(kind: 'piece' | 'claim' | 'event', id: string, item: CslItem): PageCitation {
  return { item, ris: paths.citation(kind, id, 'ris'), json: paths.citation(kind, id, 'json') };
}

export const pieceCitation = (article: ArticleEntry): PageCitation => pageCitation('piece', article.id, citePiece(article));
export const claimCitation = (claim: Claim): PageCitation => pageCitation('claim', claim.id, citeClaim(claim));
export const eventCitation = (event: SiteEvent): PageCitation => pageCitation('event', event.id, citeEvent(event));
