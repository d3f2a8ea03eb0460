import { readStore } from './store.ts';
import { getSite, type Claim, type SiteEvent } from './site.ts';
import { counterparts, type ClaimPair, type Counterpart } from '../lib/compare.ts';
import { between, horizon, writingWindow, type Horizon } from '../lib/horizon.ts';

/**
 * The comparison (content/comparisons/*.yaml, pairs in file order) and the
 * horizons, joined with the site's data once per build. The content check has
 * already held every pair to claims of the two pieces, earlier piece first.
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

/**
 * Joined once per build, like the site itself (src/data/site.ts): every piece
 * and claim page reads it, and each horizon sorts the whole record, so joining
 * it per page cost pieces × pages sorts (with 1,000 pieces and 10,000 events,
 * over a second a page).
 */
let cached: Promise<Comparison> | undefined;

export function getComparison(): Promise<Comparison> {
  cached ??= joinComparison();
  return cached;
}

async function joinComparison(): Promise<Comparison> {
  const [{ articles, claimById, events }, store] = await Promise.all([getSite(), readStore()]);
  const files = [...store.comparisons].sort((a, b) => (a.filePath ?? a.id).localeCompare(b.filePath ?? b.id));
  const list: ClaimPair[] = files.flatMap((f) => f.data.pairs);
  const pairs = list.map((p) => ({ ...p, earlierClaim: claimById.get(p.earlier)!, laterClaim: claimById.get(p.later)! }));
  const map = counterparts(list);
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
