/**
 * Where the dated record ends: the last day any of its events reaches (its
 * end, or its start when it has no end). Every page that speaks of "the
 * record" takes its end from here, so no text can name another date.
 */
import { formatDay, formatRange, type IsoDate } from '../calendar/calendar.ts';

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

/** What a note writes where it speaks of the record's end; the site puts the derived day in its place. */
export const RECORD_END_TOKEN = '{record-end}';

/** `text` with every RECORD_END_TOKEN replaced by the record's last day ("6 October 2019"). */
export function withRecordEnd(text: string, end: IsoDate): string {
  return text.split(RECORD_END_TOKEN).join(formatDay(end));
}

/**
 * The years a set of events spans, as a description writes them: "2003–2026",
 * or "2018" when they all fall in one year; '' for none. Descriptions of the
 * record take their years from here, not from a fixed "2017–2019".
 */
export function yearsSpanned(events: readonly Dated[]): string {
  if (events.length === 0) return '';
  const first = events.reduce((min, e) => (e.start < min ? e.start : min), events[0]!.start);
  return formatRange(first, recordEnd(events), 'year');
}
