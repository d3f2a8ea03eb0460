/**
 * One answer for one search state, ready to draw: the groups of results
 * (events, claims, pieces for a date; one list for words), facet counts, the
 * status line, and — when words find nothing or little — the closest words
 * of the site ("Did you mean sanctions?"), with their results when the
 * reader's own words found none.
 */
import { parseDateQuery, type DateQuery, type DateRange } from '../../lib/date-query/index.ts';
import { answerDateQuery, PAGE_SIZE } from '../../lib/search/date-answer.ts';
import { textsOf, type DateIndex, type DateItems, type DateTexts } from '../../lib/search/date-index.ts';
import type { TextNeeded } from '../../lib/search/date-periods.ts';
import type { FacetCounts } from '../../lib/search/facets.ts';
import { prepareWords, tidy } from '../../lib/search/query-words.ts';
import { correctQuery } from '../../lib/search/spelling.ts';
import type { SearchState } from '../../lib/search/state.ts';
import { href, paths } from '../../lib/urls.ts';
import { hiddenLine } from '../../lib/asof.ts';
import { formatDay } from '../../calendar/calendar.ts';
import { limitIndex } from '../../lib/search/asof-limit.ts';
import type { TextSearchIndex } from '../../lib/search/text-match.ts';
import { findNames, withEnglishNames, type NameMatch, type NamedPerson } from '../../lib/search/names.ts';
import { searchWords, type Hit, type WordAnswer } from './engine.ts';
import { textWords } from './text-engine.ts';
import { dateGroups, within, type Group } from './groups.ts';

export { PAGE_SIZE };
/** Fewer results than this and the closest words are offered too. */
const FEW = 3;

export interface Answer {
  parsed: DateQuery;
  groups: Group[];
  counts: FacetCounts;
  status: string;
  /** The corrected query, when the reader's words found little or nothing. */
  suggestion?: string;
  /** True when the groups hold the suggestion's results (the reader's words found none). */
  corrected?: boolean;
  empty: boolean;
  /** A date-only answer: groups already in date order, so there is nothing to sort. */
  dateOnly: boolean;
}

/** The items a date answer chooses from, and the text of those it shows, asked for a page at a time. */
export interface DatedSource {
  items: DateItems;
  texts(need: TextNeeded): Promise<DateTexts>;
}

export interface Sources {
  /** The date index for a range: only the periods it needs (src/lib/search/date-periods.ts), their text as results are shown. */
  dates(range: DateRange): Promise<DatedSource>;
  /** The whole date index, text and all: search as of a day counts every event it leaves out. */
  dateIndex(): Promise<DateIndex>;
  /** The small text index, or null when the build wrote none: words then go to Pagefind. */
  text(): Promise<TextSearchIndex | null>;
  vocabulary(): Promise<ReadonlyMap<string, number>>;
  /** Every person with every written form of their name. */
  names(): Promise<readonly NamedPerson[]>;
}

/**
 * A query that names someone, in any script or spelling, answers with their
 * page first, then searches the rest with the English name in place of the
 * form typed, so the words engine (which knows the English name) finds their
 * events and claims too.
 */
export async function answer(state: SearchState, sources: Sources): Promise<Answer | null> {
  if (!state.asof) return answerAll(state, sources);
  return answerAsOf(state.asof, state, sources);
}

/**
 * With `?asof=`: the date index cut to the day, so a date query answers from
 * the record as it stood; word results lose the pages of later events, and of
 * claims and pieces not yet written; events then under way say so; the status
 * says which day it is and how many events it leaves out.
 */
async function answerAsOf(day: string, state: SearchState, sources: Sources): Promise<Answer | null> {
  // The whole index: the status counts every event left out, and word results lose their pages.
  const limited = limitIndex(await sources.dateIndex(), day);
  const texts = textsOf(limited.index);
  const found = await answerAll(state, { ...sources, dates: () => Promise.resolve({ items: limited.index, texts: () => Promise.resolve(texts) }) });
  if (!found) return null;
  const hidden = new Set([...limited.hiddenPaths].map(href));
  const note = (hit: Hit): Hit => {
    const id = /\/events\/([^/]+)\/$/.exec(hit.url)?.[1];
    const e = id ? limited.index.events.find((x) => x.id === id) : undefined;
    return e && limited.states.get(e.id) === 'underway' ? { ...hit, date: `${hit.date ? `${hit.date} · ` : ''}under way, made public on ${formatDay(e.disclosed ?? e.start)}` } : hit;
  };
  let total = 0;
  const groups: Group[] = [];
  for (const group of found.groups) {
    const all = group.more && group.total > group.hits.length ? await group.more(0, group.total) : group.hits;
    const kept = all.filter((h) => !hidden.has(h.url)).map(note);
    total += kept.length;
    if (kept.length > 0) groups.push({ label: group.label, noun: group.noun, hits: kept.slice(0, PAGE_SIZE), total: kept.length, more: (from, to) => Promise.resolve(kept.slice(from, to)) });
  }
  const words = found.dateOnly ? found.status : describe(total, found.parsed.words, found.parsed.label);
  const status = `${words} As the record stood on ${formatDay(day)}: only what was public by then (${hiddenLine(limited.later)}).`;
  return { ...found, groups, status, empty: total === 0 };
}

