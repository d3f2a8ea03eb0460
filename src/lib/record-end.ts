/**
 * Where the dated record ends: the last day any of its events reaches (its
 * end, or its start when it has no end). Every page that speaks of "the
 * record" takes its end from here, so no text can name another date.
 */
import { formatDay, type IsoDate } from './calendar.ts';

interface Dated {
  start: IsoDate;
  end?: IsoDate | undefined;
}

/** The last day the record reaches; '' for an empty record. */
export function recordEnd(events: readonly Dated[]): IsoDate {
  let last = '';
  for (const e of events) {
    const day = e.end ?? e.start;
    if (day > last) last = day;
  }
  return last;
}

/** "This record runs to 6 October 2019." */
export function recordEndSentence(events: readonly Dated[]): string {
  const end = recordEnd(events);
  return end ? `This record runs to ${formatDay(end)}.` : 'This record holds no events yet.';
}
