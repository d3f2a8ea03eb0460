import { getCollection, render, type CollectionEntry } from 'astro:content';

/**
 * The one reader of the content store: every collection the loader filled
 * (src/loader/, from one checked run of content/), read once per build. The
 * rest of src/data/ joins these entries; pages, components, feeds, exports,
 * search records and share cards all take the joined data from there, never
 * from the store themselves.
 */
export interface Store {
  articles: CollectionEntry<'articles'>[];
  events: CollectionEntry<'events'>[];
  actors: CollectionEntry<'actors'>[];
  annotations: CollectionEntry<'annotations'>[];
  places: CollectionEntry<'places'>[];
  comparisons: CollectionEntry<'comparisons'>[];
  readouts: CollectionEntry<'readouts'>[];
}

async function read(): Promise<Store> {
  const [articles, events, actors, annotations, places, comparisons, readouts] = await Promise.all([
    getCollection('articles'),
    getCollection('events'),
    getCollection('actors'),
    getCollection('annotations'),
    getCollection('places'),
    getCollection('comparisons'),
    getCollection('readouts'),
  ]);
  return { articles, events, actors, annotations, places, comparisons, readouts };
}

let cached: Promise<Store> | undefined;

/** Every collection, read on first use and shared by every page of the build. */
export function readStore(): Promise<Store> {
  cached ??= read();
  return cached;
}

/** A piece's body as the component the page renders (the Markdown was rendered by the loader). */
export async function renderPiece(article: CollectionEntry<'articles'>) {
  return (await render(article)).Content;
}
