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

interface TopicEvents {
  /** Every event some claim on the topic names, sorted as byTopic is. */
  sorted: string[];
  /** For each of them, the ids of the claims on the topic that name it. */
  namedBy: Map<string, Set<string>>;
}

const indexes = new WeakMap<readonly LinkedClaim[], Map<string, TopicEvents>>();

/**
 * The claims' events gathered by topic, once per list of claims: every claim
 * page asks for its bearing, and going through every claim on each of them
 * made the claim pages cost claims × claims.
 */
function byTopicIndex(all: readonly LinkedClaim[]): Map<string, TopicEvents> {
  let index = indexes.get(all);
  if (index) return index;
  index = new Map();
  for (const claim of all) {
    for (const topic of new Set(claim.topics)) {
      let entry = index.get(topic);
      if (!entry) {
        entry = { sorted: [], namedBy: new Map() };
        index.set(topic, entry);
      }
      for (const id of linked(claim)) {
        let names = entry.namedBy.get(id);
        if (!names) {
          names = new Set();
          entry.namedBy.set(id, names);
          entry.sorted.push(id);
        }
        names.add(claim.id);
      }
    }
  }
  for (const entry of index.values()) entry.sorted.sort();
  indexes.set(all, index);
  return index;
}

export function bearing(claim: LinkedClaim, all: readonly LinkedClaim[]): Bearing {
  const direct = [...new Set(linked(claim))];
  const topic = claim.topics[0];
  const entry = topic === undefined ? undefined : byTopicIndex(all).get(topic);
  if (!entry) return { direct, byTopic: [] };
  const own = new Set(direct);
  // Named by some claim on the topic other than this one, and not already direct.
  const byTopic = entry.sorted.filter((id) => !own.has(id) && (entry.namedBy.get(id)!.size > 1 || !entry.namedBy.get(id)!.has(claim.id)));
  return { direct, byTopic };
}
