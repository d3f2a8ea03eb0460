import { expect, test } from 'vitest';
import { counterparts, pairProblems } from '../../src/lib/compare.ts';
import { PAIRS } from '../../src/data/comparisons.ts';

const pieceOf = new Map([
  ['out-in-cold', 'first'],
  ['not-sidelined', 'second'],
  ['low-key', 'second'],
]);
const order = ['first', 'second'];

test('counterparts run both ways', () => {
  const map = counterparts([{ question: 'Left out?', earlier: 'out-in-cold', later: 'not-sidelined', relation: 'disagree', note: 'n' }]);
  expect(map.get('out-in-cold')).toEqual([{ id: 'not-sidelined', relation: 'disagree', question: 'Left out?', anchor: 'pair-out-in-cold--not-sidelined' }]);
  expect(map.get('not-sidelined')).toEqual([{ id: 'out-in-cold', relation: 'disagree', question: 'Left out?', anchor: 'pair-out-in-cold--not-sidelined' }]);
});

test('unknown claims, same-piece pairs and reversed pairs are named', () => {
  const problems = pairProblems(
    [
      { question: 'A', earlier: 'nope', later: 'low-key', relation: 'agree', note: 'n' },
      { question: 'B', earlier: 'not-sidelined', later: 'low-key', relation: 'agree', note: 'n' },
      { question: 'C', earlier: 'low-key', later: 'out-in-cold', relation: 'agree', note: 'n' },
    ],
    pieceOf,
    order,
  );
  expect(problems).toEqual([
    'pair 1 ("A"): unknown claim "nope"; use an id from a piece\'s claims list',
    'pair 2 ("B"): both claims are in second; pair claims of the two pieces',
    'pair 3 ("C"): "low-key" is in the later piece; swap earlier and later',
  ]);
});

test('the site pairs cover the questions the brief names', () => {
  const questions = PAIRS.map((p) => p.question).join(' ');
  expect(questions).toMatch(/left out/);
  expect(questions).toMatch(/sanctions/);
  expect(questions).toMatch(/Xi/);
  expect(new Set(PAIRS.map((p) => p.relation))).toEqual(new Set(['agree', 'disagree', 'develops']));
});
