/**
 * The words of a query made ready for the full-text index: names written
 * several ways become one name, and common words that would match every page
 * are dropped. Pure; the search page passes the result to Pagefind.
 */

/** Words too common to narrow anything; dropped unless the query has nothing else. */
export const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'did', 'do', 'does', 'for', 'from', 'had', 'has', 'have',
  'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'me', 'of', 'on', 'or', 'so', 'than', 'that', 'the', 'their', 'them',
  'then', 'there', 'these', 'they', 'this', 'those', 'to', 'was', 'were', 'what', 'when', 'where', 'which', 'who', 'why',
  'will', 'with', 'about', 'would', 'could', 'should', 'can', 'any', 'all', 'some',
]);

/** Spellings of one name, rewritten to the form every page's text matches (lower case, one space). */
const SPELLINGS: [RegExp, string][] = [
  [/\bkim\s*jong[\s-]*un\b/g, 'kim jong un'],
  [/\bkim\s*jong[\s-]*il\b/g, 'kim jong il'],
  [/\bmoon\s*jae[\s-]*in\b/g, 'moon jae in'],
  [/\bxi\s+jinping\b|\bjinping\b/g, 'xi'],
];

/** Names with more than one form on the site's pages: a query with one form also searches the others. */
const ALIASES: string[][] = [
  ['north korea', 'dprk'],
  ['south korea', 'rok'],
  ['china', 'prc'],
];

/** Lower case, quotes and punctuation other than hyphens and apostrophes inside words removed, one space. */
export function tidy(words: string): string {
  return words.toLowerCase().replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ').replace(/(^|\s)['’-]+|['’-]+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface PreparedWords {
  /** The queries to run; their results are merged. Empty when no word is left to search. */
  terms: string[];
  /** Stop words that were left out. */
  dropped: string[];
}

export function prepareWords(words: string): PreparedWords {
  let text = tidy(words);
  // A name's words are joined while common words are dropped, so "Moon Jae in" keeps its "in".
  for (const [pattern, canonical] of SPELLINGS) text = text.replace(pattern, canonical.replace(/ /g, '\u0001'));
  const all = text.split(' ').filter(Boolean);
  const kept = all.filter((w) => !STOP_WORDS.has(w)).map((w) => w.replace(/\u0001/g, ' '));
  const dropped = all.filter((w) => STOP_WORDS.has(w));
  if (kept.length === 0) return { terms: [], dropped };
  let terms = [kept.join(' ')];
  for (const group of ALIASES) {
    const next: string[] = [];
    for (const term of terms) {
      const found = group.find((alias) => new RegExp(`(^| )${alias}( |$)`).test(term));
      if (!found) {
        next.push(term);
        continue;
      }
      for (const alias of group) next.push(term.replace(new RegExp(`(^| )${found}( |$)`), `$1${alias}$2`));
    }
    terms = [...new Set(next)];
  }
  return { terms: terms.slice(0, 8), dropped };
}
