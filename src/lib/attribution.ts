import type { Article, Published } from '../schemas/article.ts';
import { formatDay, formatRange } from './calendar.ts';

/**
 * How a piece is attributed and dated in reader-facing text. Everything here
 * says only what the data says: no byline is guessed, no date is rounded.
 */

const BASIS_LABEL: Record<Published['basis'], string> = {
  stated: 'date stated in the text',
  url: "date taken from the outlet's URL",
  inferred: 'inferred from internal evidence',
};

export function basisLabel(published: Published): string {
  return BASIS_LABEL[published.basis];
}

/** "20 March 2018" or "between 10 January and 26 February 2019". */
export function publishedLabel(published: Published): string {
  if (published.date) return formatDay(published.date);
  if (published.earliest && published.latest) {
    // "18–27 March 2018" reads as "between 18 and 27 March 2018".
    return `between ${formatRange(published.earliest, published.latest).replace(/\s?–\s?/, ' and ')}`;
  }
  return 'date unknown';
}

/** The day we treat as "when it was written": the date, or the window's last day. */
export function writtenBy(published: Published): string {
  return published.date ?? published.latest ?? published.earliest ?? '';
}

/** The earliest day it may have been written. */
export function writtenFrom(published: Published): string {
  return published.date ?? published.earliest ?? published.latest ?? '';
}

export function authorLabel(article: Pick<Article, 'author'>): string {
  return article.author ?? 'Unsigned';
}

export function outletLabel(article: Pick<Article, 'outlet'>): string {
  return article.outlet ?? 'outlet unknown';
}

/** "Frank Ching, EJ Insight, 20 March 2018" — for descriptions and citations. */
export function attributionLine(article: Pick<Article, 'author' | 'outlet' | 'published'>): string {
  return `${authorLabel(article)}, ${outletLabel(article)}, ${publishedLabel(article.published)}`;
}
