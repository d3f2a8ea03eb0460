import type { z } from 'astro/zod';
import { eventSchema } from '../schemas/event.ts';
import { actorSchema } from '../schemas/actor.ts';
import { annotationSchema } from '../schemas/annotation.ts';
import { placeSchema } from '../schemas/place.ts';
import { comparisonSchema } from '../schemas/comparison.ts';
import { readoutsSchema } from '../schemas/readout.ts';
import { annotationLinkProblems } from './check-annotations.ts';
import { comparisonLinkProblems } from './check-comparisons.ts';
import { readoutLinkProblems } from './check-readouts.ts';
import { parseMarkdownFile, parseYamlFile, type SplitFile } from '../markdown/frontmatter.ts';
import { decode, refusedProblem, type ContentFile } from './decode.ts';
import { valueCharacterProblems, textCharacterProblems } from './characters.ts';
import { fileSizeProblem, lengthProblems } from './limits.ts';
import { eventSourceProblems } from './sources.ts';
import { ALLOWED_HOSTS_FILE, allowedHostsSchema } from '../schemas/allowed-hosts.ts';
import { textHazards } from './hazards.ts';
import { schemaProblems, fieldName, withoutRepeats } from './schema-problems.ts';
import { dateSpanProblems } from './date-span.ts';
import { checkArticle } from './check-article.ts';
import { at, classify, stem, type CheckedContent, type Run } from './run.ts';
import type { Problem } from '../lib/problem.ts';
import { publicDateProblems } from '../lib/public-date.ts';

export type { ContentFile } from './decode.ts';
export type { CheckedArticle, CheckedContent } from './run.ts';

/**
 * Check all content together: each file read once (a real file, within the
 * size limit, UTF-8, no conflict markers or control characters, YAML 1.2
 * frontmatter), its parsed values held to the character and length rules,
 * checked against its schema and the claim syntax, each piece against its
 * source text (words, structure, title and standfirst), each event's sources
 * against each other and its date, then the links between files (claim ids
 * unique across pieces, events and actors that exist, actor names unique).
 * Returns every problem found and the checked entries; never throws.
 */
