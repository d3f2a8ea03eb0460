/**
 * Calendar periods a reader can name — a year, a month, a season, a day — as
 * first and last ISO day plus the label the chip shows. Pure functions; no
 * Date objects except through src/calendar/calendar.ts.
 */
import { daysInMonth, isoFromParts, monthName, type IsoDate } from '../../calendar/calendar.ts';

export type Unit = 'year' | 'season' | 'part' | 'month' | 'day';

export interface Period {
  from: IsoDate;
  to: IsoDate;
  unit: Unit;
  year: number;
  /** First month (1–12) of the period; for years, 1. */
  month: number;
  label: string;
  /** The other way to read the same words, offered in one click ("winter 2018" also names Dec 2017 – Feb 2018). */
  other?: { phrase: string; label: string };
}

/** Month names and the abbreviations readers type, with or without a trailing full stop. */
const MONTH_WORDS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Meteorological seasons of the northern hemisphere, where the events happen:
 * spring = March–May, summer = June–August, autumn = September–November,
 * winter YYYY = December YYYY – February YYYY+1 (as the content's season dates are written).
 */
const SEASONS: Record<string, { first: number; name: string }> = {
  spring: { first: 3, name: 'Spring' },
  summer: { first: 6, name: 'Summer' },
  autumn: { first: 9, name: 'Autumn' },
  fall: { first: 9, name: 'Autumn' },
  winter: { first: 12, name: 'Winter' },
};

export function monthNumber(word: string): number | undefined {
  return MONTH_WORDS[word];
}

export function isSeasonWord(word: string): boolean {
  return word in SEASONS;
}

/** A four-digit year inside a date phrase ("June 2018"). */
export function yearNumber(word: string): number | undefined {
  if (!/^\d{4}$/.test(word)) return undefined;
  const year = Number(word);
  return year >= 1000 ? year : undefined;
}

/**
 * A number standing alone is a year only when it is a plausible one for this
 * site's record (1900–2099); "2371" (a UN resolution) or "38" stay words.
 */
export function bareYearNumber(word: string): number | undefined {
  const year = yearNumber(word);
  return year !== undefined && year >= 1900 && year <= 2099 ? year : undefined;
}

/** "19", "19th", "1st" → the number; the calendar check comes later. */
export function dayNumber(word: string): number | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  return match ? Number(match[1]) : undefined;
}

export function yearPeriod(year: number): Period {
  return { from: isoFromParts(year, 1, 1), to: isoFromParts(year, 12, 31), unit: 'year', year, month: 1, label: String(year) };
}

export function monthPeriod(year: number, month: number): Period | null {
  if (month < 1 || month > 12) return null;
  return {
    from: isoFromParts(year, month, 1),
    to: isoFromParts(year, month, daysInMonth(year, month)),
    unit: 'month',
    year,
    month,
    label: `${monthName(month)} ${year}`,
  };
}

/** Null when the day does not exist ("31 February 2018"). */
export function dayPeriod(year: number, month: number, day: number): Period | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const iso = isoFromParts(year, month, day);
  return { from: iso, to: iso, unit: 'day', year, month, label: `${day} ${monthName(month)} ${year}` };
}

export function seasonPeriod(word: string, year: number): Period | null {
  const season = SEASONS[word];
  if (!season) return null;
  const lastMonth = season.first + 2;
  const endYear = lastMonth > 12 ? year + 1 : year;
  const endMonth = lastMonth > 12 ? lastMonth - 12 : lastMonth;
  return {
    from: isoFromParts(year, season.first, 1),
    to: isoFromParts(endYear, endMonth, daysInMonth(endYear, endMonth)),
    unit: 'season',
    year,
    month: season.first,
    label: `${season.name} ${year}`,
  };
}

/** The day after / before an ISO day, for "after June 2018" (from 1 July) and "before March 2018" (to 28 February). */
export function nextDay(date: IsoDate): IsoDate {
  return shift(date, 1);
}

export function previousDay(date: IsoDate): IsoDate {
  return shift(date, -1);
}

function shift(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
