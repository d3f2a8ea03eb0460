import type { Published } from '../schemas/article.ts';
import { publishedLabel } from './attribution.ts';
import { formatDay } from '../calendar/calendar.ts';

/**
 * The date a feed item carries. RSS readers sort and show items by pubDate,
 * so every item needs one; a piece with an exact date gets it, and an undated
 * piece is dated by the last day of the window inferred from its text (the
 * day it was written by at the latest), with a note saying so in the item.
 */
export interface FeedDate {
  /** ISO day for pubDate, or null when nothing at all is known. */
  date: string | null;
  /** Said in the item when the date is inferred, not published. */
  note: string | null;
}

export function feedDate(published: Published): FeedDate {
  if (published.date) return { date: published.date, note: null };
  const last = published.latest ?? published.earliest ?? null;
  if (!last) return { date: null, note: null };
  const window = published.earliest && published.latest ? `written ${publishedLabel(published)} (inferred from its text)` : 'date inferred from its text';
  return { date: last, note: `Undated piece, ${window}; this feed dates it ${formatDay(last)}, the latest day it can have been written.` };
}
