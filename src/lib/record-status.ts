/**
 * Counting and wording claims' statuses: the scorecard a piece shows and the
 * honest counts on home and About. Pure functions on the schemas' types, so
 * every page derives the same numbers from the same statuses.
 */
import { STATUSES, VERDICT_STATUSES, type Status } from '../schemas/vocabulary.ts';
import type { ClaimKind } from '../schemas/claim.ts';

interface Judged {
  kind: ClaimKind;
  record: { status: Status };
}

/** How many claims fall under each status (every status present, zero where none). */
export function statusTally(claims: readonly Judged[]): Record<Status, number> {
  const tally = Object.fromEntries(Object.keys(STATUSES).map((s) => [s, 0])) as Record<Status, number>;
  for (const claim of claims) tally[claim.record.status] += 1;
  return tally;
}

/**
 * What the record can and cannot say about a set of claims. A fact or a
 * forecast is testable: it gets a verdict, or (open) one is awaited. A
 * reading or a piece of advice is not true or false; the record either shows
 * what followed on its matter, or cannot bear on it at all.
 */
export interface RecordReach {
  total: number;
  /** Facts and predictions with a verdict. */
  verdicts: number;
  /** Predictions the record does not yet settle. */
  open: number;
  /** Readings and advice on whose matter the record shows what followed. */
  followed: number;
  /** Claims the record cannot bear on. */
  beyond: number;
}

export function recordReach(claims: readonly Judged[]): RecordReach {
  const t = statusTally(claims);
  return {
    total: claims.length,
    verdicts: VERDICT_STATUSES.reduce((n, s) => n + t[s], 0),
    open: t.open,
    followed: t['what-followed'],
    beyond: t['beyond-record'],
  };
}

/** "1 claim" / "3 claims": a count with its noun. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A piece's scorecard, one line: its facts and its predictions, each by
 * status, naming only the statuses that occur ("Facts: 9 match the record,
 * 2 partly. Predictions: 1 open."). Empty parts are said plainly.
 */
export function scorecard(claims: readonly Judged[]): string {
  const part = (kind: ClaimKind, noun: string, order: readonly Status[], words: Partial<Record<Status, string>>) => {
    const mine = claims.filter((c) => c.kind === kind);
    if (mine.length === 0) return `No ${noun}s.`;
    const t = statusTally(mine);
    const bits = order.filter((s) => t[s] > 0).map((s) => `${t[s]} ${words[s] ?? STATUSES[s].toLowerCase()}`);
    return `${counted(mine.length, noun)}: ${bits.join(', ')}.`;
  };
  const facts = part('fact', 'fact', ['matches', 'at-odds', 'partly'], { matches: 'match the record', 'at-odds': 'at odds with it', partly: 'partly' });
  const forecasts = part('prediction', 'prediction', ['borne-out', 'not-borne-out', 'partly', 'open'], { 'borne-out': 'borne out', 'not-borne-out': 'not borne out', partly: 'partly borne out', open: 'open' });
  return `${facts} ${forecasts}`;
}
