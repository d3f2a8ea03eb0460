import type { Article } from '../schemas/article.ts';
import type { EventEntry } from '../schemas/event.ts';
import type { Actor } from '../schemas/actor.ts';
import type { Annotation } from '../schemas/annotation.ts';
import type { Place } from '../schemas/place.ts';
import type { Comparison } from '../schemas/comparison.ts';
import type { Readouts } from '../schemas/readout.ts';
import type { MarkedClaim } from '../markdown/claim-syntax.ts';
import type { LineOf } from '../markdown/frontmatter.ts';
import type { Problem } from '../lib/problem.ts';

/** Where each kind of content lives, and what file type it must be. */
export const FOLDERS = [
  { folder: 'content/articles/', ext: '.md', kind: 'article' },
  { folder: 'content/events/', ext: '.md', kind: 'event' },
  { folder: 'content/actors/', ext: '.yaml', kind: 'actor' },
  { folder: 'content/annotations/', ext: '.yaml', kind: 'annotation' },
  { folder: 'content/places/', ext: '.yaml', kind: 'place' },
  { folder: 'content/comparisons/', ext: '.yaml', kind: 'comparison' },
  { folder: 'content/readouts/', ext: '.yaml', kind: 'readouts' },
  { folder: 'content/sources/', ext: '.txt', kind: 'source' },
] as const;

export type Kind = (typeof FOLDERS)[number]['kind'];

/** A piece that passed every check: its frontmatter, its body and the claims marked in it. */
export interface CheckedArticle {
  slug: string;
  path: string;
  data: Article;
  /** The Markdown below the frontmatter, as written. */
  body: string;
  /** The claims marked in the body, in reading order, with their quote and paragraph. */
  claims: MarkedClaim[];
}

/** Everything the content check let through: what pages, cards, exports and search are built from. */
export interface CheckedContent {
  articles: CheckedArticle[];
  events: { path: string; data: EventEntry; body: string }[];
  actors: { path: string; data: Actor }[];
  /** The timeline's story callouts. */
  annotations: { path: string; data: Annotation }[];
  /** Where events happened, for the map. */
  places: { path: string; data: Place }[];
  /** The pairs of claims /compare/ sets side by side. */
  comparisons: { path: string; data: Comparison }[];
  /** The two official readouts of each Kim–Xi meeting, by the meeting's event id. */
  readouts: { path: string; data: Readouts }[];
}

/**
 * What one run knows beyond the valid entries: where fields sit in each file
 * (so links can point at their line), and which ids belong to files that exist
 * but failed their own checks. A link to such an id is not reported again:
 * the file's own problem is the one to fix, and "add content/events/x.md"
 * would be wrong advice when x.md is there.
 */
export interface Run {
  problems: Problem[];
  content: CheckedContent;
  lines: Map<string, LineOf>;
  /** kind → id → file, for every file of that kind, valid or not. */
  files: Record<Kind, Map<string, string>>;
  /** Source texts by file name, as decoded text. */
  sources: Map<string, string>;
  /** Claim ids marked or listed in pieces that failed their checks. */
  brokenClaims: Set<string>;
  /** International hosts sources may use (content/allowed-hosts.yaml). */
  allowedHosts: Set<string>;
}

export function at(run: Run, file: string, path: readonly PropertyKey[]): { line?: number } {
  const line = run.lines.get(file)?.(path);
  return line ? { line } : {};
}

export function stem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}

export function classify(path: string): Kind | null {
  for (const { folder, ext, kind } of FOLDERS) {
    if (path.startsWith(folder) && path.endsWith(ext) && !path.slice(folder.length).includes('/')) return kind;
  }
  return null;
}
