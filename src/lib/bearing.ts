/**
 * Which events bear on a claim: first those it names (its own events and its
 * record's), then those the site files under its topics — the events other
 * claims on the same topics name. Derived, so it follows the content.
 */

export interface LinkedClaim {
  id: string;
  topics: readonly string[];
  events: readonly string[];
  record?: { events: readonly string[] } | undefined;
}

export interface Bearing {
  /** Events the claim itself names, in its own order, without repeats. */
  direct: string[];
  /** Events other claims sharing its first topic name, not already direct. */
  byTopic: string[];
}

const linked = (c: LinkedClaim) => [...c.events, ...(c.record?.events ?? [])];

export function bearing(claim: LinkedClaim, all: readonly LinkedClaim[]): Bearing {
  const direct = [...new Set(linked(claim))];
  const topic = claim.topics[0];
  const byTopic = new Set<string>();
  for (const other of all) {
    if (other.id === claim.id || topic === undefined || !other.topics.includes(topic)) continue;
    for (const id of linked(other)) if (!direct.includes(id)) byTopic.add(id);
  }
  return { direct, byTopic: [...byTopic].sort() };
}
