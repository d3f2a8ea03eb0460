import type { Annotation } from '../schemas/annotation.ts';
import type { Problem } from '../lib/problem.ts';

/**
 * Every event a story annotation cites or links must exist: the annotation
 * rests on those events and their sources. Ids of event files that exist but
 * failed their own check are accepted here (that file's problem is reported).
 */
export function annotationLinkProblems(
  annotations: readonly { path: string; data: Annotation }[],
  eventIds: ReadonlySet<string>,
  lineOf: (file: string, path: readonly PropertyKey[]) => { line?: number },
): Problem[] {
  const problems: Problem[] = [];
  for (const { path, data } of annotations) {
    const report = (field: readonly PropertyKey[], id: string) =>
      problems.push({ file: path, ...lineOf(path, field), field: fieldName(field), message: `unknown event "${id}"; use an id from content/events/ (the file name without .md)` });
    data.events.forEach((id, i) => {
      if (!eventIds.has(id)) report(['events', i], id);
    });
    (data.links ?? []).forEach((link, i) => {
      for (const end of ['event', 'to'] as const) if (!eventIds.has(link[end])) report(['links', i, end], link[end]);
    });
  }
  return problems;
}

/** ["links", 0, "to"] → "links[0].to", as the other content problems write it. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
