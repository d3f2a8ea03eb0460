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

  it('counts 2- and 4-octet characters exactly when folding', () => {
    // 'DESCRIPTION:' is 12 octets; 'é' is 2, '😀' is 4 (two UTF-16 units, one character).
    const accents = foldLine(`DESCRIPTION:${'é'.repeat(40)}`);
    // 12 + 31 × 2 = 74 octets fit the first line (75 would split an é); then 37 × 2 = 74 after the space.
    expect(accents.split('\r\n').map((p) => p.length)).toEqual([43, 10]);
    const faces = foldLine(`X:${'😀'.repeat(20)}`);
    // 2 + 18 × 4 = 74 on the first line; the last 2 faces (8 octets) on the second.
    expect(faces.split('\r\n').map((p) => new TextEncoder().encode(p).length)).toEqual([74, 9]);
    // An ASCII line of exactly 75 octets stays whole; 76 folds after 75.
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
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
