import type { Article, Published } from '../schemas/article.ts';
import { formatDay, formatRange } from '../calendar/calendar.ts';

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
  return writtenLabel(writtenFrom(published), writtenBy(published));
}

/**
 * The window a piece was written in, as readers see it: one day as the day
 * ("20 March 2018"), a longer window as "between 10 January and 26 February
 * 2019", no day at all as "date unknown". Shared by the pages and the search
 * (which has only the window's ends).
 */
export function writtenLabel(from: string, to: string): string {
  if (!from || !to) return 'date unknown';
  if (from === to) return formatDay(from);
  // "18–27 March 2018" reads as "between 18 and 27 March 2018".
  return `between ${formatRange(from, to).replace(/\s?–\s?/, ' and ')}`;
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
