/**
 * The dates of the small text index (/search/text.json): a row carries its
 * first and last day and, in place of the date as readers see it, only what
 * those two cannot say. The search page writes the date back with the
 * pages' own functions, so a result shows exactly the date its page shows:
 * pieces and claims as when the piece was written (writtenLabel: "26 March
 * 2018", "between 10 January and 26 February 2019"), events as their span
 * at the precision they are known (formatRange: "25–28 March 2018", "July
 * 2018"). Pure.
 */
import { writtenLabel } from '../attribution.ts';
import { formatRange, type IsoDate } from '../../calendar/calendar.ts';

type Precision = 'day' | 'month' | 'season' | 'year';

/** One letter per precision coarser than a day; a day, the common case, is the empty code. */
const PRECISION_CODES: Record<string, Precision> = { '': 'day', m: 'month', s: 'season', y: 'year' };

/** Pieces and claims are dated by when the piece was written; every other page by its own span. */
const datedAsWritten = (type: string): boolean => type === 'piece' || type === 'claim';

/**
 * The date a row stands for, as its page shows it. `code` is what
 * `dateCode` stored: empty or a precision letter, or (longer than one
 * character) the date itself, for a date neither function writes.
 */
export function rowDate(type: string, start: IsoDate, end: IsoDate, code: string): string {
  if (code.length > 1) return code;
  if (datedAsWritten(type)) return writtenLabel(start, end);
  return formatRange(start, end, PRECISION_CODES[code] ?? 'day');
}

/**
 * The shortest code that `rowDate` turns back into `label`: '' when the
 * type's own function writes it from start and end, a precision letter for
 * an event known only to the month, season or year, else the label itself.
 */
export function dateCode(type: string, start: IsoDate, end: IsoDate, label: string): string {
  for (const code of Object.keys(PRECISION_CODES)) {
    if (rowDate(type, start, end, code) === label) return code;
  }
  // A one-character date would read back as a code.
  if (label.length <= 1) throw new Error(`search text index: the date "${label}" (${start} to ${end}) cannot be stored; give the page a date its type's function writes`);
  return label;
}
