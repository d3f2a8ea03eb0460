import type { CheckedContent } from '../validate/check-content.ts';

/**
 * The checked content as the collections' entries: what the loader stores
 * (src/loader/content-loader.ts adds each piece's rendered Markdown) and what
 * src/data/ joins. A piece carries the claims the check read from its body as
 * `marked`; every other entry is its checked data and, where it has one, its
 * body. Tests and the benchmark join these same entries with src/data/record.ts.
 */
export type Collection = 'articles' | 'events' | 'actors' | 'annotations' | 'places' | 'comparisons' | 'readouts';

export interface Entry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath: string;
}

export function entriesOf(content: CheckedContent): Record<Collection, Entry[]> {
  const plain = (list: readonly { path: string; data: { id: string }; body?: string }[]): Entry[] =>
    list.map((entry) => ({ id: entry.data.id, data: { ...entry.data }, ...(entry.body !== undefined ? { body: entry.body } : {}), filePath: entry.path }));
  return {
    articles: content.articles.map((article) => ({ id: article.slug, data: { ...article.data, marked: article.claims }, body: article.body, filePath: article.path })),
    events: plain(content.events),
    actors: plain(content.actors),
    annotations: plain(content.annotations),
    places: plain(content.places),
    comparisons: plain(content.comparisons),
    readouts: plain(content.readouts),
  };
}
