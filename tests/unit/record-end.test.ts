import { describe, expect, it } from 'vitest';
import { recordEnd, withRecordEnd, yearsSpanned, RECORD_END_TOKEN } from '../../src/lib/record-end.ts';

describe('where the record ends, and the years it spans', () => {
  const events = [
    { start: '2018-03-25', end: '2018-03-28' },
    { start: '2003-04-23' },
    { start: '2026-06-08', end: '2026-06-09' },
    { start: '2019-06-20' },
  ];

  it('ends on the latest end or start', () => {
    expect(recordEnd(events)).toBe('2026-06-09');
    expect(recordEnd([{ start: '2019-06-20' }, { start: '2019-01-07', end: '2019-01-10' }])).toBe('2019-06-20');
    expect(recordEnd([])).toBe('');
  });

  it('spans its first start to its last day, in years', () => {
    expect(yearsSpanned(events)).toBe('2003–2026');
    // An event that starts in one year and ends in the next carries the span to that year.
    expect(yearsSpanned([{ start: '2018-12-30', end: '2019-01-02' }])).toBe('2018–2019');
    expect(yearsSpanned([{ start: '2018-03-25' }, { start: '2018-06-19' }])).toBe('2018');
    expect(yearsSpanned([])).toBe('');
  });

  it('writes the end into a note in place of its token', () => {
    expect(withRecordEnd(`The record runs to ${RECORD_END_TOKEN}; nothing later.`, '2026-06-09')).toBe('The record runs to 9 June 2026; nothing later.');
  });
});
