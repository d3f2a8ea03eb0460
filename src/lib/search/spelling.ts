/**
 * "Did you mean …?": the closest words of the site's vocabulary to a word
 * the index does not know. Pure; the vocabulary (word → how often the site
 * uses it) is built at build time (src/data/search/vocabulary.ts).
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment):
 * insertions, deletions, substitutions and swaps of two neighbours each cost 1.
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from a suggestion: one edit up to 5 letters, two beyond. */
export function allowedDistance(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2;
}

/**
 * Up to `max` vocabulary words closest to `word`: nearest first, then the
 * more frequent, then alphabetical. The word itself, if known, is not suggested.
 */
export function closestWords(word: string, vocabulary: ReadonlyMap<string, number>, max = 3): string[] {
  const target = word.toLowerCase();
  const limit = allowedDistance(target);
  if (limit === 0) return [];
  const found: { word: string; distance: number; count: number }[] = [];
  for (const [candidate, count] of vocabulary) {
    if (candidate === target) continue;
    const distance = editDistance(target, candidate, limit);
    if (distance <= limit) found.push({ word: candidate, distance, count });
  }
  found.sort((x, y) => x.distance - y.distance || y.count - x.count || x.word.localeCompare(y.word));
  return found.slice(0, max).map((f) => f.word);
}

/**
 * The query with each word the vocabulary does not know replaced by its
 * closest known word; null when nothing would change. Quoted phrases are left alone.
 */
export function correctQuery(words: string, vocabulary: ReadonlyMap<string, number>): string | null {
  let changed = false;
  const corrected = words.replace(/"[^"]*"?|[^\s"]+/g, (token) => {
    if (token.startsWith('"')) return token;
    const bare = token.toLowerCase().replace(/[^\p{L}\p{N}'-]/gu, '');
    if (bare === '' || vocabulary.has(bare) || /\d/.test(bare)) return token;
    const [best] = closestWords(bare, vocabulary, 1);
    if (!best) return token;
    changed = true;
    return best;
  });
  return changed ? corrected : null;
}

/** The vocabulary file's compact form ("word count word count …") read into a map. */
export function readVocabulary(text: string): Map<string, number> {
  const map = new Map<string, number>();
  const parts = text.split(' ');
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const count = Number(parts[i + 1]);
    if (parts[i] && Number.isFinite(count)) map.set(parts[i]!, count);
  }
  return map;
}

/** Distinct words of 3+ letters in the texts, with how often they occur; common words left out. */
export function vocabularyOf(texts: readonly string[], stopWords: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/\p{L}{3,}/gu) ?? []) {
      if (!stopWords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return counts;
}

/** The compact file form, most frequent first: "china 412 korea 380 …". */
export function writeVocabulary(vocabulary: ReadonlyMap<string, number>): string {
  return [...vocabulary].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w, n]) => `${w} ${n}`).join(' ');
}
