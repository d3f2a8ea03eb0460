/**
 * Word queries answered from the small text index (/search/text.json), when
 * the build wrote one: one fetch, no Pagefind script, wasm or index chunks.
 * When the file is missing (a site past the size the build allows) or
 * unreadable, `loadTextIndex` gives null and the page uses Pagefind.
 */
import type { DateRange } from '../../lib/date-query/index.ts';
import { buildExcerpt, decodeEntities, type Segment } from '../../lib/search/excerpt.ts';
import { STOP_WORDS } from '../../lib/search/query-words.ts';
import { vocabularyOf } from '../../lib/search/spelling.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { readTextIndex } from '../../lib/search/text-index.ts';
import { indexDocs, type TextSearchIndex } from '../../lib/search/text-match.ts';
import { searchText } from '../../lib/search/text-search.ts';
import { href, paths } from '../../lib/urls.ts';
import type { Hit, WordAnswer } from './engine.ts';

/** Fetches and indexes the file once; null (remembered) when there is none to use. */
export function loadTextIndex(): () => Promise<TextSearchIndex | null> {
  let loading: Promise<TextSearchIndex | null> | undefined;
  return () => {
    loading ??= fetch(href(paths.searchFile('text.json')))
      .then(async (r) => {
        if (!r.ok) return null;
        const docs = readTextIndex(await r.json());
        return docs ? indexDocs(docs) : null;
      })
      .catch(() => null);
    return loading;
  };
}

/** The words of the site with counts, for "Did you mean …?", from the same text. */
export function textVocabulary(index: TextSearchIndex): Map<string, number> {
  return vocabularyOf(index.docs.map((d) => decodeEntities(d.content)), STOP_WORDS);
}

/**
 * The text begins with the title the result already shows: the excerpt is
 * cut after it when the words are found there too, so it adds to the title
 * rather than repeating it.
 */
function excerptOf(content: string, title: string, locations: number[]): Segment[] {
  const titleWords = title.split(/\s+/).filter(Boolean).length;
  const after = locations.filter((l) => l >= titleWords);
  return after.length > 0 ? buildExcerpt(content, after, 30, titleWords) : buildExcerpt(content, locations);
}

export function textWords(index: TextSearchIndex, terms: string[], range: DateRange | undefined, state: SearchState): WordAnswer {
  const { hits, counts } = searchText(index, terms, range, state.filters, state.sort);
  const shown: Hit[] = hits.map(({ doc, locations }) => ({
    url: doc.url,
    title: doc.title,
    type: doc.type,
    date: doc.date,
    start: doc.start,
    excerpt: excerptOf(doc.content, doc.title, locations),
    verdict: doc.verdict,
  }));
  return { count: shown.length, counts, load: (from, to) => Promise.resolve(shown.slice(from, to)) };
}
