import { describe, expect, it } from 'vitest';
import { calendar, foldLine, icalDate } from '../../src/lib/ical.ts';

/**
 * Every line of an event in the calendar, exactly: what a calendar app shows
 * (SUMMARY), where it links (URL) and how it files it (CATEGORIES).
 */
const event = {
  uid: 'kim-visit-china-1@example.org',
  start: '2018-03-25',
  end: '2018-03-28',
  summary: 'Kim Jong Un visits Beijing; meets Xi, first time',
  description: 'Talks\nthen news',
  location: 'Beijing, China',
  url: 'https://example.org/events/kim-visit-china-1/',
  categories: ['China – North Korea', 'Visit, state', 'a;b'],
};

describe('iCalendar event lines', () => {
  it('writes the calendar header and each event’s lines, in order, escaped, and nothing else', () => {
    const ics = calendar('Lips, and Teeth', '20190628T000000Z', [event, { ...event, uid: 'one@example.org', start: '2018-12-31', end: undefined, categories: [] }]);
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Lips and Teeth//Events//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Lips\\, and Teeth',
      'BEGIN:VEVENT',
      'UID:kim-visit-china-1@example.org',
      'DTSTAMP:20190628T000000Z',
      'DTSTART;VALUE=DATE:20180325',
      'DTEND;VALUE=DATE:20180329',
      'SUMMARY:Kim Jong Un visits Beijing\\; meets Xi\\, first time',
      'DESCRIPTION:Talks\\nthen news',
      'LOCATION:Beijing\\, China',
      'URL;VALUE=URI:https://example.org/events/kim-visit-china-1/',
      'CATEGORIES:China – North Korea,Visit\\, state,a\\;b',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:one@example.org',
      'DTSTAMP:20190628T000000Z',
      'DTSTART;VALUE=DATE:20181231',
      'DTEND;VALUE=DATE:20190101',
      'SUMMARY:Kim Jong Un visits Beijing\\; meets Xi\\, first time',
      'DESCRIPTION:Talks\\nthen news',
      'LOCATION:Beijing\\, China',
      'URL;VALUE=URI:https://example.org/events/kim-visit-china-1/',
      'CATEGORIES:',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('a calendar with no events is its header and footer', () => {
    expect(calendar('X', 'S', [])).toBe('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lips and Teeth//Events//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:X\r\nEND:VCALENDAR\r\n');
  });

  it('dates lose their dashes', () => {
    expect(icalDate('2018-03-25')).toBe('20180325');
  });

  it('a long line fills each continuation to exactly 75 octets (the space and 74), and a short line after a non-ASCII one stays whole', () => {
    const line = `SUMMARY:${'x'.repeat(67 + 74 + 10)}`; // 75 on the first line, 74 + 1 on the second, 10 on the third
    const physical = foldLine(line).split('\r\n');
    expect(physical.map((p) => p.length)).toEqual([75, 75, 11]);
    expect(physical[1]?.startsWith(' ')).toBe(true);
    expect(physical[2]?.startsWith(' ')).toBe(true);
    expect(foldLine('SUMMARY:Pyongyang – Beijing')).toBe('SUMMARY:Pyongyang – Beijing');
    // 72 ASCII + one 3-octet dash = exactly 75 octets in 73 characters: one line.
    expect(foldLine(`${'a'.repeat(72)}–`)).toBe(`${'a'.repeat(72)}–`);
    expect(foldLine(`${'a'.repeat(73)}–`)).toBe(`${'a'.repeat(73)}\r\n –`);
  });

  it('counts each character by its UTF-8 length at the edges of each length: U+007F/U+0080, U+07FF/U+0800, U+FFFF/U+10000', () => {
    const octets = (text: string) => foldLine(text).split('\r\n').map((p) => new TextEncoder().encode(p).length);
    const run = (codePoint: number, count: number) => String.fromCodePoint(codePoint).repeat(count);
    expect(octets(run(0x7f, 80))).toEqual([75, 6]);
    expect(octets(run(0x80, 40))).toEqual([74, 7]); // 37 × 2, then a space and 3 × 2
    expect(octets(run(0x7ff, 40))).toEqual([74, 7]);
    expect(octets(run(0x800, 30))).toEqual([75, 16]); // 25 × 3, then a space and 5 × 3
    expect(octets(run(0xffff, 30))).toEqual([75, 16]);
    expect(octets(run(0x10000, 20))).toEqual([72, 9]); // 18 × 4, then a space and 2 × 4
  });

  it('a short line of non-ASCII characters only is still folded when its octets pass 75', () => {
    const dashes = '–'.repeat(30); // 30 characters, 90 octets
    expect(foldLine(dashes)).toBe(`${'–'.repeat(25)}\r\n ${'–'.repeat(5)}`);
  });
});
