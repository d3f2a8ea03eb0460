/**
 * The date-query grammar: finds the date phrase in a search query, turns it
 * into an inclusive range of ISO days and a chip label, and hands back the
 * rest as words for the full-text search. Pure: no DOM, no clock, no locale.
 *
 * Rules (also in the search section of the README):
 *
 * Dates recognised, case-insensitive, month names full or abbreviated ("Jun", "Sept."):
 *   2018                     the year (a bare number is a year only from 1900 to 2099)
 *   2018-06, June 2018       the month
 *   19 June 2018, June 19, 2018, 19th June 2018, 2018-06-19   the day
 *   spring 2003              a season: spring Mar–May, summer Jun–Aug, autumn/fall Sep–Nov,
 *                            winter 2018 = Dec 2018 – Feb 2019
 *   March to June 2018       a range; the left side may leave out the year, which it takes
 *                            from the right ("19 June to 3 July 2018"); separators: to, until,
 *                            till, through, thru, –, —, - ; also "between X and Y", "from X to Y"
 *   early/mid/late 2018, end of 2017, first half of 2019, H1 2019, Q3 2018, 2017-2018,
 *   winter 2017-18           parts of a year and year ranges (src/lib/date-query/parts.ts);
 *                            "winter 2018" is Dec 2018 – Feb 2019 and offers Winter 2017–18
 *   June of 2018, spring of 2003   "of" may stand between a month or season and its year
 *   2018-03..2018-06         an ISO range; either end may be left open ("2018-03..", "..2018-06")
 *   before March 2018        up to the day before the period starts (28 February 2018)
 *   after June 2018          from the day after the period ends (1 July 2018)
 *   since June 2018          from the first day of the period (1 June 2018)
 *   "in", "on", "during" just before a date belong to the date phrase ("in June 2018").
 *
 * Ambiguous text is words, never a date:
 *   - a month or season name without a year ("May", "march", "spring");
 *   - a number that is not a four-digit year from 1900 to 2099 ("19", "2371");
 *   - anything inside double quotes ('"2018"' searches the text 2018).
 * Only the first date phrase counts; later ones are searched as words.
 *
 * A phrase shaped like a date that is not one ("31 February 2018", "2018-13",
 * "June to March 2018") is rejected as a date: it stays in the words, whole
 * (its "2018" is not then read as a year), and `problem` says why.
 *
 * Long because the rules above are the grammar's reference, kept beside the
 * code that reads them; the code itself is some 220 lines.
 */
import type { IsoDate } from '../../calendar/calendar.ts';
import { tokenize, type Token } from './tokens.ts';
import {
  bareYearNumber, dayNumber, dayPeriod, isSeasonWord, monthNumber, monthPeriod, nextDay,
  previousDay, seasonPeriod, yearNumber, yearPeriod, type Period,
} from './periods.ts';
import { namedWinter, winter, yearPart } from './parts.ts';

/** Inclusive ISO days; an open end is left out. Never both absent. */
export interface DateRange {
  from?: IsoDate;
  to?: IsoDate;
}

export interface DateQuery {
  /** The query without its date phrase, whitespace tidied; '' for a date-only query. */
  words: string;
  range?: DateRange;
  /** What the date chip says: "June 2018", "March to June 2018", "Before March 2018". */
  label?: string;
  /** The other reading of an ambiguous phrase, as a whole query and its chip label. */
  alternative?: { query: string; label: string };
  /** A date-shaped phrase that is not a real date, and why. */
  problem?: { text: string; reason: string };
}

export type Outcome =
  | { kind: 'date'; end: number; range: DateRange; label: string; spanned?: boolean; other?: Period['other'] }
  | { kind: 'invalid'; end: number; reason: string };

type Atom = { end: number; period: Period } | { end: number; invalid: string };

const SEPARATORS = new Set(['to', 'until', 'till', 'through', 'thru', '–', '—', '-']);
const LEADS = new Set(['in', 'on', 'during']);
const NOT_A_DAY = 'is not a day on the calendar';
const NOT_A_MONTH = 'is not a month on the calendar';

