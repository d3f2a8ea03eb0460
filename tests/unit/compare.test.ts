import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { closestIds, counterparts, pairProblems } from '../../src/lib/compare.ts';
import { parseYamlFile } from '../../src/markdown/frontmatter.ts';
import { comparisonSchema } from '../../src/schemas/comparison.ts';

function sitePairs() {
  const split = parseYamlFile(readFileSync('content/comparisons/the-two-pieces.yaml', 'utf8'));
  if ('problem' in split) throw new Error(split.problem.message);
  return comparisonSchema.parse(split.data).pairs;
}

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

test('unknown claims (with the closest ids), same-piece pairs and reversed pairs are named', () => {
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
    { index: 0, field: 'earlier', message: 'pair 1 ("A"): unknown claim "nope"; use an id from a piece\'s claims list (closest: "low-key", "out-in-cold", "not-sidelined")' },
    { index: 1, field: 'later', message: 'pair 2 ("B"): both claims are in second; pair claims of the two pieces' },
    { index: 2, message: 'pair 3 ("C"): "low-key" is in the later piece; swap earlier and later' },
  ]);
});

test('the closest ids come nearest first, then alphabetically', () => {
  expect(closestIds('china-out-in-cold', ['china-not-sidelined', 'china-out-in-the-cold', 'low-key', 'out-in-cold'])).toEqual([
    'china-out-in-the-cold',
    'out-in-cold',
    'china-not-sidelined',
  ]);
  expect(closestIds('x', [])).toEqual([]);
});

test('a claim of a piece that failed its own check is not reported again', () => {
  const problems = pairProblems([{ question: 'A', earlier: 'broken', later: 'low-key', relation: 'agree', note: 'n' }], pieceOf, order, new Set(['broken']));
  expect(problems).toEqual([]);
});

test('the site pairs cover the questions the brief names', () => {
  const PAIRS = sitePairs();
  const questions = PAIRS.map((p) => p.question).join(' ');
  expect(questions).toMatch(/left out/);
  expect(questions).toMatch(/sanctions/);
  expect(questions).toMatch(/Xi/);
  expect(new Set(PAIRS.map((p) => p.relation))).toEqual(new Set(['agree', 'disagree', 'develops']));
});
