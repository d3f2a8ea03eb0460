import { readStore } from './store.ts';
import { getSite, type Claim, type SiteEvent } from './site.ts';
import { partings, type Parting } from '../lib/readouts.ts';
import type { Readouts } from '../schemas/readout.ts';

/**
 * The two readouts of each Kim–Xi meeting, joined with the meeting's event
 * and with the claims that speak of it, once per build. The content check has
 * already held every meeting to a readouts file and every file to a meeting.
 */

export interface Meeting {
  event: SiteEvent;
  readouts: Readouts;
  /** Topics one readout reports and the other does not. */
  partings: Parting[];
}

export interface MeetingReadouts {
  /** Every meeting, oldest first. */
  meetings: Meeting[];
  byEvent: Map<string, Meeting>;
  /** The meetings a claim speaks of (through its events or its record's events), oldest first. */
  meetingsOfClaim: (claim: Claim) => Meeting[];
}

/** The readouts of every Kim–Xi meeting, joined from the store and the site's events on each call (no cache of its own). */
export async function getMeetingReadouts(): Promise<MeetingReadouts> {
  const [{ eventById }, store] = await Promise.all([getSite(), readStore()]);
  const files = store.readouts;
  const meetings = files
    .flatMap(({ data }): Meeting[] => {
      const event = eventById.get(data.id);
      return event ? [{ event, readouts: data, partings: partings(data) }] : [];
    })
    .sort((a, b) => a.event.start.localeCompare(b.event.start));
  const byEvent = new Map(meetings.map((m) => [m.event.id, m]));
  return {
    meetings,
    byEvent,
    meetingsOfClaim: (claim) => {
      const ids = new Set([...claim.events, ...(claim.record?.events ?? [])]);
      return meetings.filter((m) => ids.has(m.event.id));
    },
  };
}
