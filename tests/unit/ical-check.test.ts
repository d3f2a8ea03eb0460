import { expect, test } from 'vitest';
import { checkICalendar } from '../dist/lib/ical.ts';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;
const good = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Lips and Teeth//Events//EN',
  'BEGIN:VEVENT', 'UID:kim-visit-china-1@example.org', 'DTSTAMP:20240101T000000Z',
  'DTSTART;VALUE=DATE:20180325', 'DTEND;VALUE=DATE:20180329', 'SUMMARY:Kim Jong Un visits',
  ' Beijing', 'END:VEVENT', 'END:VCALENDAR',
];

test('a well-formed calendar passes, folded lines included', () => {
  expect(checkICalendar(crlf(good))).toEqual([]);
});

test('each kind of malformation is named', () => {
  expect(checkICalendar(good.join('\n'))).toContain('lines must end with CRLF (\\r\\n)');
  expect(checkICalendar(crlf(good.filter((l) => !l.startsWith('UID'))))).toContainEqual(expect.stringContaining('lacks UID'));
  expect(checkICalendar(crlf(good.filter((l) => l !== 'END:VEVENT')))).toContainEqual(expect.stringContaining('closes BEGIN:VEVENT'));
  expect(checkICalendar(crlf(good.map((l) => (l.startsWith('DTEND') ? 'DTEND;VALUE=DATE:20180320' : l))))).toContainEqual(expect.stringContaining('before it starts'));
  expect(checkICalendar(crlf(good.map((l) => (l.startsWith('SUMMARY') ? `SUMMARY:${'x'.repeat(80)}` : l))))).toContainEqual(expect.stringContaining('longer than 75 octets'));
  expect(checkICalendar(crlf(good.filter((l) => !l.startsWith('PRODID'))))).toContain('PRODID is missing');
});
