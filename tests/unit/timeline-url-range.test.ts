import { describe, expect, it } from 'vitest';
import { parseMonth, parseRangeParams, rangeParams } from '../../src/timeline/model/url-range.ts';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const bounds = { start: utc(2003, 1), end: utc(2020, 1) };

describe('URL range', () => {
  it('reads from/to as whole months, to inclusive', () => {
    expect(parseRangeParams('?from=2018-03&to=2018-07', bounds)).toEqual({ start: utc(2018, 3), end: utc(2018, 8) });
    expect(parseRangeParams('from=2018-12&to=2018-12', bounds)).toEqual({ start: utc(2018, 12), end: utc(2019, 1) });
  });

  it('clamps to the record and rejects reversed or empty ranges', () => {
    expect(parseRangeParams('?from=1990-01&to=2030-12', bounds)).toEqual(bounds);
    expect(parseRangeParams('?from=2018-07&to=2018-03', bounds)).toBeNull();
    expect(parseRangeParams('?from=2030-01&to=2031-01', bounds)).toBeNull();
  });

  it('ignores anything that is not exactly YYYY-MM', () => {
    for (const hostile of [
      '?from=<script>alert(1)</script>&to=2018-07',
      '?from=2018-3&to=2018-07',
      '?from=2018-13&to=2019-01',
      '?from=2018-00&to=2019-01',
      '?from=2018-03x&to=2018-07',
      '?from=%3Cimg%20src%3Dx%3E&to=2018-07',
      '?from=2018-03',
      '?from=2018-03&to=',
      '',
    ]) {
      expect(parseRangeParams(hostile, bounds), hostile).toBeNull();
    }
    expect(parseMonth(undefined)).toBeNull();
    expect(parseMonth('2018-03-01')).toBeNull();
  });

  it('writes a domain as the months it covers, and round-trips', () => {
    expect(rangeParams(utc(2018, 3), utc(2018, 8))).toEqual({ from: '2018-03', to: '2018-07' });
    expect(rangeParams(utc(2018, 3, 10), utc(2018, 7, 20))).toEqual({ from: '2018-03', to: '2018-07' });
    const { from, to } = rangeParams(utc(2017, 10), utc(2019, 4));
    expect(parseRangeParams(`?from=${from}&to=${to}`, bounds)).toEqual({ start: utc(2017, 10), end: utc(2019, 4) });
  });
});
