import { editDistance } from './search/spelling.ts';

/**
 * Pairs of claims from the two pieces that answer the same question, and the
 * links they give each claim to its counterparts (both ways, from one list).
 */

import type { Relation } from '../schemas/vocabulary.ts';
// The relations are content vocabulary, defined with the site's other vocabularies.
export { RELATIONS, type Relation } from '../schemas/vocabulary.ts';

export interface ClaimPair {
  /** The question both claims answer, as a reader would ask it. */
  question: string;
  /** Claim id in the earlier piece. */
  earlier: string;
  /** Claim id in the later piece. */
  later: string;
  relation: Relation;
  /** One neutral sentence on how the two relate. */
  note: string;
}

export interface Counterpart {
  id: string;
  relation: Relation;
  question: string;
  /** The pair's anchor on /compare/. */
  anchor: string;
}

/** A pair's stable anchor on /compare/, from its two claim ids. */
export function pairAnchor(pair: Pick<ClaimPair, 'earlier' | 'later'>): string {
  return `pair-${pair.earlier}--${pair.later}`;
}

/** A problem with one pair: its index in the list, the field at fault (if one is), and what to do. */
export interface PairProblem {
  index: number;
  field?: 'earlier' | 'later';
  message: string;
}

/** Up to `max` ids nearest to `id` by edit distance, nearest first, then alphabetical. */
export function closestIds(id: string, ids: Iterable<string>, max = 3): string[] {
  return [...ids]
    .map((candidate) => ({ candidate, distance: editDistance(id, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((c) => c.candidate);
}

/**
 * What is wrong with the pairs, if anything: unknown claims (with the closest
 * known ids), a claim paired with one of its own piece, the pieces the wrong
 * way round, a pair listed twice. `order` lists the pieces, earliest first;
 * `skip` holds ids not to report as unknown (their piece failed its own check).
 */
export function pairProblems(
  pairs: readonly ClaimPair[],
  pieceOf: ReadonlyMap<string, string>,
  order: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): PairProblem[] {
  const problems: PairProblem[] = [];
  const seen = new Set<string>();
  pairs.forEach((pair, index) => {
    const where = `pair ${index + 1} ("${pair.question}")`;
    for (const field of ['earlier', 'later'] as const) {
      const id = pair[field];
      if (pieceOf.has(id) || skip.has(id)) continue;
      const near = closestIds(id, pieceOf.keys()).map((c) => `"${c}"`);
      const hint = near.length > 0 ? ` (closest: ${near.join(', ')})` : '';
      problems.push({ index, field, message: `${where}: unknown claim "${id}"; use an id from a piece's claims list${hint}` });
    }
    const a = pieceOf.get(pair.earlier);
    const b = pieceOf.get(pair.later);
    if (a && b && a === b) problems.push({ index, field: 'later', message: `${where}: both claims are in ${a}; pair claims of the two pieces` });
    if (a && b && a !== b && order.indexOf(a) > order.indexOf(b)) problems.push({ index, message: `${where}: "${pair.earlier}" is in the later piece; swap earlier and later` });
    const key = `${pair.earlier} ${pair.later}`;
    if (seen.has(key)) problems.push({ index, message: `${where}: the same two claims are paired twice; remove one` });
    seen.add(key);
  });
  return problems;
}

/** Each claim's counterparts, from both ends of every pair. */
export function counterparts(pairs: readonly ClaimPair[]): Map<string, Counterpart[]> {
  const map = new Map<string, Counterpart[]>();
  const add = (from: string, to: string, pair: ClaimPair) =>
    map.set(from, [...(map.get(from) ?? []), { id: to, relation: pair.relation, question: pair.question, anchor: pairAnchor(pair) }]);
  for (const pair of pairs) {
    add(pair.earlier, pair.later, pair);
    add(pair.later, pair.earlier, pair);
  }
  return map;
}
