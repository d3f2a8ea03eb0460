import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import type { z } from 'zod';
import { articleSchema, type Article } from '../schemas/article.ts';
import { eventSchema, type EventEntry } from '../schemas/event.ts';
import { actorSchema, type Actor } from '../schemas/actor.ts';
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
] as const;

type Kind = (typeof FOLDERS)[number]['kind'];

export interface CheckedContent {
  articles: { slug: string; path: string; data: Article; claims: MarkedClaim[] }[];
  events: { path: string; data: EventEntry }[];
  actors: { path: string; data: Actor }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(file: ContentFile): string | Problem {
  try {
    return utf8.decode(file.bytes).replace(/^\uFEFF/, '');
  } catch {
    let good = 0;
    for (let end = file.bytes.length; end > 0; end = Math.floor(end / 2)) {
      try {
        utf8.decode(file.bytes.subarray(0, end));
        good = end;
        break;
      } catch { /* keep halving to find a readable prefix */ }
    }
    const line = new TextDecoder().decode(file.bytes.subarray(0, good)).split('\n').length;
    return { file: file.path, line, message: 'the file is not valid UTF-8; re-save it with UTF-8 encoding' };
  }
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function schemaProblems(path: string, split: SplitFile, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const line = split.lineOf(issue.path);
    const field = fieldName(issue.path);
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const message = missing ? `${field || 'a field'} is missing; add it to the frontmatter` : issue.message;
    return { file: path, ...(line ? { line } : {}), ...(field ? { field } : {}), message };
  });
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

/**
 * Check all content together: each file against its schema and the claim
 * syntax, then the links between files (claim ids unique across pieces, events
 * and actors that exist). Returns every problem found, never throws.
 */
export function checkContent(files: readonly ContentFile[]): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];
  const content: CheckedContent = { articles: [], events: [], actors: [] };

  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const kind = classify(file.path);
    if (!kind) {
      problems.push({
        file: file.path,
        message: 'stray file: content/ holds only articles/*.md, events/*.md and actors/*.yaml; move or delete it',
      });
      continue;
    }
    const text = decode(file);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const split = kind === 'actor' ? parseYamlFile(text) : parseMarkdownFile(text);
    if ('problem' in split) {
      problems.push({ file: file.path, ...split.problem });
      continue;
    }
    if (kind === 'article') checkArticle(file.path, split, problems, content);
    else if (kind === 'event') checkEntry(file.path, split, eventSchema, problems, (data) => content.events.push({ path: file.path, data }));
    else checkEntry(file.path, split, actorSchema, problems, (data) => content.actors.push({ path: file.path, data }));
  }

  checkLinks(content, problems);
  return { problems, content };
}

function checkEntry<T extends { id: string }>(
  path: string,
  split: SplitFile,
  schema: z.ZodType<T>,
  problems: Problem[],
  keep: (data: T) => void,
): void {
  const result = schema.safeParse(split.data);
  if (!result.success) {
    problems.push(...schemaProblems(path, split, result.error));
    return;
  }
  if (result.data.id !== stem(path)) {
    problems.push({ file: path, line: split.lineOf(['id']) ?? 1, field: 'id', message: `id "${result.data.id}" must equal the file name "${stem(path)}"; rename the file or fix the id` });
    return;
  }
  keep(result.data);
}

function checkArticle(path: string, split: SplitFile, problems: Problem[], content: CheckedContent): void {
  const result = articleSchema.safeParse(split.data);
  if (!result.success) problems.push(...schemaProblems(path, split, result.error));
  if (split.body.trim() === '') {
    problems.push({ file: path, line: split.bodyLineOffset + 1, message: 'the piece has no text; paste its body below the frontmatter' });
    return;
  }
  const tree = markdown.parse(split.body);
  const { claims, problems: syntax } = readClaims(tree, split.body);
  for (const p of syntax) problems.push({ file: path, ...p, line: p.line + split.bodyLineOffset });
  if (!result.success) return;

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
  for (const [id, index] of listed) {
    if (!marked.has(id)) {
      const line = split.lineOf(['claims', index, 'id']);
      problems.push({ file: path, ...(line ? { line } : {}), field: id, message: `claim "${id}" is listed in the frontmatter but not marked in the text; wrap its span as :claim[…]{#${id}} or remove the entry` });
    }
  }
  content.articles.push({ slug: stem(path), path, data: result.data, claims });
}

function checkLinks(content: CheckedContent, problems: Problem[]): void {
  const claimHome = new Map<string, string>();
  for (const article of content.articles) {
    for (const claim of article.data.claims) {
      const other = claimHome.get(claim.id);
      if (other && other !== article.path) {
        problems.push({ file: article.path, field: claim.id, message: `claim id "${claim.id}" is already used in ${other}; claim ids are unique across the site, so choose another` });
      }
      claimHome.set(claim.id, article.path);
    }
  }
  const eventIds = new Map<string, string>();
  for (const { path, data } of content.events) {
    const other = eventIds.get(data.id);
    if (other) problems.push({ file: path, field: 'id', message: `event id "${data.id}" is already used by ${other}; choose another` });
    eventIds.set(data.id, path);
  }
  const actorIds = new Set(content.actors.map((a) => a.data.id));
  // Claims may name events only once events exist at all (the pieces predate them).
  for (const article of content.articles) {
    for (const claim of article.data.claims) {
      for (const event of claim.events) {
        if (!eventIds.has(event)) {
          problems.push({ file: article.path, field: `${claim.id}.events`, message: `claim "${claim.id}" points to unknown event "${event}"; add content/events/${event}.md or fix the id` });
        }
      }
    }
  }
  for (const { path, data } of content.events) {
    for (const actor of data.actors) {
      if (!actorIds.has(actor)) {
        problems.push({ file: path, field: 'actors', message: `unknown actor "${actor}"; add content/actors/${actor}.yaml or use an existing id` });
      }
    }
    for (const source of data.sources) {
      if ('claim' in source && !claimHome.has(source.claim)) {
        problems.push({ file: path, field: 'sources', message: `source claim "${source.claim}" does not exist; use the id of a claim marked in a piece` });
      }
    }
  }
}