async function answerAll(state: SearchState, sources: Sources): Promise<Answer | null> {
  const named = findNames(state.q, await sources.names());
  const found = await answerWords(named.length > 0 ? { ...state, q: withEnglishNames(state.q, named) } : state, sources);
  if (named.length === 0) return found;
  const people = peopleGroup(named);
  if (!found) return { parsed: parseDateQuery(''), groups: [people], counts: {}, status: peopleStatus(named), empty: false, dateOnly: false };
  return { ...found, groups: [people, ...found.groups], status: `${peopleStatus(named)} ${found.status}`, empty: false };
}

function peopleGroup(named: readonly NameMatch[]): Group {
  const hits: Hit[] = named.map(({ person }) => ({
    url: href(paths.actor(person.id)),
    title: person.name,
    type: 'Person',
    date: '',
    start: '',
    excerpt: [{ text: person.forms.filter((f) => f !== person.name).join(' · '), mark: false }],
  }));
  return { label: named.length === 1 ? 'Person' : 'People', noun: 'people', hits, total: hits.length };
}

/** "Found Kim Jong Un by name.": the same line whichever spelling was typed (the box shows the one typed). */
function peopleStatus(named: readonly NameMatch[]): string {
  const names = named.map((m) => m.person.name);
  return `Found ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`} by name.`;
}

async function answerWords(state: SearchState, sources: Sources): Promise<Answer | null> {
  const parsed = parseDateQuery(state.q);
  const prepared = prepareWords(parsed.words);
  const noWords = prepared.terms.length === 0;
  if (noWords && !parsed.range && !Object.values(state.filters).some((v) => v.length > 0)) {
    if (parsed.words === '') return null;
    return { parsed, groups: [], counts: {}, status: `“${parsed.words}” is too common to search for. Try a name, a place, a topic or a date.`, empty: true, dateOnly: false };
  }
  if (noWords && parsed.range) {
    const dated = await sources.dates(parsed.range);
    const found = answerDateQuery(dated.items, parsed.range, state.filters);
    return { parsed, ...(await dateGroups(parsed.label, found, dated.texts)), counts: found.counts, dateOnly: true };
  }

  const text = await sources.text();
  const words = (terms: string[]) => (text ? Promise.resolve(textWords(text, terms, parsed.range, state)) : searchWords(terms, parsed.range, state));
  const found = await words(prepared.terms);
  let shown: WordAnswer = found;
  let suggestion: string | undefined;
  let corrected = false;
  if (found.count < FEW && !noWords && !parsed.words.includes('"')) {
    const fixed = correctQuery(tidy(parsed.words), await sources.vocabulary());
    if (fixed) {
      const retry = await words(prepareWords(fixed).terms);
      if (retry.count > found.count) {
        suggestion = fixed;
        // Nothing, or a stray hit or two while the closest word finds a real
        // answer: the reader almost surely meant that word, so show its results.
        if (found.count === 0 || retry.count >= FEW) {
          shown = retry;
          corrected = true;
        }
      }
    }
  }
  const hits = await shown.load(0, PAGE_SIZE);
  let status = describe(shown.count, corrected ? suggestion! : parsed.words, parsed.label);
  if (corrected) {
    const asTyped = found.count === 0 ? `No results for “${parsed.words}”.` : `Only ${found.count} result${found.count === 1 ? '' : 's'} for “${parsed.words}”.`;
    status = `${asTyped} ${status.replace(/^(\d+ results?) for/, 'Showing $1 for')}`;
  }
  return {
    parsed,
    groups: [{ label: '', noun: 'results', hits, total: shown.count, more: (from, to) => shown.load(from, to) }],
    counts: shown.counts,
    status,
    ...(suggestion ? { suggestion } : {}),
    corrected,
    empty: shown.count === 0,
    dateOnly: false,
  };
}

function describe(count: number, words: string, label: string | undefined): string {
  const what = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  const forWords = words ? ` for “${words}”` : '';
  const inRange = label ? ` ${within(label)}` : '';
  return `${what}${forWords}${inRange}.`;
}
