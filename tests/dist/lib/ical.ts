/**
 * Well-formedness of an iCalendar file (RFC 5545), as far as readers' calendar
 * apps care: CRLF lines of at most 75 octets, balanced BEGIN/END, a VCALENDAR
 * with VERSION:2.0 and PRODID, and events with UID, DTSTAMP and a DTSTART that
 * comes before DTEND. Returns one message per problem.
 */
export function checkICalendar(text: string): string[] {
  const problems: string[] = [];
  if (!text.includes('\r\n')) problems.push('lines must end with CRLF (\\r\\n)');
  const physical = text.split('\r\n');
  physical.forEach((line, i) => {
    if (new TextEncoder().encode(line).length > 75) problems.push(`line ${i + 1} is longer than 75 octets; fold it`);
  });
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
  const stack: string[] = [];
  let event: Map<string, string> | null = null;
  const calendar = new Map<string, string>();
  lines.forEach((line, i) => {
    const colon = line.indexOf(':');
    if (colon < 1) {
      problems.push(`line ${i + 1} has no "NAME:value" form`);
      return;
    }
    const name = line.slice(0, colon).split(';')[0]!.toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') event = new Map();
    } else if (name === 'END') {
      const open = stack.pop();
      if (open !== value) problems.push(`END:${value} closes ${open ? `BEGIN:${open}` : 'nothing'}`);
      if (value === 'VEVENT' && event) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
          if (!event.has(required)) problems.push(`an event (${event.get('UID') ?? event.get('SUMMARY') ?? '?'}) lacks ${required}`);
        }
        const start = event.get('DTSTART');
        const end = event.get('DTEND');
        if (start && end && end <= start) problems.push(`event ${event.get('UID') ?? ''} ends (${end}) before it starts (${start})`);
        event = null;
      }
    } else if (event) {
      event.set(name, value);
    } else if (stack.length === 1) {
      calendar.set(name, value);
    }
  });
  if (stack.length > 0) problems.push(`BEGIN:${stack.join(', ')} never ends`);
  if (!/^BEGIN:VCALENDAR\r\n/.test(text)) problems.push('the file must start with BEGIN:VCALENDAR');
  if (calendar.get('VERSION') !== '2.0') problems.push('VERSION:2.0 is missing');
  if (!calendar.has('PRODID')) problems.push('PRODID is missing');
  return problems;
}
