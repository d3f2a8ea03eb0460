import { describe, expect, it } from 'vitest';
import { counted, recordReach, scorecard, statusTally } from '../../src/lib/record-status.ts';
import type { Status } from '../../src/schemas/vocabulary.ts';
import type { ClaimKind } from '../../src/schemas/claim.ts';

const claim = (kind: ClaimKind, status: Status) => ({ kind, record: { status } });

/** A piece's claims: three facts, three predictions, a reading and two pieces of advice. */
const claims = [
  claim('fact', 'matches'),
  claim('fact', 'matches'),
  claim('fact', 'partly'),
  claim('prediction', 'not-borne-out'),
  claim('prediction', 'partly'),
  claim('prediction', 'open'),
  claim('interpretation', 'what-followed'),
  claim('prescription', 'beyond-record'),
  claim('prescription', 'what-followed'),
];

describe('counting and wording claims’ statuses', () => {
  it('tallies every status, zero where none', () => {
    expect(statusTally(claims)).toEqual({ matches: 2, 'at-odds': 0, partly: 2, 'borne-out': 0, 'not-borne-out': 1, open: 1, 'what-followed': 2, 'beyond-record': 1 });
    expect(Object.values(statusTally([])).every((n) => n === 0)).toBe(true);
    expect(Object.keys(statusTally([]))).toHaveLength(8);
  });

  it('says how far the record reaches: verdicts, open forecasts, what followed, beyond it', () => {
    expect(recordReach(claims)).toEqual({ total: 9, verdicts: 5, open: 1, followed: 2, beyond: 1 });
    expect(recordReach([claim('fact', 'at-odds'), claim('prediction', 'borne-out')])).toEqual({ total: 2, verdicts: 2, open: 0, followed: 0, beyond: 0 });
    expect(recordReach([])).toEqual({ total: 0, verdicts: 0, open: 0, followed: 0, beyond: 0 });
  });

  it('counts with the noun in the right number', () => {
    expect(counted(1, 'claim')).toBe('1 claim');
    expect(counted(0, 'claim')).toBe('0 claims');
    expect(counted(3, 'claim')).toBe('3 claims');
    expect(counted(2, 'person', 'people')).toBe('2 people');
    expect(counted(1, 'person', 'people')).toBe('1 person');
  });

  it('writes a piece’s scorecard naming only the statuses that occur, in a fixed order', () => {
    expect(scorecard(claims)).toBe('3 facts: 2 match the record, 1 partly. 3 predictions: 1 not borne out, 1 partly borne out, 1 open.');
    expect(scorecard([claim('fact', 'at-odds'), claim('prediction', 'borne-out')])).toBe('1 fact: 1 at odds with it. 1 prediction: 1 borne out.');
    // Readings and advice are not scored; a piece with none of a kind says so plainly.
    expect(scorecard([claim('interpretation', 'what-followed')])).toBe('No facts. No predictions.');
  });
});
