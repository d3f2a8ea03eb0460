import { getSite, type Claim, type SiteEvent } from './site.ts';
import { PAIRS } from './comparisons.ts';
import { counterparts, pairProblems, type ClaimPair, type Counterpart } from '../lib/compare.ts';
import { between, horizon, writingWindow, type Horizon } from '../lib/horizon.ts';
import { ContentError } from '../lib/problem.ts';

/**
 * The comparison and the horizons, joined with the site's data once per build.
 * A pair naming a claim that does not exist stops the build, naming the file.
 */

export interface SitePair extends ClaimPair {
  earlierClaim: Claim;
  laterClaim: Claim;
}

export interface Comparison {
  pairs: SitePair[];
  counterpartsOf: (id: string) => (Counterpart & { claim: Claim })[];
  /** Events begun after the first piece and by the start of the second. */
  between: SiteEvent[];
  /** What the author of each piece could know, by piece id. */
  horizons: Map<string, Horizon<SiteEvent>>;
}

async function build(): Promise<Comparison> {
  const { articles, claims, claimById, events } = await getSite();
  const pieceOf = new Map(claims.map((c) => [c.id, c.piece]));
  const problems = pairProblems(PAIRS, pieceOf, articles.map((a) => a.id));
  if (problems.length > 0) throw new ContentError(problems.map((message) => ({ file: 'src/data/comparisons.ts', message })));
  const pairs = PAIRS.map((p) => ({ ...p, earlierClaim: claimById.get(p.earlier)!, laterClaim: claimById.get(p.later)! }));
  const map = counterparts(PAIRS);
  const windows = articles.map((a) => writingWindow(a.data.published));
  const first = windows[0];
  const second = windows[1];
  return {
    pairs,
    counterpartsOf: (id) => (map.get(id) ?? []).map((c) => ({ ...c, claim: claimById.get(c.id)! })),
    between: first && second ? between(first, second, events) : [],
    horizons: new Map(articles.map((a, i) => [a.id, horizon(windows[i]!, events)])),
  };
}

let cached: Promise<Comparison> | undefined;

export function getComparison(): Promise<Comparison> {
  cached ??= build();
  return cached;
}
