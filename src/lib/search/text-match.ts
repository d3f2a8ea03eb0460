/**
 * Word search over the small text index, by the rules Pagefind follows on
 * this site: every word of a query must be on the page; a word also finds
 * its plural and other simple endings ("sanction" ↔ "sanctions",
 * "visited") and longer words it begins ("deadlock" → "deadlocked");
 * pages are ranked by BM25 (term frequency, rarity, page length), with the
 * page's title weighing more. Pure.
 */
import { decodeEntities } from './excerpt.ts';
import type { TextDoc } from './text-index.ts';

/** BM25's term-saturation and length-normalisation constants (the usual values). */
const K1 = 1.2;
const B = 0.75;
/** A word in the page's title (its heading, or a claim's quote) counts this many times. */
const TITLE_WEIGHT = 3;
/** A stem or prefix match counts for less than the exact word. */
const STEM_WEIGHT = 0.8;

/**
 * The words of one whitespace-separated token, as searched: lower case,
 * accents removed, split at anything that is not a letter or a digit
 * ("Pyongyang’s" → pyongyang, s; "US-North" → us, north).
 */
export function wordsOf(token: string): string[] {
  const bare = token.normalize('NFKD').replace(/\p{M}/gu, '');
  const words = bare.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  // Pagefind's text joins some neighbouring elements with no space ("China's roleSummits.", "June 2018Kim"):
  // a word that runs from lower case into upper case, or from digits into letters, is also its two parts.
  const parts = bare.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})|(?<=\p{N})(?=\p{L})/u).filter(Boolean).map((w) => w.toLowerCase());
  return parts.length > words.length ? [...new Set([...words, ...parts])] : words;
}

/** A light English stem: plural and verb endings off ("sanctions", "visited", "meeting" → sanction, visit, meet). */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  if (/(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Where each word occurs: word → [doc, position, doc, position, …]. */
export interface TextSearchIndex {
  docs: TextDoc[];
  /** Word count of each page. */
  lengths: number[];
  /** Word count of each page's title. */
  titleLengths: number[];
  postings: Map<string, number[]>;
}

/** Word positions as buildExcerpt counts them: the decoded text split on whitespace. */
function tokensOf(content: string): string[] {
  return decodeEntities(content).split(/[\r\n\s]+/).filter((w) => w !== '');
}

export function indexDocs(docs: TextDoc[]): TextSearchIndex {
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  const titleLengths: number[] = [];
  // Tokens repeat (the, China, Kim's): each distinct one is split into words once.
  const split = new Map<string, string[]>();
  docs.forEach((doc, d) => {
    const tokens = tokensOf(doc.content);
    lengths.push(tokens.length);
    titleLengths.push(tokensOf(doc.title).length);
    tokens.forEach((token, position) => {
      let words = split.get(token);
      if (!words) split.set(token, (words = wordsOf(token)));
      for (const word of words) {
        const list = postings.get(word);
        if (list) list.push(d, position);
        else postings.set(word, [d, position]);
      }
    });
  });
  return { docs, lengths, titleLengths, postings };
}

export interface TextHit {
  doc: TextDoc;
  score: number;
  /** Word positions of the matches, for the excerpt. */
  locations: number[];
}

/** How well an indexed word stands for a query word: 1 exact, less for a stem or a longer word it begins; 0 not at all. */
export function matchWeight(queryWord: string, word: string): number {
  if (word === queryWord) return 1;
  if (queryWord.length < 3 || /\d/.test(queryWord)) return 0;
  if (stem(word) === stem(queryWord)) return STEM_WEIGHT;
  if (word.startsWith(queryWord)) return STEM_WEIGHT * (queryWord.length / word.length);
  return 0;
}

/**
 * The pages with every word of `term` (a string of words), best first.
 * Unranked order among equal scores: date, then URL.
 */
export function matchTerm(index: TextSearchIndex, term: string): TextHit[] {
  const queryWords = [...new Set(term.split(/\s+/).flatMap(wordsOf))];
  const n = index.docs.length;
  const average = index.lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const scores = new Map<number, { score: number; locations: number[] }>();
  let first = true;
  for (const queryWord of queryWords) {
    // Per page: the weighted frequency of this query word, and where it stands.
    const found = new Map<number, { tf: number; locations: number[] }>();
    for (const [word, list] of index.postings) {
      const weight = matchWeight(queryWord, word);
      if (weight === 0) continue;
      for (let i = 0; i < list.length; i += 2) {
        const d = list[i]!;
        const position = list[i + 1]!;
        const entry = found.get(d) ?? { tf: 0, locations: [] };
        entry.tf += weight * (position < index.titleLengths[d]! ? TITLE_WEIGHT : 1);
        entry.locations.push(position);
        found.set(d, entry);
      }
    }
    const idf = Math.log(1 + (n - found.size + 0.5) / (found.size + 0.5));
    for (const d of [...scores.keys()]) if (!found.has(d)) scores.delete(d);
    for (const [d, { tf, locations }] of found) {
      if (!first && !scores.has(d)) continue;
      const norm = tf + K1 * (1 - B + (B * index.lengths[d]!) / average);
      const part = (idf * tf * (K1 + 1)) / norm;
      const seen = scores.get(d);
      if (seen) {
        seen.score += part;
        seen.locations.push(...locations);
      } else {
        scores.set(d, { score: part, locations });
      }
    }
    first = false;
  }
  return [...scores].map(([d, { score, locations }]) => ({ doc: index.docs[d]!, score, locations: [...new Set(locations)].sort((a, b) => a - b) }))
    .sort((a, b) => b.score - a.score || a.doc.start.localeCompare(b.doc.start) || a.doc.url.localeCompare(b.doc.url));
}

/** Several forms of one query (query-words.ts): their results merged, each page with its best score. */
export function matchTerms(index: TextSearchIndex, terms: readonly string[]): TextHit[] {
  const best = new Map<string, TextHit>();
  for (const hit of terms.flatMap((t) => matchTerm(index, t))) {
    const seen = best.get(hit.doc.url);
    if (!seen || seen.score < hit.score) best.set(hit.doc.url, hit);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.doc.start.localeCompare(b.doc.start) || a.doc.url.localeCompare(b.doc.url));
}