export function checkContent(files: readonly ContentFile[]): { problems: Problem[]; content: CheckedContent } {
  const run: Run = {
    problems: [],
    content: { articles: [], events: [], actors: [], annotations: [], places: [], comparisons: [], readouts: [] },
    lines: new Map(),
    files: { article: new Map(), event: new Map(), actor: new Map(), annotation: new Map(), place: new Map(), comparison: new Map(), readouts: new Map(), source: new Map() },
    sources: new Map(),
    brokenClaims: new Set(),
    allowedHosts: new Set(),
  };
  const texts: { path: string; kind: NonNullable<ReturnType<typeof classify>>; text: string }[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(file.path);
    if (kind) run.files[kind].set(stem(file.path), file.path);
    // Named, never dropped: a skipped file would later read as a missing one.
    const refused = refusedProblem(file) ?? fileSizeProblem(file.path, file.bytes.length);
    if (refused) {
      run.problems.push(refused);
      continue;
    }
    if (file.path === ALLOWED_HOSTS_FILE) {
      readAllowedHosts(file, run);
      continue;
    }
    if (!kind) {
      run.problems.push({
        file: file.path,
        message: 'stray file: content/ holds only articles/*.md, events/*.md, actors/*.yaml, annotations/*.yaml, places/*.yaml, comparisons/*.yaml, readouts/*.yaml, sources/*.txt and allowed-hosts.yaml; move or delete it',
      });
      continue;
    }
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
    if (kind === 'source') {
      // A piece copies its source word for word: an invisible character here would be copied too.
      const invisible = textCharacterProblems(file.path, text);
      if (invisible.length > 0) run.problems.push(...invisible);
      else run.sources.set(file.path.slice(file.path.lastIndexOf('/') + 1), text);
    } else {
      texts.push({ path: file.path, kind, text });
    }
  }

  for (const { path, kind, text } of texts) {
    const split = kind === 'article' || kind === 'event' ? parseMarkdownFile(text) : parseYamlFile(text);
    if ('problem' in split) {
      run.problems.push({ file: path, ...split.problem });
      continue;
    }
    run.lines.set(path, split.lineOf);
    // Rules on the parsed values (escapes are characters by now) and on the body.
    const values = [...valueCharacterProblems(path, split.data, split.lineOf), ...lengthProblems(path, split.data, split.lineOf), ...textCharacterProblems(path, split.body, split.bodyLineOffset)];
    if (kind === 'article') checkArticle(path, split, run, values);
    else if (kind === 'event') checkEntry(path, split, eventSchema, 'event', run, values, (data) => run.content.events.push({ path, data, body: split.body }), (data) => [
      ...eventSourceProblems(path, data, split.lineOf, run.allowedHosts),
      // The day it became public must agree with its sources (public-date.ts).
      ...publicDateProblems(data).map((p) => ({ file: path, line: split.lineOf([p.field]) ?? 1, field: p.field, message: p.message })),
    ]);
    else if (kind === 'place') checkEntry(path, split, placeSchema, 'place', run, values, (data) => run.content.places.push({ path, data }));
    else if (kind === 'comparison') checkEntry(path, split, comparisonSchema, 'comparison', run, values, (data) => run.content.comparisons.push({ path, data }));
    else if (kind === 'readouts') checkEntry(path, split, readoutsSchema, 'readouts', run, values, (data) => run.content.readouts.push({ path, data }));
    else if (kind === 'annotation') checkEntry(path, split, annotationSchema, 'annotation', run, values, (data) => run.content.annotations.push({ path, data }));
    else checkEntry(path, split, actorSchema, 'actor', run, values, (data) => run.content.actors.push({ path, data }));
  }

  checkLinks(run);
  run.problems.push(...annotationLinkProblems(run.content.annotations, new Set(run.files.event.keys()), (file, path) => at(run, file, path)));
  run.problems.push(...comparisonLinkProblems(run));
  run.problems.push(...readoutLinkProblems(run));
  return { problems: run.problems, content: run.content };
}

function checkEntry<T extends { id: string }>(
  path: string,
  split: SplitFile,
  schema: z.ZodType<T>,
  kind: 'event' | 'actor' | 'annotation' | 'place' | 'comparison' | 'readouts',
  run: Run,
  values: readonly Problem[],
  keep: (data: T) => void,
  more: (data: T) => Problem[] = () => [],
): void {
  const result = schema.safeParse(split.data);
  if (!result.success) {
    const problems = schemaProblems(path, split, result.error);
    run.problems.push(...problems, ...withoutRepeats(values, problems));
    return;
  }
  if (values.length > 0) {
    run.problems.push(...values);
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
  const further = more(result.data);
  if (further.length > 0) {
    run.problems.push(...further);
    return;
  }
  keep(result.data);
}

/** content/allowed-hosts.yaml: read first, so every source can be checked against it. */
function readAllowedHosts(file: ContentFile, run: Run): void {
  const text = decode(file);
  if (typeof text !== 'string') {
    run.problems.push(text);
    return;
  }
  const hazards = textHazards(file.path, text);
  if (hazards.length > 0) {
    run.problems.push(...hazards);
    return;
  }
  const split = parseYamlFile(text);
  if ('problem' in split) {
    run.problems.push({ file: file.path, ...split.problem });
    return;
  }
  const result = allowedHostsSchema.safeParse(split.data);
  if (!result.success) {
    run.problems.push(...schemaProblems(file.path, split, result.error));
    return;
  }
  for (const { host } of result.data.hosts) run.allowedHosts.add(host);
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
  // Two actors with one name are one person filed twice, or two people no reader could tell apart.
  const actorNames = new Map<string, string>();
  for (const { path, data } of content.actors) {
    const name = data.name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
    const other = actorNames.get(name);
    if (other) problems.push({ file: path, ...at(run, path, ['name']), field: 'name', message: `actor name "${data.name}" is already used by ${other}; merge the two files if they are one person, or give each a name readers can tell apart` });
    else actorNames.set(name, path);
  }
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
