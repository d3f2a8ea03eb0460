import type { DatedEvent, Horizon } from './horizon.ts';

/**
 * "What the author could know" in one line, for the summary of the folded
 * panel on screens too narrow to set it beside the text: how many events
 * were still secret (certainly, then possibly), how many fall either side of
 * an inferred writing date, and how many came after.
 */
export function horizonGist(h: Horizon<DatedEvent>): string {
  const count = (n: number, what: string) => `${n} ${n === 1 ? 'event' : 'events'} ${what}`;
  const parts = [h.hidden.length > 0 ? count(h.hidden.length, 'still secret when written') : 'nothing still secret when written'];
  if (h.maybeHidden.length > 0) parts.push(`${h.maybeHidden.length} possibly secret`);
  if (h.maybeAfter.length > 0) parts.push(count(h.maybeAfter.length, 'either side of the writing'));
  parts.push(h.after.length > 0 ? `${h.after.length} came after` : 'none came after');
  return parts.join(' · ');
}
