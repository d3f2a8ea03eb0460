import { describe, expect, it } from 'vitest';
import { dateCode, rowDate } from '../../src/lib/search/text-dates.ts';
import type { TextPage } from '../../src/lib/search/text-index.ts';
import { rowOrder } from '../../src/lib/search/text-order.ts';

describe('a text index row’s date', () => {
  it('writes pieces and claims as when the piece was written', () => {
    expect(rowDate('piece', '2018-03-26', '2018-03-26', '')).toBe('26 March 2018');
    expect(rowDate('claim', '2019-01-10', '2019-02-26', '')).toBe('between 10 January and 26 February 2019');
  });

  it('writes events as their span, at the precision the code names', () => {
    expect(rowDate('event', '2018-03-25', '2018-03-28', '')).toBe('25–28 March 2018');
    expect(rowDate('event', '2018-03-30', '2018-04-02', '')).toBe('30 March – 2 April 2018');
    expect(rowDate('event', '2018-06-12', '2018-06-12', '')).toBe('12 June 2018');
    expect(rowDate('event', '2018-07-01', '2018-07-31', 'm')).toBe('July 2018');
    expect(rowDate('event', '2003-03-01', '2003-05-31', 's')).toBe('Spring 2003');
    expect(rowDate('event', '2011-01-01', '2011-12-31', 'y')).toBe('2011');
  });

  it('gives back a code longer than one letter as the date itself', () => {
    expect(rowDate('event', '2018-07-01', '2018-07-31', 'summer 2018')).toBe('summer 2018');
  });

  it('stores nothing for the date the type’s function writes, a letter for a coarse one, else the date', () => {
    expect(dateCode('claim', '2019-01-10', '2019-02-26', 'between 10 January and 26 February 2019')).toBe('');
    expect(dateCode('event', '2018-03-25', '2018-03-28', '25–28 March 2018')).toBe('');
    expect(dateCode('event', '2018-07-01', '2018-07-31', 'July 2018')).toBe('m');
    expect(dateCode('event', '2003-03-01', '2003-05-31', 'Spring 2003')).toBe('s');
    expect(dateCode('event', '2011-01-01', '2011-12-31', '2011')).toBe('y');
    // A day-precision event that happens to fill a month still reads as its days.
    expect(dateCode('event', '2018-07-01', '2018-07-31', '1–31 July 2018')).toBe('');
    expect(dateCode('event', '2018-07-01', '2018-07-31', 'mid-2018')).toBe('mid-2018');
  });

  it('refuses a one-character date, which would read back as a code', () => {
    expect(() => dateCode('event', '2018-07-01', '2018-07-31', 'm')).toThrow('the date "m" (2018-07-01 to 2018-07-31) cannot be stored');
  });
});

describe('the text index’s row order', () => {
  const page = (url: string, type: string, title: string, content: string, start: string, piece?: string): TextPage => ({
    url, content, meta: { title, type, start, end: start }, filters: piece ? { piece: [piece] } : {},
  });
  const piece = page('/articles/p/', 'piece', 'P', 'P. First words. Second words. Third &amp; last words. Fourth words.', '2018-03-26', 'p');

  it('puts a piece amid its claims, in the order their quotes come in it, then every other page by date', () => {
    const pages = [
      page('/events/late/', 'event', 'Late', 'Late.', '2019-01-01'),
      page('/claims/c-fourth/', 'claim', '“Fourth words.”', '“Fourth words.” x', '2018-03-26', 'p'),
      page('/claims/a-second/', 'claim', '“Second words.”', '“Second words.” x', '2018-03-26', 'p'),
      page('/claims/orphan/', 'claim', '“Gone.”', '“Gone.” x', '2017-01-01', 'gone'),
      page('/claims/d-third/', 'claim', '“Third & last words.”', '“Third & last words.” x', '2018-03-26', 'p'),
      piece,
      page('/claims/b-first/', 'claim', '“First words.”', '“First words.” x', '2018-03-26', 'p'),
      page('/events/early/', 'event', 'Early', 'Early.', '2017-05-01'),
      page('/claims/e-nowhere/', 'claim', '“Not in the piece.”', '“Not in the piece.” x', '2018-03-26', 'p'),
    ];
    expect(rowOrder(pages).map((p) => p.url)).toEqual([
      '/claims/orphan/',
      '/claims/b-first/', '/claims/a-second/', '/articles/p/', '/claims/d-third/', '/claims/c-fourth/', '/claims/e-nowhere/',
      '/events/early/', '/events/late/',
    ]);
  });

  it('orders the same pages the same way whatever order they come in', () => {
    const pages = [piece, page('/claims/y/', 'claim', '“Second words.”', 'y', '2018-03-26', 'p'), page('/claims/x/', 'claim', '“Second words.”', 'x', '2018-03-26', 'p')];
    expect(rowOrder(pages).map((p) => p.url)).toEqual(['/claims/x/', '/articles/p/', '/claims/y/']);
    expect(rowOrder([...pages].reverse()).map((p) => p.url)).toEqual(['/claims/x/', '/articles/p/', '/claims/y/']);
  });
});
