import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import type { z } from 'zod';
import { articleSchema, type Article } from '../schemas/article.ts';
import { eventSchema, type EventEntry } from '../schemas/event.ts';
import { actorSchema, type Actor } from '../schemas/actor.ts';
import { placeSchema, type Place } from '../schemas/place.ts';
import { readClaims, type MarkedClaim } from '../markdown/claim-syntax.ts';
import { parseMarkdownFile, parseYamlFile, type SplitFile } from './frontmatter.ts';
import type { Problem } from './problem.ts';

/** A file under content/, as raw bytes, with its path relative to the project root. */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
}

/** Where each kind of content lives, and what file type it must be. */
const FOLDERS = [
  { folder: 'content/articles/', ext: '.md', kind: 'article' },
  { folder: 'content/events/', ext: '.md', kind: 'event' },
  { folder: 'content/actors/', ext: '.yaml', kind: 'actor' },
  { folder: 'content/places/', ext: '.yaml', kind: 'place' },
] as const;

type Kind = (typeof FOLDERS)[number]['kind'];

export interface CheckedContent {
  articles: { slug: string; path: string; data: Article; claims: MarkedClaim[] }[];
  events: { path: string; data: EventEntry }[];
  actors: { path: string; data: Actor }[];
  places: { path: string; data: Place }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: ContentFile): string | Problem {
  try {
    return utf8.decode(file.bytes).replace(/^\uFEFF/, '');
  } catch {
    const bad = firstInvalidByte(file.bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (file.bytes[i] === 0x0a) line++;
    return { file: file.path, line, message: 'the file is not valid UTF-8; re-save it with UTF-8 encoding (look for a curly quote or accented letter on this line)' };
  }
}

/**
 * Offset of the first byte that breaks UTF-8. Decoding in streaming mode
 * tolerates a sequence cut off at the end, so "this prefix decodes" only turns
 * false once the bad byte is inside it: a binary search finds that byte.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      good = mid;
    } catch {
      bad = mid;
    }
  }
  return good;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function schemaProblems(path: string, split: SplitFile, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const at = [...issue.path, key];
        const line = split.lineOf(at);
        return { file: path, ...(line ? { line } : {}), field: fieldName(at), message: `unknown field "${key}"; remove it or fix its spelling` };
      });
    }
    const line = split.lineOf(issue.path);
    const field = fieldName(issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      // zod leaves the input out of its issues; read it from the parsed file.
      const input = valueAt(split.data, issue.path);
      message =
        input === undefined
          ? `${field || 'a field'} is missing; add it to the frontmatter`
          : `${field || 'this value'} must be ${describeType(issue.expected)}, not ${describeInput(input)}; fix its value`;
    }
    return [{ file: path, ...(line ? { line } : {}), ...(field ? { field } : {}), message }];
  });
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeType(expected: string): string {
  if (expected === 'array') return 'a list (write [a, b] or one "- item" per line)';
  if (expected === 'object') return 'a group of "name: value" lines';
  return `${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}`;
}

function describeInput(input: unknown): string {
  if (input === null) return 'empty (null)';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'a group of fields' : `the ${typeof input} ${JSON.stringify(input)}`;
}

const markdown = unified().use(remarkParse).use(remarkDirective);

function classify(path: string): Kind | null {
  for (const { folder, ext, kind } of FOLDERS) {
    if (path.startsWith(folder) && path.endsWith(ext) && !path.slice(folder.length).includes('/')) return kind;
  }
  return null;
}

function stem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}

type LineOf = SplitFile['lineOf'];

/**
 * What one run knows beyond the valid entries: where fields sit in each file
 * (so links can point at their line), and which ids belong to files that exist
 * but failed their own checks. A link to such an id is not reported again:
 * the file's own problem is the one to fix, and "add content/events/x.md"
 * would be wrong advice when x.md is there.
 */
interface Run {
  problems: Problem[];
  content: CheckedContent;
  lines: Map<string, LineOf>;
  /** kind → id → file, for every file of that kind, valid or not. */
  files: Record<Kind, Map<string, string>>;
  /** Claim ids marked or listed in pieces that failed their checks. */
  brokenClaims: Set<string>;
}

function at(run: Run, file: string, path: readonly PropertyKey[]): { line?: number } {
  const line = run.lines.get(file)?.(path);
  return line ? { line } : {};
}

/**
 * Check all content together: each file against its schema and the claim
 * syntax, then the links between files (claim ids unique across pieces, events
 * and actors that exist). Returns every problem found, never throws.
 */
export function checkContent(files: readonly ContentFile[]): { problems: Problem[]; content: CheckedContent } {
  const run: Run = {
    problems: [],
    content: { articles: [], events: [], actors: [], places: [] },
    lines: new Map(),
    files: { article: new Map(), event: new Map(), actor: new Map(), place: new Map() },
    brokenClaims: new Set(),
  };
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const file of sorted) {
    const kind = classify(file.path);
    if (kind) run.files[kind].set(stem(file.path), file.path);
  }

  for (const file of sorted) {
    const kind = classify(file.path);
    if (!kind) {
      run.problems.push({
        file: file.path,
        message: 'stray file: content/ holds only articles/*.md, events/*.md, actors/*.yaml and places/*.yaml; move or delete it',
      });
      continue;
    }
    const text = decode(file);
    if (typeof text !== 'string') {
      run.problems.push(text);
      continue;
    }
    const split = kind === 'actor' || kind === 'place' ? parseYamlFile(text) : parseMarkdownFile(text);
    if ('problem' in split) {
      run.problems.push({ file: file.path, ...split.problem });
      continue;
    }
    run.lines.set(file.path, split.lineOf);
    if (kind === 'article') checkArticle(file.path, split, run);
    else if (kind === 'event') checkEntry(file.path, split, eventSchema, 'event', run, (data) => run.content.events.push({ path: file.path, data }));
    else if (kind === 'place') checkEntry(file.path, split, placeSchema, 'place', run, (data) => run.content.places.push({ path: file.path, data }));
    else checkEntry(file.path, split, actorSchema, 'actor', run, (data) => run.content.actors.push({ path: file.path, data }));
  }

  checkLinks(run);
  return { problems: run.problems, content: run.content };
}

