/**
 * The search page's data, each file fetched once and only when an answer
 * needs it: the facets' labels and the people's names (every search; the
 * page preloads both), the date index by period (a date query: the facts of
 * the periods its range touches, then the text of the results on screen),
 * the small text index (a word query), the vocabulary
 * (a word query that finds little).
 */
import type { DateIndex, DateTexts } from '../../lib/search/date-index.ts';
import { mergePeriods, periodsFor, readManifest, textPeriods } from '../../lib/search/date-periods.ts';
import { decodePeriod, decodeText, type PeriodFacts } from '../../lib/search/date-wire.ts';
import { parseDateQuery, type DateRange } from '../../lib/date-query/index.ts';
import { labelMaps, type LabelMaps, type Labels } from '../../lib/search/facets.ts';
import type { NamedPerson } from '../../lib/search/names.ts';
import { readVocabulary } from '../../lib/search/spelling.ts';
import type { SearchState } from '../../lib/search/state.ts';
import type { DatedSource, Sources } from './answer.ts';
import { loadTextIndex, textVocabulary } from './text-engine.ts';
import { href, paths } from '../../lib/urls.ts';

/** One of the search files (`search/<name>`), fetched once and read; a failed fetch may be tried again. */
function fetchOnce<T>(name: string, read: (r: Response) => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= fetch(href(paths.searchFile(name))).then((r) => {
      if (!r.ok) throw new Error(`${name}: HTTP ${r.status}`);
      return read(r);
    });
    pending.catch(() => (pending = undefined));
    return pending;
  };
}

/**
 * The date index by period: the manifest (written into the page, or else
 * fetched), then the facts of the periods a range touches, each fetched once,
 * and the text of only the results on screen, from the first of the range's
 * periods that shows each; without a range, the whole index (search as of a
 * day counts every event it leaves out).
 */
function dateSource(root: HTMLElement): Pick<Sources, 'dates' | 'dateIndex'> & { firstText: (range: DateRange) => Promise<unknown> } {
  const inPage = readManifest({ v: 1, periods: (root.dataset['datePeriods'] ?? '').split(' ').filter(Boolean) });
  const fetched = fetchOnce('dates/index.json', async (r) => {
    const read = readManifest(await r.json());
    if (!read) throw new Error('the date periods\' manifest is not a list of periods');
    return read;
  });
  const manifest = () => (inPage && inPage.periods.length > 0 ? Promise.resolve(inPage) : fetched());
  const whole = fetchOnce('dates.json', (r) => r.json() as Promise<DateIndex>);
  const once = <T>(files: Map<string, () => Promise<T>>, name: string, read: (json: unknown) => T) => {
    if (!files.has(name)) files.set(name, fetchOnce(name, async (r) => read(await r.json())));
    return files.get(name)!();
  };
  const factFiles = new Map<string, () => Promise<PeriodFacts>>();
  const textFiles = new Map<string, () => Promise<unknown>>();
  const facts = (id: string) => once(factFiles, `dates/${id}.json`, decodePeriod);
  const text = (id: string) => once(textFiles, `dates/text/${id}.json`, (json) => json);
  const dates = async (range: DateRange): Promise<DatedSource> => {
    const periods = periodsFor(await manifest(), range);
    const files = await Promise.all(periods.map(facts));
    return {
      items: mergePeriods(files),
      texts: async (need) => {
        const from = textPeriods(periods, files, need);
        const gathered: DateTexts = { events: new Map(), claims: new Map(), pieces: new Map() };
        for (const file of await Promise.all(from.map(text))) decodeText(file, gathered);
        return gathered;
      },
    };
  };
  // The text of a range's first period is asked for with its facts: the first results on screen are nearly always there.
  const firstText = async (range: DateRange) => {
    const first = periodsFor(await manifest(), range)[0];
    return first ? text(first) : undefined;
  };
  return { dates, dateIndex: whole, firstText };
}

export interface SearchData {
  labels: () => Promise<LabelMaps>;
  sources: Sources;
  /** Asks at once for everything the answer to a state will read, rather than one file after another. */
  startData: (state: SearchState) => void;
}

export function searchData(root: HTMLElement): SearchData {
  const labels = fetchOnce<LabelMaps>('labels.json', async (r) => labelMaps((await r.json()) as Labels));
  const text = loadTextIndex();
  const words = fetchOnce('words.txt', async (r) => readVocabulary(await r.text()));
  const names = fetchOnce('names.json', (r) => r.json() as Promise<NamedPerson[]>);
  let vocabulary: Promise<ReadonlyMap<string, number>> | undefined;
  const { dates, dateIndex, firstText } = dateSource(root);
  const sources: Sources = {
    dates,
    dateIndex,
    text,
    // Without the names file, search still answers: by words alone.
    names: () => names().catch((): NamedPerson[] => []),
    // The small index's own words when there is one; otherwise the build's word list.
    vocabulary: () => {
      vocabulary ??= text().then((index) => (index ? textVocabulary(index) : words()));
      vocabulary.catch(() => (vocabulary = undefined));
      return vocabulary;
    },
  };
  /** The labels and names, and the period files (with the first one's text) for a date alone or the small text index for words. */
  const startData = (state: SearchState): void => {
    const parsed = parseDateQuery(state.q);
    const words = parsed.words.trim() !== '';
    const data = state.asof ? [sources.dateIndex()] : !words && parsed.range ? [sources.dates(parsed.range), firstText(parsed.range)] : words ? [text()] : [];
    for (const first of [labels(), names(), ...data]) void first.catch(() => undefined);
  };
  return { labels, sources, startData };
}
