import { ID_HINT, ID_PATTERN } from './vocabulary.ts';

/**
 * Why a string is not a valid id, naming the first character at fault
 * (a space, a capital, an invisible character someone pasted) and offering the
 * nearest valid id. Null when the id is fine.
 */

const INVISIBLE: Record<string, string> = {
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'byte-order mark',
  '\u00AD': 'soft hyphen',
  '\u00A0': 'no-break space',
};

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function describe(char: string): string {
  const invisible = INVISIBLE[char];
  if (invisible) return `an invisible ${invisible} (${codePoint(char)})`;
  if (char === ' ') return 'a space';
  if (/\s/.test(char)) return `a whitespace character (${codePoint(char)})`;
  if (/[A-Z]/.test(char)) return `a capital "${char}"`;
  if (char === '_') return 'an underscore';
  if (/\p{Cf}|\p{Cc}/u.test(char)) return `an invisible character (${codePoint(char)})`;
  return `"${char}" (${codePoint(char)})`;
}

/** The nearest valid id: lowercase, accents dropped, everything else a single hyphen. */
export function suggestId(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function idProblem(value: string): string | null {
  if (ID_PATTERN.test(value) && value.length >= 3 && value.length <= 60) return null;
  const suggestion = suggestId(value);
  const offer = suggestion.length >= 3 && suggestion !== value ? `; write "${suggestion}" instead` : '';
  const bad = [...value].find((char) => !/[a-z0-9-]/.test(char));
  const shown = JSON.stringify(value);
  if (bad !== undefined) return `id ${shown} contains ${describe(bad)}: ${ID_HINT}${offer}`;
  if (value.length < 3) return `id ${shown} is too short: ${ID_HINT}${offer}`;
  if (value.length > 60) return `id ${shown} is too long: ${ID_HINT}${offer}`;
  return `id ${shown} has a hyphen at its start or end, or two in a row: ${ID_HINT}${offer}`;
}

/**
 * Element ids the site's own layouts and components put on pages. A claim id
 * is an element id too (its anchor in the piece), so it may not be one of
 * these or start with one of the prefixes: the link would jump to the wrong
 * place and the page would have two elements with one id. A unit test keeps
 * this list in step with the ids written in src/.
 */
export const PAGE_ELEMENT_IDS = [
  'main', 'intro', 'context', 'data', 'id', 'quote', 'related', 'sources', 'claims', 'claims-in-piece',
  'events', 'claim-share-panel', 'claim-share-title', 'header-search-q', 'search-help', 'search-q',
  'search-sort', 'tl-heading', 'tl-help', 'tl-list-heading', 'between', 'counterparts', 'record',
  'actor-claims', 'actor-events', 'by-place', 'corrections', 'idiom-ref-1', 'idiom-ref-2',
  'idiom-sources-label', 'idiom-src-1', 'idiom-src-2', 'idiom-title', 'pieces', 'reuse', 'start-here',
  'updated', 'ways-in', 'where', 'about-sources', 'names-heading', 'readouts', 'tally', 'how', 'vocabulary', 'claims-switch-note', 'by-topic',
  'chrono-facets', 'asof-day', 'asof-banner-day',
] as const;

/** Prefixes of ids the components build from data (`piece-<slug>`, `status-<status>`, `y2018`, `m2018-03`, `share-heading`…). */
export const PAGE_ELEMENT_ID_PATTERN = /^(?:cleaned-|piece-|src-|topic-|tl-|share-|claim-share-|status-|[ym]\d)/;

/** Why an id would clash with the page's own element ids, or null. */
export function pageIdClash(id: string): string | null {
  if ((PAGE_ELEMENT_IDS as readonly string[]).includes(id)) {
    return `id "${id}" is also the id of an element of the site's pages, so its anchor would jump to the wrong place; choose another, e.g. "${id}-claim"`;
  }
  if (PAGE_ELEMENT_ID_PATTERN.test(id)) {
    return `id "${id}" starts like the ids the site's pages give their own elements (${PAGE_ELEMENT_ID_PATTERN.source}); choose another that starts with a word, e.g. "claim-${id}"`;
  }
  return null;
}
