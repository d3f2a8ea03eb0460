import { describe, expect, it } from 'vitest';
import {
  DAY_MS, dayEnd, dayStart, daysBetween, daysInMonth, formatDay, formatMonth, formatRange, isIsoDate, isoDay,
  isoFromParts, isoMonth, monthName, monthStart, parseIsoDate, todayIso,
} from '../../src/calendar/calendar.ts';

/**
 * Calendar days as the whole site writes and compares them: every date on a
 * page, in a feed or a citation goes through these functions, so each is
 * pinned here at its edges (month and year ends, leap days, the last valid
 * and first invalid value) with the exact text a reader sees.
 */

describe('days in a month', () => {
  it('counts leap years by the Gregorian rule', () => {
    expect([daysInMonth(2018, 2), daysInMonth(2020, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([28, 29, 28, 29]);
    expect([daysInMonth(2018, 1), daysInMonth(2018, 4), daysInMonth(2018, 12)]).toEqual([31, 30, 31]);
  });
});

describe('reading an ISO day', () => {
  it('splits a real day into numbers', () => {
    expect(parseIsoDate('2018-03-25')).toEqual({ year: 2018, month: 3, day: 25 });
    expect(parseIsoDate('2018-01-01')).toEqual({ year: 2018, month: 1, day: 1 });
    expect(parseIsoDate('2018-12-31')).toEqual({ year: 2018, month: 12, day: 31 });
    expect(parseIsoDate('2020-02-29')).toEqual({ year: 2020, month: 2, day: 29 });
    expect(parseIsoDate('2018-04-30')).toEqual({ year: 2018, month: 4, day: 30 });
  });

  it('refuses a day that is not on the calendar, one past each edge', () => {
    for (const bad of ['2018-00-10', '2018-13-01', '2018-01-00', '2018-01-32', '2018-02-29', '2018-04-31']) expect(parseIsoDate(bad), bad).toBeNull();
  });

  it('refuses anything but exactly YYYY-MM-DD', () => {
    for (const bad of ['2018-3-25', '18-03-25', ' 2018-03-25', '2018-03-25 ', 'x2018-03-25', '2018-03-25x', '2018/03/25', '']) expect(parseIsoDate(bad), bad).toBeNull();
    expect([isIsoDate('2018-03-25'), isIsoDate('2018-02-30')]).toEqual([true, false]);
  });
});

describe('writing an ISO day', () => {
  it('pads year, month and day', () => {
    expect(isoFromParts(987, 3, 5)).toBe('0987-03-05');
    expect(isoFromParts(2018, 12, 31)).toBe('2018-12-31');
  });
});

describe('dates in words', () => {
  it('names months 1 to 12, and nothing else', () => {
    expect([monthName(1), monthName(12), monthName(0), monthName(13)]).toEqual(['January', 'December', '', '']);
  });

  it('a day and a month; text that is not a date is left as it is', () => {
    expect(formatDay('2018-03-05')).toBe('5 March 2018');
    expect(formatMonth('2018-03-05')).toBe('March 2018');
    expect(formatDay('spring')).toBe('spring');
    expect(formatMonth('2018-02-30')).toBe('2018-02-30');
  });
});

describe('a span at the precision it is known', () => {
  it('to the day (the default)', () => {
    expect(formatRange('2018-03-25', undefined)).toBe('25 March 2018');
    expect(formatRange('2018-03-25', '2018-03-25')).toBe('25 March 2018');
    expect(formatRange('2018-03-25', '2018-03-28')).toBe('25–28 March 2018');
    expect(formatRange('2018-03-30', '2018-04-02', 'day')).toBe('30 March – 2 April 2018');
    expect(formatRange('2018-12-30', '2019-01-02')).toBe('30 December 2018 – 2 January 2019');
    // The same month of another year is not the same month.
    expect(formatRange('2018-03-25', '2019-03-28')).toBe('25 March 2018 – 28 March 2019');
    // An end that is not a day is left out rather than guessed.
    expect(formatRange('2018-03-25', '2018-03-32')).toBe('25 March 2018');
    expect(formatRange('sometime', '2018-03-28')).toBe('sometime');
  });

  it('to the month', () => {
    expect(formatRange('2018-03-01', undefined, 'month')).toBe('March 2018');
    expect(formatRange('2018-03-01', '2018-03-31', 'month')).toBe('March 2018');
    expect(formatRange('2018-03-01', '2018-05-31', 'month')).toBe('March–May 2018');
    expect(formatRange('2018-11-01', '2019-02-28', 'month')).toBe('November 2018 – February 2019');
    expect(formatRange('2018-03-01', '2019-03-31', 'month')).toBe('March 2018 – March 2019');
  });

  it('to the season: its name from its first month, or the month when it starts elsewhere', () => {
    expect(['2003-03-01', '2003-06-01', '2003-09-01', '2018-12-01', '2003-04-01'].map((d) => formatRange(d, undefined, 'season'))).toEqual([
      'Spring 2003', 'Summer 2003', 'Autumn 2003', 'Winter 2018', 'April 2003',
    ]);
  });

  it('to the year', () => {
    expect(formatRange('2011-01-01', undefined, 'year')).toBe('2011');
    expect(formatRange('2011-01-01', '2011-12-31', 'year')).toBe('2011');
    expect(formatRange('2011-01-01', '2013-06-30', 'year')).toBe('2011–2013');
    expect(formatRange('2011-01-01', 'later', 'year')).toBe('2011');
  });
});

describe('days as numbers', () => {
  it('counts whole days between two days, either way, across a leap day', () => {
    expect(daysBetween('2018-03-25', '2018-03-28')).toBe(3);
    expect(daysBetween('2018-03-28', '2018-03-25')).toBe(-3);
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
  });

  it('a day is [midnight UTC, next midnight UTC)', () => {
    expect(DAY_MS).toBe(86_400_000);
    expect(dayStart('2018-03-25')).toBe(Date.UTC(2018, 2, 25));
    expect(dayEnd('2018-03-25')).toBe(Date.UTC(2018, 2, 26));
    expect(dayEnd('2018-12-31')).toBe(Date.UTC(2019, 0, 1));
  });

  it('anything but YYYY-MM-DD is not a number of a day', () => {
    for (const bad of ['2018-3-25', 'x2018-03-25', '2018-03-25x', '']) expect(dayStart(bad), bad).toBeNaN();
  });

  it('back from numbers to days and months', () => {
    expect(isoDay(Date.UTC(2018, 2, 25, 23, 59))).toBe('2018-03-25');
    expect(monthStart(2018, 3)).toBe(Date.UTC(2018, 2, 1));
    expect(monthStart(2018, 12)).toBe(Date.UTC(2018, 11, 1));
    expect(isoMonth(Date.UTC(2018, 11, 31, 23))).toBe('2018-12');
  });

  it('today is the reader’s own calendar day', () => {
    expect(todayIso(new Date(2018, 2, 5, 23, 30))).toBe('2018-03-05');
    expect(todayIso(new Date(2019, 11, 31, 0, 5))).toBe('2019-12-31');
  });
});
