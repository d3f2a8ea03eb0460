import type { z } from 'zod';
import { eventSchema } from '../schemas/event.ts';
import { actorSchema } from '../schemas/actor.ts';
import { annotationSchema } from '../schemas/annotation.ts';
import { placeSchema } from '../schemas/place.ts';
import { comparisonSchema } from '../schemas/comparison.ts';
import { annotationLinkProblems } from './check-annotations.ts';
import { comparisonLinkProblems } from './check-comparisons.ts';
import { parseMarkdownFile, parseYamlFile, type SplitFile } from '../markdown/frontmatter.ts';
import { decode, type ContentFile } from './decode.ts';
import { textHazards } from './hazards.ts';
import { schemaProblems, fieldName } from './schema-problems.ts';
import { dateSpanProblems } from './date-span.ts';
import { checkArticle } from './check-article.ts';
import { at, classify, stem, type CheckedContent, type Run } from './run.ts';
import type { Problem } from '../lib/problem.ts';
import { publicDateProblems } from '../lib/public-date.ts';

export type { ContentFile } from './decode.ts';
export type { CheckedArticle, CheckedContent } from './run.ts';

/**
 * Check all content together: each file read once (UTF-8, no conflict markers
 * or control characters, YAML 1.2 frontmatter) and checked against its schema
 * and the claim syntax, each piece against its source text, then the links
 * between files (claim ids unique across pieces, events and actors that
 * exist). Returns every problem found and the checked entries; never throws.
 */
export function checkContent(files: readonly ContentFile[]): { problems: Problem[]; content: CheckedContent } {
  const run: Run = {
    problems: [],
    content: { articles: [], events: [], actors: [], annotations: [], places: [], comparisons: [] },
    lines: new Map(),
    files: { article: new Map(), event: new Map(), actor: new Map(), annotation: new Map(), place: new Map(), comparison: new Map(), source: new Map() },
    sources: new Map(),
    brokenClaims: new Set(),
  };
  const texts: { path: string; kind: NonNullable<ReturnType<typeof classify>>; text: string }[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(file.path);
    if (!kind) {
      run.problems.push({
        file: file.path,
        message: 'stray file: content/ holds only articles/*.md, events/*.md, actors/*.yaml, annotations/*.yaml, places/*.yaml, comparisons/*.yaml and sources/*.txt; move or delete it',
      });
      continue;
    }
    run.files[kind].set(stem(file.path), file.path);
    const text = decode(file);
    if (typeof text !== 'string') {
      run.problems.push(text);
      continue;
    }
    const hazards = textHazards(file.path, text);
    if (hazards.length > 0) {
      run.problems.push(...hazards);
      continue;
    }
    if (kind === 'source') run.sources.set(file.path.slice(file.path.lastIndexOf('/') + 1), text);
    else texts.push({ path: file.path, kind, text });
  }

  for (const { path, kind, text } of texts) {
    const split = kind === 'article' || kind === 'event' ? parseMarkdownFile(text) : parseYamlFile(text);
    if ('problem' in split) {
      run.problems.push({ file: path, ...split.problem });
      continue;
    }
    run.lines.set(path, split.lineOf);
    if (kind === 'article') checkArticle(path, split, run);
    else if (kind === 'event')
      checkEntry(path, split, eventSchema, 'event', run, (data) => {
        // The day it became public must agree with its sources (public-date.ts).
        const dated = publicDateProblems(data);
        for (const p of dated) run.problems.push({ file: path, ...at(run, path, [p.field]), field: p.field, message: p.message });
        if (dated.length === 0) run.content.events.push({ path, data, body: split.body });
      });
    else if (kind === 'place') checkEntry(path, split, placeSchema, 'place', run, (data) => run.content.places.push({ path, data }));
    else if (kind === 'comparison') checkEntry(path, split, comparisonSchema, 'comparison', run, (data) => run.content.comparisons.push({ path, data }));
    else if (kind === 'annotation') checkEntry(path, split, annotationSchema, 'annotation', run, (data) => run.content.annotations.push({ path, data }));
    else checkEntry(path, split, actorSchema, 'actor', run, (data) => run.content.actors.push({ path, data }));
  }

  checkLinks(run);
  run.problems.push(...annotationLinkProblems(run.content.annotations, new Set(run.files.event.keys()), (file, path) => at(run, file, path)));
  run.problems.push(...comparisonLinkProblems(run));
  return { problems: run.problems, content: run.content };
}

