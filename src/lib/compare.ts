/**
 * Pairs of claims from the two pieces that answer the same question, and the
 * links they give each claim to its counterparts (both ways, from one list).
 */

export const RELATIONS = {
  agree: 'Agree',
  disagree: 'Disagree',
  develops: 'The later piece develops the earlier',
} as const;
export type Relation = keyof typeof RELATIONS;

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

/**
 * What is wrong with the pairs, if anything: unknown claims, a claim paired
 * with one of its own piece, or the pieces the wrong way round.
 */
export function pairProblems(pairs: readonly ClaimPair[], pieceOf: ReadonlyMap<string, string>, order: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  pairs.forEach((pair, i) => {
    const where = `pair ${i + 1} ("${pair.question}")`;
    for (const id of [pair.earlier, pair.later]) {
      if (!pieceOf.has(id)) problems.push(`${where}: unknown claim "${id}"; use an id from a piece's claims list`);
    }
    const a = pieceOf.get(pair.earlier);
    const b = pieceOf.get(pair.later);
    if (a && b && a === b) problems.push(`${where}: both claims are in ${a}; pair claims of the two pieces`);
    if (a && b && a !== b && order.indexOf(a) > order.indexOf(b)) problems.push(`${where}: "${pair.earlier}" is in the later piece; swap earlier and later`);
    const key = `${pair.earlier} ${pair.later}`;
    if (seen.has(key)) problems.push(`${where}: the same two claims are paired twice; remove one`);
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
