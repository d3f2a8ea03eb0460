/**
 * The words of the site a misspelt query is corrected to (/search/words.txt):
 * every distinct word of the pieces, claims, events and actors, with counts.
 * Fetched only when a word query finds nothing or little.
 */
import type { Site } from '../site.ts';
import { STOP_WORDS } from '../../lib/search/query-words.ts';
import { vocabularyOf, writeVocabulary } from '../../lib/search/spelling.ts';
import { pieceText } from '../../markdown/piece-text.ts';

export function buildVocabulary(site: Site): string {
  const texts = [
    ...site.articles.flatMap((a) => [a.data.title, a.data.dek ?? '', pieceText(a.body ?? '')]),
    ...site.claims.flatMap((c) => [c.quote, c.paraphrase]),
    ...site.events.flatMap((e) => [e.title, e.summary, e.place]),
    ...[...site.actorById.values()].flatMap((a) => [a.name, a.role]),
  ];
  return writeVocabulary(vocabularyOf(texts, STOP_WORDS));
}
