/**
 * Splitting a query into tokens for the date grammar. Each token keeps the
 * text the reader typed (so the words left over read exactly as written) and a
 * normalised form for matching (lower case, trailing punctuation dropped).
 */

export interface Token {
  /** As typed. */
  text: string;
  /** Lower case, without trailing , . ; : ! ? and a leading "(" — what the grammar matches. */
  norm: string;
  /** Inside double quotes: always words, never a date. */
  quoted: boolean;
}

const QUOTED_OR_WORD = /"[^"]*"?|[^\s"]+/g;
/** En and em dashes between words are range separators even without spaces ("March–June 2018"). */
const DASHES = /([–—])/;

export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (const match of query.matchAll(QUOTED_OR_WORD)) {
    const piece = match[0];
    if (piece.startsWith('"')) {
      tokens.push({ text: piece, norm: piece.toLowerCase(), quoted: true });
      continue;
    }
    for (const part of piece.split(DASHES)) {
      if (part === '') continue;
      tokens.push({ text: part, norm: normalise(part), quoted: false });
    }
  }
  return tokens;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/^\(+/, '').replace(/[,;:!?)]+$/, '').replace(/(?<!\.)\.$/, '');
}
