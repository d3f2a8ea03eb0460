/**
 * The record as it stood on a piece's date (src/pages/asof/[slug].astro and
 * its chart's phone layout, src/pages/parts/asof/): the day, the split of the
 * events by what was public then (src/lib/asof.ts), and the events drawn —
 * public, announced or under way — oldest first. Worked out once per piece.
 */
import { asOf, type AsOfState } from '../lib/asof.ts';
import { writtenBy, writtenFrom } from '../lib/attribution.ts';
import { publicOf } from '../lib/public-date.ts';
import { getSite, type ArticleEntry, type SiteEvent } from './site.ts';

/** An event with the day it was made public, when that came after it began. */
export type PieceEvent = SiteEvent & { disclosed: string | undefined };

export interface RecordAsOfPiece {
  /** The earliest day the piece may have been written: the record as of then. */
  day: string;
  /** The day it was written by. */
  last: string;
  split: Record<AsOfState, PieceEvent[]>;
  shown: PieceEvent[];
}

const worked = new Map<string, Promise<RecordAsOfPiece>>();

export function recordAsOfPiece(article: ArticleEntry): Promise<RecordAsOfPiece> {
  let record = worked.get(article.id);
  if (!record) worked.set(article.id, (record = work(article)));
  return record;
}

async function work(article: ArticleEntry): Promise<RecordAsOfPiece> {
  const { events } = await getSite();
  const day = writtenFrom(article.data.published);
  const split = asOf(day, events.map((e) => ({ ...e, disclosed: publicOf(e) > e.start ? publicOf(e) : undefined })));
  const shown = [...split.public, ...split.announced, ...split.underway].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return { day, last: writtenBy(article.data.published), split, shown };
}
