import type { EventEntry } from '../schemas/event.ts';
import type { LineOf } from '../markdown/frontmatter.ts';
import type { Problem } from '../lib/problem.ts';
import { addressProblem, sameAddressKey } from '../lib/web-address.ts';
import { daysBetween } from '../calendar/calendar.ts';

/**
 * An event's sources, beyond each one's shape (the schema): each is a
 * different page (a source listed twice is counted twice in "5 sources, 2
 * primary"), each address opens what it reads as, and each is a report of
 * the event, not something from years before, unless it says it is
 * background.
 */

/** Days a report may precede the event it reports: announcements, previews, a rumour of a visit. */
export const SOURCE_LEAD_DAYS = 90;

export function eventSourceProblems(file: string, event: EventEntry, lineOf: LineOf, allowedHosts: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[]) => {
    const line = lineOf(path);
    return line ? { line } : {};
  };
  const seen = new Map<string, number>();
  event.sources.forEach((source, i) => {
    const address = addressProblem(source.url, allowedHosts);
    if (address) problems.push({ file, ...at(['sources', i, 'url']), field: `sources[${i}].url`, message: address });
    const key = sameAddressKey(source.url);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ file, ...at(['sources', i, 'url']), field: `sources[${i}].url`, message: `this source is the same page as sources[${first}] (${source.url}), so it would be counted twice; remove this entry` });
    } else {
      seen.set(key, i);
    }
    const lead = daysBetween(source.date, event.start);
    if (lead > SOURCE_LEAD_DAYS && !source.background) {
      problems.push({
        file,
        ...at(['sources', i, 'date']),
        field: `sources[${i}].date`,
        message: `this source is dated ${source.date}, ${lead} days before the event starts (${event.start}), more than the ${SOURCE_LEAD_DAYS} days a report may precede it; check the date, or if it is background rather than a report of the event add background: true to it`,
      });
    }
  });
  return problems;
}

/** A piece's own address (sourceUrl), held to the same rule as an event's sources. */
export function pieceAddressProblems(file: string, url: string | null, lineOf: LineOf, allowedHosts: ReadonlySet<string>): Problem[] {
  const problem = url === null ? null : addressProblem(url, allowedHosts);
  if (!problem) return [];
  const line = lineOf(['sourceUrl']);
  return [{ file, ...(line ? { line } : {}), field: 'sourceUrl', message: problem }];
}
