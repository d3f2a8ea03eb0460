/**
 * Vaguer periods readers name every day, each read as whole months so the
 * chip can say exactly what was searched:
 *
 *   early 2018        January – April        mid 2018, mid-2018   May – August
 *   late 2018         September – December
 *   beginning of 2018 / start of 2018        January – March
 *   end of 2017       October – December
 *   first half of 2019, 1st half 2019, H1 2019    January – June
 *   second half of 2019, 2nd half 2019, H2 2019   July – December
 *   Q1 2018 … Q4 2018 quarters (Q3 = July – September)
 *   2017-2018         both years (a hyphen inside one word; "2017–2018" and
 *                     "2017 to 2018" are ranges of the main grammar)
 *   winter 2017-18, winter 2017–18, winter 2017/18   the winter that spans both years
 *
 * Every form needs its year: "early", "Q3" or "the first half" alone stay words.
 * Pure: no DOM, no clock.
 */
import { daysInMonth, isoFromParts, monthName } from '../../calendar/calendar.ts';
import { seasonPeriod, yearNumber, type Period } from './periods.ts';

const SHORT_MONTH = (m: number) => monthName(m).slice(0, 3);

/** Months `first`..`last` of one year, labelled "Early 2018: Jan – Apr 2018". */
export function monthsPeriod(year: number, first: number, last: number, name: string): Period {
  return {
    from: isoFromParts(year, first, 1),
    to: isoFromParts(year, last, daysInMonth(year, last)),
    unit: 'part',
    year,
    month: first,
    label: `${name}: ${SHORT_MONTH(first)} – ${SHORT_MONTH(last)} ${year}`,
  };
}

/** Words that name a part of a year, and its months. */
const THIRDS: Record<string, { first: number; last: number; name: string }> = {
  early: { first: 1, last: 4, name: 'Early' },
  mid: { first: 5, last: 8, name: 'Mid' },
  late: { first: 9, last: 12, name: 'Late' },
};
const OF_PARTS: Record<string, { first: number; last: number; name: string }> = {
  beginning: { first: 1, last: 3, name: 'Beginning of' },
  start: { first: 1, last: 3, name: 'Start of' },
  end: { first: 10, last: 12, name: 'End of' },
  middle: { first: 5, last: 8, name: 'Middle of' },
};
const HALVES: Record<string, 1 | 2> = { first: 1, '1st': 1, second: 2, '2nd': 2 };

function half(year: number, which: 1 | 2): Period {
  return which === 1 ? monthsPeriod(year, 1, 6, `First half of ${year}`) : monthsPeriod(year, 7, 12, `Second half of ${year}`);
}

/** A phrase of `length` words at the start of `words` (normalised tokens), read as a part of a year. */
export function yearPart(words: (string | undefined)[]): { length: number; period: Period } | null {
  const [a, b, c, d] = words;
  if (a === undefined) return null;

  // "mid-2018", "early-2018"
  const joined = /^(early|mid|late)-(\d{4})$/.exec(a);
  if (joined) return third(joined[1]!, yearNumber(joined[2]!), 1);
  // "2017-2018": both years
  const years = /^(\d{4})-(\d{4})$/.exec(a);
  if (years) {
    const [y1, y2] = [yearNumber(years[1]!), yearNumber(years[2]!)];
    if (y1 !== undefined && y2 !== undefined && y1 < y2) {
      return { length: 1, period: { from: isoFromParts(y1, 1, 1), to: isoFromParts(y2, 12, 31), unit: 'part', year: y1, month: 1, label: `${y1} to ${y2}` } };
    }
    return null;
  }
  if (a in THIRDS) return third(a, yearNumber(b ?? ''), 2);
  // "H1 2019", "Q3 2018"
  const hq = /^([hq])([1-4])$/.exec(a);
  if (hq) {
    const year = yearNumber(b ?? '');
    if (year === undefined) return null;
    const n = Number(hq[2]);
    if (hq[1] === 'h') return n <= 2 ? { length: 2, period: half(year, n as 1 | 2) } : null;
    return { length: 2, period: monthsPeriod(year, n * 3 - 2, n * 3, `Q${n} ${year}`) };
  }
  // "end of 2017", "beginning of 2018"
  const part = OF_PARTS[a];
  if (part && b === 'of') {
    const year = yearNumber(c ?? '');
    return year === undefined ? null : { length: 3, period: monthsPeriod(year, part.first, part.last, `${part.name} ${year}`) };
  }
  // "first half of 2019", "second half 2019"
  const which = HALVES[a];
  if (which && b === 'half') {
    const withOf = c === 'of';
    const year = yearNumber((withOf ? d : c) ?? '');
    return year === undefined ? null : { length: withOf ? 4 : 3, period: half(year, which) };
  }
  return null;
}

function third(word: string, year: number | undefined, length: number): { length: number; period: Period } | null {
  const part = THIRDS[word];
  if (!part || year === undefined) return null;
  return { length, period: monthsPeriod(year, part.first, part.last, `${part.name} ${year}`) };
}

/**
 * A winter named by both its years: "winter 2017-18", "winter 2017/18",
 * "winter 2017-2018", or split by a dash token ("winter 2017 – 18").
 */
export function namedWinter(words: (string | undefined)[]): { length: number; period: Period } | null {
  const [a, b, c, d] = words;
  if (a !== 'winter' || b === undefined) return null;
  const inOne = /^(\d{4})[-/](\d{2}|\d{4})$/.exec(b);
  const split = /^\d{4}$/.test(b) && (c === '–' || c === '—' || c === '-') && d !== undefined && /^(\d{2}|\d{4})$/.test(d);
  const first = inOne ? inOne[1]! : split ? b : undefined;
  const second = inOne ? inOne[2]! : split ? d! : undefined;
  if (first === undefined || second === undefined) return null;
  const year = yearNumber(first);
  if (year === undefined) return null;
  const next = second.length === 2 ? Number(second) === (year + 1) % 100 : Number(second) === year + 1;
  if (!next) return null;
  return { length: inOne ? 2 : 4, period: winter(year) };
}

/** Winter from December `year` to February `year + 1`, labelled "Winter 2018–19: Dec 2018 – Feb 2019". */
export function winter(year: number): Period {
  const season = seasonPeriod('winter', year)!;
  const short = String((year + 1) % 100).padStart(2, '0');
  return { ...season, label: `Winter ${year}–${short}: Dec ${year} – Feb ${year + 1}` };
}
