/**
 * iCalendar (RFC 5545) text, by hand: escaping, line folding at 75 octets
 * (never inside a UTF-8 character) and CRLF line ends. Events are all-day:
 * DTSTART and an exclusive DTEND as VALUE=DATE.
 */
import { dayEnd, isoDay } from '../calendar/calendar.ts';

/** Escape a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point, from its value (no encoder per character: the calendar holds every event, so this runs for each of its characters). */
function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Fold a content line so no physical line exceeds 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  // Most lines are short: 75 UTF-16 units or fewer are at most 75 octets only when all are ASCII.
  // A shortcut only: without it (or stopping at 74) the loop below gives the same lines.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the shortcut changes no output
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0)!);
    const limit = parts.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "2018-03-25" → "20180325". */
export function icalDate(iso: string): string {
  return iso.replaceAll('-', '');
}

export interface CalendarEvent {
  uid: string;
  start: string;
  /** Last day, inclusive. */
  end?: string | undefined;
  summary: string;
  description: string;
  location: string;
  /** The event's page, absolute; left out by a build with no public address (a URI must be absolute). */
  url?: string | undefined;
  categories: string[];
}

export function calendar(name: string, stamp: string, events: readonly CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lips and Teeth//Events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icalDate(e.start)}`,
      `DTEND;VALUE=DATE:${icalDate(isoDay(dayEnd(e.end ?? e.start)))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      `LOCATION:${escapeText(e.location)}`,
      ...(e.url ? [`URL;VALUE=URI:${e.url}`] : []),
      `CATEGORIES:${e.categories.map(escapeText).join(',')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
