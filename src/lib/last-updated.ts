/** The latest of some ISO dates (YYYY-MM-DD), ignoring missing ones; null when there are none. */
export function latestDate(dates: readonly (string | undefined | null)[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && (latest === null || d > latest)) latest = d;
  return latest;
}

export interface Correction {
  eventId: string;
  title: string;
  date: string;
  note: string;
}

/** Every event's correction, newest first (then by event id), for the corrections log. */
export function correctionsLog(events: readonly { id: string; title: string; corrected?: { date: string; note: string } | undefined }[]): Correction[] {
  return events
    .flatMap((e) => (e.corrected ? [{ eventId: e.id, title: e.title, date: e.corrected.date, note: e.corrected.note }] : []))
    .sort((a, b) => b.date.localeCompare(a.date) || a.eventId.localeCompare(b.eventId));
}