export function parseDateQuery(query: string): DateQuery {
  const tokens = tokenize(query);
  const words: string[] = [];
  let found: { range: DateRange; label: string; other?: Period['other'] } | undefined;
  let problem: DateQuery['problem'];
  for (let i = 0; i < tokens.length; ) {
    const outcome = found ? null : expression(tokens, i);
    if (outcome?.kind === 'date') {
      found = { range: outcome.range, label: outcome.label, ...(outcome.other ? { other: outcome.other } : {}) };
    } else if (outcome?.kind === 'invalid') {
      const text = joined(tokens.slice(i, outcome.end));
      problem ??= { text, reason: `“${text}” ${outcome.reason}, so it is searched as words.` };
      words.push(text);
    } else {
      words.push(tokens[i]!.text);
      i += 1;
      continue;
    }
    i = outcome.end;
  }
  const result: DateQuery = { words: found ? joined(words) : query.trim().replace(/\s+/g, ' ') };
  if (found) {
    result.range = found.range;
    result.label = found.label;
    if (found.other) result.alternative = { query: `${found.other.phrase} ${result.words}`.trim(), label: found.other.label };
  }
  if (problem) result.problem = problem;
  return result;
}

function joined(tokens: (Token | string)[]): string {
  return tokens.map((t) => (typeof t === 'string' ? t : t.text)).join(' ').replace(/\s+/g, ' ').trim();
}

/** The date phrase starting at token i, if any: used by the query parser and by the scan of a text's dated mentions. */
export function expression(t: Token[], i: number): Outcome | null {
  const lead = t[i]?.quoted ? undefined : t[i]?.norm;
  if (lead === 'before' || lead === 'after' || lead === 'since') return openEnded(lead, t, i + 1);
  if (lead === 'from' || lead === 'between') {
    const inner = core(t, i + 1, lead === 'between' ? new Set(['and']) : SEPARATORS);
    if (inner?.kind === 'invalid' || inner?.spanned) return inner;
    // "from June 2018" with no end reads as "since June 2018".
    if (inner && lead === 'from') return openEnded('since', t, i + 1);
  }
  if (lead !== undefined && LEADS.has(lead)) {
    const inner = core(t, i + 1, SEPARATORS);
    if (inner) return inner;
  }
  return core(t, i, SEPARATORS);
}

function openEnded(word: 'before' | 'after' | 'since', t: Token[], i: number): Outcome | null {
  const a = atom(t, i);
  if (!a) return null;
  if ('invalid' in a) return { kind: 'invalid', end: a.end, reason: a.invalid };
  const p = a.period;
  if (word === 'before') return { kind: 'date', end: a.end, range: { to: previousDay(p.from) }, label: `Before ${p.label}` };
  if (word === 'after') return { kind: 'date', end: a.end, range: { from: nextDay(p.to) }, label: `After ${p.label}` };
  return { kind: 'date', end: a.end, range: { from: p.from }, label: `Since ${p.label}` };
}

function core(t: Token[], i: number, separators: Set<string>): Outcome | null {
  const iso = isoRange(t[i]);
  if (iso) return { ...iso, end: i + 1 } as Outcome;

  const left = atom(t, i);
  if (left && 'invalid' in left) return { kind: 'invalid', end: left.end, reason: left.invalid };
  if (left) {
    const right = rightSide(t, left.end, separators);
    if (right && 'invalid' in right) return { kind: 'invalid', end: right.end, reason: right.invalid };
    if (right) return span(left.period, right.period, right.end);
    const { from, to, label, other } = left.period;
    return { kind: 'date', end: left.end, range: { from, to }, label, ...(other ? { other } : {}) };
  }

  const part = partial(t, i);
  if (!part) return null;
  const right = rightSide(t, part.end, separators);
  if (!right) return null;
  if ('invalid' in right) return { kind: 'invalid', end: right.end, reason: right.invalid };
  const filled = part.withYear(right.period.year);
  if (!filled) return { kind: 'invalid', end: right.end, reason: NOT_A_DAY };
  return span(filled, right.period, right.end);
}

function rightSide(t: Token[], i: number, separators: Set<string>): Atom | null {
  const sep = t[i];
  if (!sep || sep.quoted || !separators.has(sep.norm)) return null;
  return atom(t, i + 1);
}

function span(a: Period, b: Period, end: number): Outcome {
  if (a.from > b.to) return { kind: 'invalid', end, reason: 'ends before it starts' };
  const sameYear = a.year === b.year && ![a.unit, b.unit].some((u) => u === 'year' || u === 'part');
  const leftLabel = sameYear ? a.label.replace(/ \d{4}$/, '') : a.label;
  return { kind: 'date', end, range: { from: a.from, to: b.to }, label: `${leftLabel} to ${b.label}`, spanned: true };
}

