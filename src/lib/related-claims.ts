/**
 * A claim page's "the other piece on the same topics": the claims of other
 * pieces that share a topic with it, best first — each shared topic counts
 * two, each shared event one — ties in the list's order. The page shows a
 * few and counts the rest, so only those few are kept in order: sorting every
 * match on every claim page made the claim pages cost claims × claims × log.
 */

export interface TopicalClaim {
  id: string;
  piece: string;
  topics: readonly string[];
  events: readonly string[];
}

export interface Related<C> {
  /** The best `shown`, best first. */
  best: C[];
  /** How many claims share a topic with it in all. */
  total: number;
}

export function relatedClaims<C extends TopicalClaim>(claim: TopicalClaim, claims: readonly C[], shown: number): Related<C> {
  const best: { c: C; score: number }[] = [];
  let total = 0;
  for (const c of claims) {
    if (c.piece === claim.piece || !c.topics.some((t) => claim.topics.includes(t))) continue;
    total++;
    const score = c.topics.filter((t) => claim.topics.includes(t)).length * 2 + c.events.filter((e) => claim.events.includes(e)).length;
    // After every kept claim scoring as high or higher: an equal score keeps the earlier claim first.
    let at = best.length;
    while (at > 0 && best[at - 1]!.score < score) at--;
    if (at < shown) {
      best.splice(at, 0, { c, score });
      if (best.length > shown) best.pop();
    }
  }
  return { best: best.map(({ c }) => c), total };
}
