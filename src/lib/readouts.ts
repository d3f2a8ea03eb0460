import type { EventEntry } from '../schemas/event.ts';
import type { Readouts } from '../schemas/readout.ts';
import { READOUT_TOPIC_IDS, type ReadoutSide, type ReadoutTopic } from '../schemas/vocabulary.ts';

/**
 * Pure rules for the two readouts of each Kim–Xi meeting: which events are
 * meetings, and where the two readouts part.
 */

/** The two leaders whose meetings have readouts. */
export const MEETING_LEADERS = ['kim-jong-un', 'xi-jinping'] as const;

/**
 * A Kim–Xi meeting: a visit in the China–North Korea lane whose actors are
 * the two leaders and no one else. A visit that also names an envoy or an
 * ambassador (Kim's call at the Chinese embassy in 2018) is not one: the
 * leaders did not meet.
 */
export function isKimXiMeeting(event: Pick<EventEntry, 'kind' | 'lane' | 'actors'>): boolean {
  return (
    event.kind === 'visit' &&
    event.lane === 'china-dprk' &&
    event.actors.length === MEETING_LEADERS.length &&
    MEETING_LEADERS.every((leader) => event.actors.includes(leader))
  );
}

/** A topic one readout reports and the other does not: which side reports it. */
export interface Parting {
  topic: ReadoutTopic;
  /** The side whose readout reports the topic. */
  reportedBy: ReadoutSide;
}

/** The topics on which the two readouts part, in the fixed topic order. */
export function partings(readouts: Pick<Readouts, 'china' | 'dprk'>): Parting[] {
  return READOUT_TOPIC_IDS.flatMap((topic): Parting[] => {
    const china = readouts.china.topics[topic]?.mark ?? 'absent';
    const dprk = readouts.dprk.topics[topic]?.mark ?? 'absent';
    if ((china === 'absent') === (dprk === 'absent')) return [];
    return [{ topic, reportedBy: china === 'absent' ? 'dprk' : 'china' }];
  });
}
