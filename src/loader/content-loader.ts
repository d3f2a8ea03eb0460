import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/problem.ts';
import { runPipeline } from './pipeline.ts';
import { entriesOf, type Collection } from './entries.ts';
import type { CheckedArticle, CheckedContent } from '../validate/check-content.ts';

/**
 * Astro's content loader for the site: each collection is filled from the one
 * checked run of the pipeline (src/loader/pipeline.ts). A bad file stops the
 * build here, before any page is rendered, with every problem listed by file,
 * line and fix. Entries are stored as the check left them (YAML 1.2, dates as
 * ISO strings), so no second parser ever sees the files.
 */

/**
 * The short name of each event the piece's margin notes cite, as its link
 * text: the event's timeline label, or its title when it has none. Handed to
 * the margin-notes plugin so rendering never reads content/ a second time.
 */
const eventsById = new WeakMap<CheckedContent['events'], Map<string, CheckedContent['events'][number]['data']>>();

export function marginEventLabels(article: CheckedArticle, events: CheckedContent['events']): Record<string, string> {
  // One lookup table per run, not one per piece: a table of every event for each piece grew with pieces × events.
  let byId = eventsById.get(events);
  if (!byId) {
    byId = new Map(events.map((e) => [e.data.id, e.data]));
    eventsById.set(events, byId);
  }
  const labels: Record<string, string> = {};
  for (const id of (article.data.margin ?? []).flatMap((note) => note.events)) {
    const event = byId.get(id);
    if (event) labels[id] = event.label ?? event.title;
  }
  return labels;
}

/**
 * The piece's body with the little frontmatter the remark plugins draw from:
 * each claim's kind and key, the margin notes and the labels of the events
 * they cite. Written as JSON (valid YAML, no dates), so the renderer's own
 * frontmatter reader sees only plain strings and booleans; the checked
 * frontmatter itself never goes through it.
 */
function withRenderFrontmatter(article: CheckedArticle, eventLabels: Record<string, string>): string {
  const claims = article.data.claims.map(({ id, kind, key }) => ({ id, kind, key }));
  const meta = { claims, margin: article.data.margin ?? [], eventLabels };
  return `---\n${JSON.stringify(meta)}\n---\n${article.body}`;
}

async function fill(collection: Collection, context: LoaderContext): Promise<void> {
  const { store, generateDigest, renderMarkdown, config } = context;
  const root = fileURLToPath(config.root);
  const { problems, content } = await runPipeline(root);
  // Every collection shares the run, so the error (one list of every
  // problem, file, line and fix, without a stack trace) says it all.
  if (problems.length > 0) throw new ContentError(problems);
  const keep = new Set<string>();
  const entries = entriesOf(content)[collection];
  if (collection === 'articles') {
    for (const [i, article] of content.articles.entries()) {
      const entry = entries[i]!;
      keep.add(entry.id);
      const eventLabels = marginEventLabels(article, content.events);
      // A renamed event label changes the rendered margin, so it is part of the digest.
      const digest = generateDigest({ data: entry.data, body: article.body, eventLabels });
      const previous = store.get(entry.id);
      const rendered =
        previous?.digest === digest && previous.rendered
          ? previous.rendered
          : await renderMarkdown(withRenderFrontmatter(article, eventLabels), { fileURL: pathToFileURL(join(root, article.path)) });
      store.set({ ...entry, digest, rendered });
    }
  } else {
    for (const entry of entries) {
      keep.add(entry.id);
      store.set({ ...entry, digest: generateDigest({ data: entry.data, body: entry.body ?? '' }) });
    }
  }
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

/** The loader for one collection; every collection reads the same checked run. */
export function contentLoader(collection: Collection): Loader {
  let watching = false;
  return {
    name: `lips-and-teeth-${collection}`,
    load: async (context) => {
      await fill(collection, context);
      if (watching || !context.watcher) return;
      watching = true;
      // In dev, any edit under content/ refills the collection from a fresh run.
      context.watcher.on('all', (_event, path) => {
        if (!path.includes(`${join(fileURLToPath(context.config.root), 'content')}`)) return;
        fill(collection, context).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
      });
    },
  };
}
