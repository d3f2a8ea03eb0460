import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine } from '../../src/lib/ical.ts';

describe('iCalendar', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'–'.repeat(40)}`; // the en dash is 3 octets
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    for (const p of physical) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes all-day events with an exclusive end and CRLF lines', () => {
    const ics = calendar('Test', '20190628T000000Z', [
      { uid: 'kim-visit-china-1@example.org', start: '2018-03-25', end: '2018-03-28', summary: 'Kim Jong Un visits Beijing', description: 'Talks, then news', location: 'Beijing, China', url: 'https://example.org/events/kim-visit-china-1/', categories: ['China – North Korea', 'Visit'] },
      { uid: 'one-day@example.org', start: '2018-12-31', summary: 'One day', description: '', location: 'X', url: 'https://example.org/', categories: [] },
    ]);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART;VALUE=DATE:20180325');
    expect(lines).toContain('DTEND;VALUE=DATE:20180329');
    expect(lines).toContain('DTEND;VALUE=DATE:20190101');
    expect(lines).toContain('LOCATION:Beijing\\, China');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
  });
});
