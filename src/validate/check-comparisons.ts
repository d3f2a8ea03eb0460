import { pairProblems } from '../lib/compare.ts';
import { writtenFrom } from '../lib/attribution.ts';
import { at, type Run } from './run.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * Every pair in content/comparisons/ must join a claim of the earlier piece to
 * one of the later (pieces ordered by when they were written), each id a claim
 * listed in a piece; an unknown id is reported with the closest known ones.
 * Ids listed in a piece that failed its own check are not reported again.
 */
export function comparisonLinkProblems(run: Run): Problem[] {
  const articles = [...run.content.articles].sort((a, b) => writtenFrom(a.data.published).localeCompare(writtenFrom(b.data.published)));
  const pieceOf = new Map(articles.flatMap((a) => a.data.claims.map((c) => [c.id, a.slug] as const)));
  const order = articles.map((a) => a.slug);
  return run.content.comparisons.flatMap(({ path, data }) =>
    pairProblems(data.pairs, pieceOf, order, run.brokenClaims).map(({ index, field, message }) => {
      const fieldPath = field ? ['pairs', index, field] : ['pairs', index];
      return { file: path, ...at(run, path, fieldPath), field: field ? `pairs[${index}].${field}` : `pairs[${index}]`, message };
    }),
  );
}