function checkEntry<T extends { id: string }>(
  path: string,
  split: SplitFile,
  schema: z.ZodType<T>,
  kind: 'event' | 'actor' | 'annotation' | 'place' | 'comparison',
  run: Run,
  keep: (data: T) => void,
): void {
  const result = schema.safeParse(split.data);
  if (!result.success) {
    run.problems.push(...schemaProblems(path, split, result.error));
    return;
  }
  const { id } = result.data;
  if (id !== stem(path)) {
    const owner = run.files[kind].get(id);
    const line = split.lineOf(['id']) ?? 1;
    run.problems.push(
      owner
        ? { file: path, line, field: 'id', message: `${kind} id "${id}" is already used by ${owner}; give this ${kind} its own id, equal to its file name "${stem(path)}"` }
        : { file: path, line, field: 'id', message: `id "${id}" must equal the file name "${stem(path)}"; rename the file or fix the id` },
    );
    return;
  }
  const outside = dateSpanProblems(path, result.data as unknown as Record<string, unknown>, split.lineOf);
  if (outside.length > 0) {
    run.problems.push(...outside);
    return;
  }
  keep(result.data);
}

function checkLinks(run: Run): void {
  const { content, problems } = run;
  const claimHome = new Map<string, string>();
  for (const article of content.articles) {
    article.data.claims.forEach((claim, index) => {
      const other = claimHome.get(claim.id);
      if (other && other !== article.path) {
        problems.push({ file: article.path, ...at(run, article.path, ['claims', index, 'id']), field: claim.id, message: `claim id "${claim.id}" is already used in ${other}; claim ids are unique across the site, so choose another` });
      }
      claimHome.set(claim.id, article.path);
    });
  }
  const eventIds = new Map<string, string>();
  for (const { path, data } of content.events) {
    const other = eventIds.get(data.id);
    if (other) problems.push({ file: path, ...at(run, path, ['id']), field: 'id', message: `event id "${data.id}" is already used by ${other}; choose another` });
    eventIds.set(data.id, path);
  }
  const actorIds = new Set(content.actors.map((a) => a.data.id));
  // An id whose file exists but failed its own checks is already reported there.
  const eventExists = (id: string) => eventIds.has(id) || run.files.event.has(id);
  const actorExists = (id: string) => actorIds.has(id) || run.files.actor.has(id);

  for (const article of content.articles) {
    // A claim's events, its record's events and the margin notes' events all
    // name files in content/events/.
    const links = [
      ...article.data.claims.flatMap((claim, c) => [
        ...claim.events.map((event, e) => ({ event, path: ['claims', c, 'events', e], who: `claim "${claim.id}"` })),
        ...(claim.record?.events ?? []).map((event, e) => ({ event, path: ['claims', c, 'record', 'events', e], who: `the record of claim "${claim.id}"` })),
      ]),
      ...article.data.margin.flatMap((note, n) => note.events.map((event, e) => ({ event, path: ['margin', n, 'events', e], who: `margin note "${note.phrase}"` }))),
    ];
    for (const { event, path: field, who } of links) {
      if (!eventExists(event)) {
        problems.push({ file: article.path, ...at(run, article.path, field), field: fieldName(field), message: `${who} points to unknown event "${event}"; add content/events/${event}.md or fix the id` });
      }
    }
  }
  for (const { path, data } of content.events) {
    if (data.placeId && !run.files.place.has(data.placeId)) {
      problems.push({ file: path, ...at(run, path, ['placeId']), field: 'placeId', message: `unknown place "${data.placeId}"; add content/places/${data.placeId}.yaml (id, name, country, lat, lon) or use an existing id` });
    }
    data.actors.forEach((actor, a) => {
      if (!actorExists(actor)) {
        const field = ['actors', a] as const;
        problems.push({ file: path, ...at(run, path, field), field: fieldName(field), message: `unknown actor "${actor}"; add content/actors/${actor}.yaml or use an existing id` });
      }
    });
  }
}