/** A period with its year: ISO forms, "19 June 2018", "June 19, 2018", "June 2018", "spring 2003", "2018". */
function atom(t: Token[], i: number): Atom | null {
  const near = [t[i], t[i + 1], t[i + 2], t[i + 3]].map((x) => (x && !x.quoted ? x.norm : undefined));
  const a = near[0];
  if (a === undefined) return null;

  const iso = isoPeriod(a, false);
  if (iso) return { end: i + 1, ...iso };
  const part = namedWinter(near) ?? yearPart(near);
  if (part) return { end: i + part.length, period: part.period };
  // "June of 2018", "spring of 2003"
  const withOf = near[1] === 'of' && (monthNumber(a) !== undefined || isSeasonWord(a)) ? 1 : 0;
  const [b, c] = [near[1 + withOf], near[2 + withOf]];

  const dayFirst = [dayNumber(a), monthNumber(b ?? ''), yearNumber(c ?? '')] as const;
  const monthFirst = [dayNumber(b ?? ''), monthNumber(a), yearNumber(c ?? '')] as const;
  for (const [day, month, year] of withOf ? [] : [dayFirst, monthFirst]) {
    if (day !== undefined && month !== undefined && year !== undefined) {
      const period = dayPeriod(year, month, day);
      return period ? { end: i + 3, period } : { end: i + 3, invalid: NOT_A_DAY };
    }
  }

  const month = monthNumber(a);
  const year = yearNumber(b ?? '');
  if (month !== undefined && year !== undefined) return { end: i + 2 + withOf, period: monthPeriod(year, month)! };
  if (a === 'winter' && year !== undefined) {
    const before = winter(year - 1).label;
    const phrase = `winter ${year - 1}-${String(year % 100).padStart(2, '0')}`;
    return { end: i + 2 + withOf, period: { ...winter(year), other: { phrase, label: before } } };
  }
  const season = year !== undefined ? seasonPeriod(a, year) : null;
  if (season) return { end: i + 2 + withOf, period: season };

  const bare = bareYearNumber(a);
  return bare === undefined ? null : { end: i + 1, period: yearPeriod(bare) };
}

/** The left side of a range, waiting for the right side's year: "19 June", "March", "spring". */
function partial(t: Token[], i: number): { end: number; withYear: (year: number) => Period | null } | null {
  const [a, b] = [t[i], t[i + 1]].map((x) => (x && !x.quoted ? x.norm : undefined));
  if (a === undefined) return null;
  const day = dayNumber(a);
  const dayMonth = monthNumber(b ?? '');
  if (day !== undefined && dayMonth !== undefined) return { end: i + 2, withYear: (y) => dayPeriod(y, dayMonth, day) };
  const month = monthNumber(a);
  if (month !== undefined) return { end: i + 1, withYear: (y) => monthPeriod(y, month) };
  if (isSeasonWord(a)) return { end: i + 1, withYear: (y) => seasonPeriod(a, y) };
  return null;
}

/** "2018-06-19", "2018-06" and, inside ISO ranges only, "2018". */
function isoPeriod(word: string, allowYear: boolean): { period: Period } | { invalid: string } | null {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(word);
  if (m) {
    const period = dayPeriod(Number(m[1]), Number(m[2]), Number(m[3]));
    return period ? { period } : { invalid: NOT_A_DAY };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(word);
  if (m) {
    const period = monthPeriod(Number(m[1]), Number(m[2]));
    return period ? { period } : { invalid: NOT_A_MONTH };
  }
  const year = allowYear ? yearNumber(word) : undefined;
  return year === undefined ? null : { period: yearPeriod(year) };
}

/** "2018-03..2018-06", "2017..2018", "2018-03..", "..2018-06". */
function isoRange(token: Token | undefined): Omit<Extract<Outcome, { kind: 'date' }>, 'end'> | Omit<Extract<Outcome, { kind: 'invalid' }>, 'end'> | null {
  if (!token || token.quoted) return null;
  const m = /^([\d-]*)\.\.([\d-]*)$/.exec(token.norm);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const left = m[1] ? isoPeriod(m[1], true) : undefined;
  const right = m[2] ? isoPeriod(m[2], true) : undefined;
  if (left === null || right === null) return null;
  for (const side of [left, right]) if (side && 'invalid' in side) return { kind: 'invalid', reason: side.invalid };
  const a = left && 'period' in left ? left.period : undefined;
  const b = right && 'period' in right ? right.period : undefined;
  if (a && b) {
    const whole = span(a, b, 0);
    return whole.kind === 'date' ? { kind: 'date', range: whole.range, label: whole.label, spanned: true } : { kind: 'invalid', reason: whole.reason };
  }
  if (a) return { kind: 'date', range: { from: a.from }, label: `Since ${a.label}`, spanned: true };
  return { kind: 'date', range: { to: b!.to }, label: `Up to ${b!.label}`, spanned: true };
}
