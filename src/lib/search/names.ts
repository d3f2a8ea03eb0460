/**
 * Finding a person by any form of their name: 김정은, 金正恩, "Kim Jong-un",
 * "Kim Chong Un", "kimjongun". Forms are compared after one normalisation —
 * case, accents (ŏ, ŭ), spaces, hyphens, apostrophes and dots fall away — so
 * a reader never has to guess the spelling a source used. Chinese and Korean
 * text has no spaces between words, so a name is found anywhere inside the
 * query ("김정은 위원장", "习近平会见"), which is the segmentation that matters
 * for names. Pure, so the build's tests and the browser share it.
 */

/** One person, with every written form of the name (English name first). */
export interface NamedPerson {
  id: string;
  name: string;
  forms: string[];
}

/** A person found in a query, and where: the query's own characters [from, to). */
export interface NameMatch {
  person: NamedPerson;
  from: number;
  to: number;
}

/** Characters dropped before comparing: whitespace, hyphens and dashes, apostrophes, dots, middle dots. */
const DROPPED = /[\s\-‐‑–—'’‘ʼ`.·・]/u;

/** One character in comparable form ('' when it is dropped). */
function foldChar(char: string): string {
  if (DROPPED.test(char)) return '';
  // NFD splits accents off Latin letters (and Hangul into jamo); the accents go
  // and NFC puts the jamo back together, so Hangul compares as syllables.
  return char.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
}

/** A name or query in comparable form. */
export function foldName(text: string): string {
  let out = '';
  for (const char of text) out += foldChar(char);
  return out;
}

/** The folded text, with, for each folded character, the index of the query character it came from. */
function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldChar(char);
    for (let i = 0; i < piece.length; i++) origin.push(at);
    folded += piece;
    at += char.length;
  }
  return { folded, origin };
}

/** Shortest folded form matched inside other text: two CJK characters, or five Latin letters. */
function longEnough(form: string): boolean {
  return /[\p{Script=Han}\p{Script=Hangul}]/u.test(form) ? [...form].length >= 2 : form.length >= 5;
}

/** Is the character at this folded position a Latin letter or digit (a word that goes on)? Outside the text, charAt gives ''. */
function latinAt(folded: string, index: number): boolean {
  return /[a-z0-9]/.test(folded.charAt(index));
}

/**
 * Every person named in the query, longest form first, without overlaps.
 * A Latin form must not run on into other letters of the same word
 * ("kimjongil" is not "kimjongun"), but spaces are dropped, so the word
 * boundary is read from the original text.
 */
export function findNames(query: string, people: readonly NamedPerson[]): NameMatch[] {
  const { folded, origin } = foldWithMap(query);
  const candidates: { person: NamedPerson; start: number; end: number }[] = [];
  for (const person of people) {
    const forms = [...new Set(person.forms.map(foldName))].filter(longEnough);
    for (const form of forms) {
      let start = folded.indexOf(form);
      while (start >= 0) {
        const end = start + form.length;
        const latin = /[a-z]/.test(form);
        const runsOn = latin && (boundaryCut(query, origin, start, end, folded));
        if (!runsOn) candidates.push({ person, start, end });
        start = folded.indexOf(form, start + 1);
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const found: NameMatch[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    if (found.some((f) => f.person.id === c.person.id)) continue;
    taken.push(c);
    const from = origin[c.start] ?? 0;
    const last = origin[c.end - 1] ?? from;
    found.push({ person: c.person, from, to: last + (query.codePointAt(last)! > 0xffff ? 2 : 1) });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** True when a Latin match starts or ends inside a word of the query (its neighbours are letters with no gap). */
function boundaryCut(query: string, origin: number[], start: number, end: number, folded: string): boolean {
  const from = origin[start] ?? 0;
  const to = (origin[end - 1] ?? from) + 1;
  const before = query.charAt(from - 1);
  const after = query.charAt(to);
  const gluedBefore = latinAt(folded, start - 1) && /[\p{L}\p{N}]/u.test(before);
  const gluedAfter = latinAt(folded, end) && /[\p{L}\p{N}]/u.test(after);
  return gluedBefore || gluedAfter;
}

/** The query with each name found replaced by the person's English name, for the word search. */
export function withEnglishNames(query: string, matches: readonly NameMatch[]): string {
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += `${query.slice(at, m.from)} ${m.person.name} `;
    at = m.to;
  }
  return (out + query.slice(at)).replace(/\s+/g, ' ').trim();
}
