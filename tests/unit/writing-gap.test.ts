import { describe, expect, it } from 'vitest';
import { wholeMonths, writingGap } from '../../src/lib/writing-gap.ts';

describe('how far apart two pieces were written', () => {
  it('counts whole calendar months, a day short is a month short', () => {
    expect(wholeMonths('2018-03-26', '2018-04-25')).toBe(0);
    expect(wholeMonths('2018-03-26', '2018-04-26')).toBe(1);
    expect(wholeMonths('2018-03-26', '2019-01-10')).toBe(9);
    expect(wholeMonths('2018-03-26', '2019-02-28')).toBe(11);
    expect(wholeMonths('2018-03-26', '2019-03-26')).toBe(12);
    // Never negative, and a date that is not one counts as no gap.
    expect(wholeMonths('2019-01-10', '2018-03-26')).toBe(0);
    expect(wholeMonths('2018-13-01', '2019-01-10')).toBe(0);
    expect(wholeMonths('2018-03-26', 'soon')).toBe(0);
  });

  it('says the gap, or its range when a piece’s window leaves it uncertain', () => {
    // Ching's day, and the unsigned piece's window (written 10 January to the end of February 2019).
    expect(writingGap({ from: '2018-03-26', to: '2018-03-26' }, { from: '2019-01-10', to: '2019-02-28' })).toBe('Written 9 to 11 months apart');
    expect(writingGap({ from: '2018-03-26', to: '2018-03-26' }, { from: '2019-01-27', to: '2019-01-27' })).toBe('Written 10 months apart');
    expect(writingGap({ from: '2018-03-26', to: '2018-03-26' }, { from: '2018-04-26', to: '2018-04-26' })).toBe('Written 1 month apart');
    expect(writingGap({ from: '2018-03-26', to: '2018-03-26' }, { from: '2018-03-30', to: '2018-04-27' })).toBe('Written 0 to 1 month apart');
    expect(writingGap({ from: '2018-03-26', to: '2018-03-26' }, { from: '2018-03-30', to: '2018-05-27' })).toBe('Written 0 to 2 months apart');
  });
});
