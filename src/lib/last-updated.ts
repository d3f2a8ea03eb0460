/** The latest of some ISO dates (YYYY-MM-DD), ignoring missing ones; null when there are none. */
export function latestDate(dates: readonly (string | undefined | null)[]): string | null {
  let latest: string | null = null;
  for (const d of dates) if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && (latest === null || d > latest)) latest = d;
  return latest;
}

export interface Correction {
  /** What was corrected: an event (its `corrected` field) or a claim's record (listed apart, claims having no such field). */
  kind: 'event' | 'claim';
  id: string;
  title: string;
  date: string;
  note: string;
}

/** A dated correction to a claim's kind, outcome or record note, as the About page lists it. */
export interface ClaimCorrection {
  claimId: string;
  date: string;
  note: string;
}

/**
 * Every correction, newest first (then by id): each event's `corrected` note,
 * and the claims' corrections with the title the page gives each claim.
 */
export function correctionsLog(
  events: readonly { id: string; title: string; corrected?: { date: string; note: string } | undefined }[],
  claims: readonly (ClaimCorrection & { title: string })[] = [],
): Correction[] {
  return [
    ...events.flatMap((e): Correction[] => (e.corrected ? [{ kind: 'event', id: e.id, title: e.title, date: e.corrected.date, note: e.corrected.note }] : [])),
    ...claims.map((c): Correction => ({ kind: 'claim', id: c.claimId, title: c.title, date: c.date, note: c.note })),
  ].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}
