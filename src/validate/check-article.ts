import { articleSchema, KEY_CLAIMS } from '../schemas/article.ts';
import type { Problem } from '../lib/problem.ts';
import { pieceAddressProblems } from './sources.ts';
import { pageIdClash } from '../schemas/ids.ts';
import { extractClaims } from '../markdown/claims.ts';
import type { SplitFile } from '../markdown/frontmatter.ts';
import { schemaProblems, withoutRepeats } from './schema-problems.ts';
import { bodyTextProblems } from './body-text.ts';
import { verbatimProblems } from './verbatim.ts';
import { dateSpanProblems } from './date-span.ts';
import type { Run } from './run.ts';
import { stem } from './run.ts';

/**
 * One piece: its frontmatter against the schema, its body as text (claim
 * syntax, nothing but Markdown), its claims listed and marked alike, and its
 * body against its source text, word for word.
 */
export function checkArticle(path: string, split: SplitFile, run: Run, values: readonly Problem[] = []): void {
  const { problems } = run;
  const result = articleSchema.safeParse(split.data);
  const schema = result.success ? [] : schemaProblems(path, split, result.error);
  const inValues = withoutRepeats(values, schema);
  problems.push(...schema, ...inValues);
  const failed = !result.success || inValues.length > 0;
  if (split.body.trim() === '') {
    problems.push({ file: path, line: split.bodyLineOffset + 1, message: 'the piece has no text; paste its body below the frontmatter' });
    return;
  }
  const { tree, claims, problems: syntax } = extractClaims(split.body);
  const inBody = [...syntax, ...bodyTextProblems(tree)];
  for (const p of inBody) problems.push({ file: path, ...p, line: p.line + split.bodyLineOffset });
  if (failed) {
    for (const claim of claims) run.brokenClaims.add(claim.id);
    return;
  }
  const data = result.data;
  problems.push(...pieceAddressProblems(path, data.sourceUrl, split.lineOf, run.allowedHosts));
  const keyCount = data.claims.filter((claim) => claim.key).length;
  // A piece with fewer claims than the minimum (a fixture, a short note) keeps the upper bound only.
  if (keyCount > KEY_CLAIMS.max || (data.claims.length >= KEY_CLAIMS.min && keyCount < KEY_CLAIMS.min)) {
    const line = split.lineOf(['claims']);
    problems.push({
      file: path,
      ...(line ? { line } : {}),
      field: 'claims',
      message: `the piece marks ${keyCount} key claim${keyCount === 1 ? '' : 's'}, but a piece has ${KEY_CLAIMS.min} to ${KEY_CLAIMS.max} (its thesis and main supports); mark that many with key: true (KEY_CLAIMS in src/schemas/article.ts)`,
    });
  }
  problems.push(...dateSpanProblems(path, data as unknown as Record<string, unknown>, split.lineOf));
  if (data.outlet && !data.sourceBasis) {
    const line = split.lineOf(['outlet']);
    problems.push({ file: path, ...(line ? { line } : {}), field: 'sourceBasis', message: 'an outlet is named but not how it is known; add sourceBasis: "…" saying what shows the piece ran there (its address, the outlet\'s own page)' });
  }

  const listed = new Map<string, number>();
  data.claims.forEach((claim, index) => {
    const line = split.lineOf(['claims', index, 'id']);
    const where = { file: path, ...(line ? { line } : {}), field: claim.id };
    if (listed.has(claim.id)) problems.push({ ...where, message: `claim id "${claim.id}" is listed twice in the frontmatter; give each claim its own id` });
    const clash = pageIdClash(claim.id);
    if (clash) problems.push({ ...where, message: `claim ${clash}` });
    listed.set(claim.id, index);
  });
  const marked = new Set<string>();
  for (const claim of claims) {
    const line = claim.line + split.bodyLineOffset;
    if (marked.has(claim.id)) {
      problems.push({ file: path, line, field: claim.id, message: `claim id "${claim.id}" marks two spans; give the second claim its own id` });
    }
    marked.add(claim.id);
    if (!listed.has(claim.id)) {
      problems.push({ file: path, line, field: claim.id, message: `claim "${claim.id}" is marked in the text but missing from the frontmatter claims list; add { id, paraphrase, topics, events }` });
    }
  }
  // With a syntax problem in the text, a listed claim may just be the broken
  // one, already reported at its line: fix that first.
  for (const [id, index] of syntax.length > 0 ? [] : listed) {
    if (!marked.has(id)) {
      const line = split.lineOf(['claims', index, 'id']);
      problems.push({ file: path, ...(line ? { line } : {}), field: id, message: `claim "${id}" is listed in the frontmatter but not marked in the text; wrap its span as :claim[…]{#${id}} or remove the entry` });
    }
  }
  if (inBody.length > 0) {
    for (const claim of claims) run.brokenClaims.add(claim.id);
    return;
  }
  const sourceFile = `content/sources/${data.sourceText}`;
  const source = run.sources.get(data.sourceText);
  // A source text that exists but failed its own check is reported at its line: fix that first.
  const failedSource = run.files.source.has(stem(data.sourceText));
  if (source === undefined) {
    const line = split.lineOf(['sourceText']);
    if (!failedSource) problems.push({ file: path, ...(line ? { line } : {}), field: 'sourceText', message: `the source text ${sourceFile} does not exist; add the piece's raw text there, or fix the file name` });
  } else {
    problems.push(
      ...verbatimProblems({
        file: path,
        tree,
        body: split.body,
        bodyLineOffset: split.bodyLineOffset,
        sourceFile,
        source,
        removed: data.removed.map((r, i) => ({ text: r.text, line: split.lineOf(['removed', i, 'text']), field: `removed[${i}].text` })),
        headings: [
          { text: data.title, line: split.lineOf(['title']), field: 'title', what: 'title' },
          ...(data.dek === null ? [] : [{ text: data.dek, line: split.lineOf(['dek']), field: 'dek', what: 'standfirst (dek)' }]),
        ],
      }),
    );
  }
  run.content.articles.push({ slug: stem(path), path, data, body: split.body, claims });
}