function checkEntry<T extends { id: string }>(
  path: string,
  split: SplitFile,
  schema: z.ZodType<T>,
  kind: 'event' | 'actor' | 'place',
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
  keep(result.data);
}

function checkArticle(path: string, split: SplitFile, run: Run): void {
  const { problems } = run;
  const result = articleSchema.safeParse(split.data);
  if (!result.success) problems.push(...schemaProblems(path, split, result.error));
  if (split.body.trim() === '') {
    problems.push({ file: path, line: split.bodyLineOffset + 1, message: 'the piece has no text; paste its body below the frontmatter' });
    return;
  }
  const tree = markdown.parse(split.body);
  const { claims, problems: syntax } = readClaims(tree, split.body);
  for (const p of syntax) problems.push({ file: path, ...p, line: p.line + split.bodyLineOffset });
  if (!result.success) {
    for (const claim of claims) run.brokenClaims.add(claim.id);
    return;
  }

  const listed = new Map<string, number>();
  result.data.claims.forEach((claim, index) => {
    const line = split.lineOf(['claims', index, 'id']);
    if (listed.has(claim.id)) {
      problems.push({ file: path, ...(line ? { line } : {}), field: claim.id, message: `claim id "${claim.id}" is listed twice in the frontmatter; give each claim its own id` });
    }
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
  if (syntax.length > 0) {
    for (const claim of claims) run.brokenClaims.add(claim.id);
    return;
  }
  run.content.articles.push({ slug: stem(path), path, data: result.data, claims });
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
    article.data.claims.forEach((claim, c) => {
      claim.events.forEach((event, e) => {
        if (!eventExists(event)) {
          const field = ['claims', c, 'events', e] as const;
          problems.push({ file: article.path, ...at(run, article.path, field), field: fieldName(field), message: `claim "${claim.id}" points to unknown event "${event}"; add content/events/${event}.md or fix the id` });
        }
      });
    });
  }
  for (const { path, data } of content.events) {
    data.actors.forEach((actor, a) => {
      if (!actorExists(actor)) {
        const field = ['actors', a] as const;
        problems.push({ file: path, ...at(run, path, field), field: fieldName(field), message: `unknown actor "${actor}"; add content/actors/${actor}.yaml or use an existing id` });
      }
    });
    if (data.placeId && !run.files.place.has(data.placeId)) {
      problems.push({ file: path, ...at(run, path, ['placeId']), field: 'placeId', message: `unknown place "${data.placeId}"; add content/places/${data.placeId}.yaml (id, name, country, lat, lon) or use an existing id` });
    }
  }
}
