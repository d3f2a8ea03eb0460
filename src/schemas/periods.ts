import { daysInMonth, isoFromParts, parseIsoDate } from '../calendar/calendar.ts';
import type { Precision } from './vocabulary.ts';

/**
 * A date known only to the month, season or year is stored as the whole
 * period: start on its first day, end on its last. Seasons are the
 * meteorological ones, so every season is three whole months.
 */

const SEASON_OF_START: Record<number, string> = { 12: 'winter (December–February)', 3: 'spring (March–May)', 6: 'summer (June–August)', 9: 'autumn (September–November)' };

export interface PeriodProblem {
  path: 'start' | 'end';
  message: string;
}

/** The period a start day opens, for a precision coarser than day; null when start is not the first day of one. */
export function periodOf(start: string, precision: Exclude<Precision, 'day'>): { start: string; end: string } | null {
  const date = parseIsoDate(start);
  if (!date || date.day !== 1) return null;
  const { year, month } = date;
  if (precision === 'month') return { start, end: isoFromParts(year, month, daysInMonth(year, month)) };
  if (precision === 'year') return month === 1 ? { start, end: isoFromParts(year, 12, 31) } : null;
  if (!(month in SEASON_OF_START)) return null;
  const endYear = month === 12 ? year + 1 : year;
  const endMonth = month === 12 ? 2 : month + 2;
  return { start, end: isoFromParts(endYear, endMonth, daysInMonth(endYear, endMonth)) };
}

/** What is wrong with a start/end pair for its precision, each with the fix. */
export function periodProblems(start: string, end: string | undefined, precision: Precision): PeriodProblem[] {
  if (precision === 'day') return [];
  const date = parseIsoDate(start);
  if (!date) return [];
  const period = periodOf(start, precision);
  if (!period) {
    const { year, month } = date;
    if (precision === 'month') return [{ path: 'start', message: `with precision month, start must be the first day of the month; write ${isoFromParts(year, month, 1)} or use precision day` }];
    if (precision === 'year') return [{ path: 'start', message: `with precision year, start must be the first day of the year; write ${year}-01-01 or use precision day` }];
    const seasonStart = [12, 3, 6, 9].find((m) => m <= month && month - m < 3) ?? 12;
    const startYear = month < 3 ? year - 1 : year;
    return [{
      path: 'start',
      message: `with precision season, start must be the first day of a season (1 December, 1 March, 1 June or 1 September); write ${isoFromParts(startYear, seasonStart, 1)} for ${SEASON_OF_START[seasonStart] ?? 'that season'}, or use precision month or day`,
    }];
  }
  if (end !== period.end) {
    const what = precision === 'season' ? `the season ${SEASON_OF_START[date.month] ?? ''}`.trim() : `the ${precision}`;
    return [{ path: 'end', message: `with precision ${precision}, end must be the last day of ${what} that starts ${start}; write end: ${period.end}${end ? ' or use precision day' : ''}` }];
  }
  return [];
}
