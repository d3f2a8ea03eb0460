/**
 * What each kind of date query fetches at the corpus, worked out from the
 * corpus's content without building it: the site joined in memory (as
 * `sampleCardCost` does), its date index split and packed by the build's own
 * functions (src/data/search/date-index.ts, src/lib/search/date-wire.ts), the
 * files a query needs chosen as the search page chooses them — the facts of
 * the periods its range touches (periodsFor), the text of its first period
 * (asked for with them) and of any other period the first page of results
 * needs (textPeriods) — each serialised as the build writes it and gzipped at
 * level 9, as the build precompresses it. `whole` is what the same query
 * fetched before the text was split off: the periods' files with their text.
 *   node scripts/bench/search-dates.ts   (Node 24: ./node_modules/.bin/node)
 *
 * With `--browser <dist>` it also watches the search page fetch them: a copy
 * of a built dist/ (the real site's) with the corpus's date files in place of
 * its own and the corpus's periods written into the search page, served by
 * astro preview, each query typed cold as the bench does (benchDateQuery) —
 * the page's own code choosing the files, headers counted, without the
 * corpus build's hour on a busy machine.
 */
import { gzipSync } from 'node:zlib';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Site } from '../../src/data/site.ts';
import { DEFAULT_SIZE, generateCorpus, type CorpusSize } from './corpus-content.ts';

/** A day, a month, a whole year, months within a year, two years. */
export const DATE_QUERIES = ['19 June 2018', 'June 2018', '2018', 'March to June 2018', '2017..2018'] as const;

export interface DateQuerySize {
  query: string;
  /** Facts files (one a period) and text files fetched. */
  facts: number;
  texts: number;
  /** Bytes as written and gzipped (level 9), facts and text together. */
  bytes: number;
  gzip: number;
  /** Of which text. */
  textGzip: number;
  /** The same periods' files with their text inline, as before the split (gzipped). */
  wholeGzip: number;
}

const gz = (data: unknown) => gzipSync(JSON.stringify(data), { level: 9 }).length;

/** The files each query fetches, and their size. */
export async function dateQuerySizes(site: Site, queries: readonly string[] = DATE_QUERIES): Promise<DateQuerySize[]> {
  const { buildDatePeriods } = await import('../../src/data/search/date-index.ts');
  const { mergePeriods, periodsFor, textPeriods } = await import('../../src/lib/search/date-periods.ts');
  const { decodePeriod, encodePeriod } = await import('../../src/lib/search/date-wire.ts');
  const { answerDateQuery, pageOf, textNeeded } = await import('../../src/lib/search/date-answer.ts');
  const { parseDateQuery } = await import('../../src/lib/date-query/index.ts');
  const { FACETS } = await import('../../src/lib/search/facets.ts');
  const noFilters = Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as Parameters<typeof answerDateQuery>[2];
  const { manifest, files } = buildDatePeriods(site);
  const written = new Map([...files].map(([id, file]) => [id, encodePeriod(id, file)]));
  return queries.map((query) => {
    const range = parseDateQuery(query).range;
    if (!range) throw new Error(`"${query}" is not a date query`);
    const periods = periodsFor(manifest, range);
    const facts = periods.map((id) => written.get(id)!.facts);
    const decoded = facts.map(decodePeriod);
    const page = pageOf(answerDateQuery(mergePeriods(decoded), range, noFilters));
    const texts = [...new Set([...periods.slice(0, 1), ...textPeriods(periods, decoded, textNeeded(page))])].map((id) => written.get(id)!.text);
    const all = [...facts, ...texts];
    const textGzip = texts.reduce((a, t) => a + gz(t), 0);
    return {
      query,
      facts: facts.length,
      texts: texts.length,
      bytes: all.reduce((a, f) => a + JSON.stringify(f).length, 0),
      gzip: facts.reduce((a, f) => a + gz(f), 0) + textGzip,
      textGzip,
      wholeGzip: periods.reduce((a, id) => a + gz(files.get(id)), 0),
    };
  });
}

/** The site the corpus would build: the project's own content and the generated corpus beside it, checked and joined in memory. */
export async function corpusSite(projectRoot: string, size: CorpusSize = DEFAULT_SIZE): Promise<Site> {
  const { checkContent } = await import('../../src/validate/check-content.ts');
  const { readContentDir } = await import('../../src/validate/read-content.ts');
  const { joinSite } = await import('../../src/data/record.ts');
  const { entriesOf } = await import('../../src/loader/entries.ts');
  const generated = generateCorpus(size).map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.text) }));
  const { problems, content } = checkContent([...(await readContentDir(projectRoot)), ...generated]);
  if (problems.length > 0) throw new Error(`corpus content: ${problems.length} problems, first: ${JSON.stringify(problems[0])}`);
  return joinSite(entriesOf(content) as unknown as Parameters<typeof joinSite>[0]);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** "2018: 31.2 KB gzipped: 12 facts files and 1 text file (text 6.1 KB); with the text inline, 80.9 KB". */
export function describeDateSize(s: DateQuerySize): string {
  return `${kb(s.gzip)} gzipped: ${s.facts} facts file${s.facts === 1 ? '' : 's'} and ${s.texts} text file${s.texts === 1 ? '' : 's'} (text ${kb(s.textGzip)}; ${kb(s.bytes)} as written); with the text inline, as before: ${kb(s.wholeGzip)}`;
}

/** A copy of `dist` answering date queries from the site's date files (see above); its folder, to be removed. */
async function withDateFiles(dist: string, site: Site): Promise<string> {
  const { buildDateIndex, buildDatePeriods } = await import('../../src/data/search/date-index.ts');
  const { encodePeriod } = await import('../../src/lib/search/date-wire.ts');
  const folder = mkdtempSync(join(tmpdir(), 'lips-search-dates-'));
  const out = join(folder, 'dist');
  cpSync(dist, out, { recursive: true });
  rmSync(join(out, 'search', 'dates'), { recursive: true, force: true });
  mkdirSync(join(out, 'search', 'dates', 'text'), { recursive: true });
  const { manifest, files } = buildDatePeriods(site);
  for (const [id, file] of files) {
    const { facts, text } = encodePeriod(id, file);
    writeFileSync(join(out, 'search', 'dates', `${id}.json`), JSON.stringify(facts));
    writeFileSync(join(out, 'search', 'dates', 'text', `${id}.json`), JSON.stringify(text));
  }
  writeFileSync(join(out, 'search', 'dates', 'index.json'), JSON.stringify(manifest));
  writeFileSync(join(out, 'search', 'dates.json'), JSON.stringify(buildDateIndex(site)));
  const page = join(out, 'search', 'index.html');
  const html = readFileSync(page, 'utf8');
  const next = html.replace(/data-date-periods="[^"]*"/, `data-date-periods="${manifest.periods.join(' ')}"`);
  if (next === html) throw new Error(`${page}: no data-date-periods attribute to write the corpus's periods into`);
  writeFileSync(page, next);
  // Precompressed copies of the replaced files would be stale.
  for (const file of ['search/index.html', 'search/dates.json']) for (const ext of ['.gz', '.br']) rmSync(join(out, `${file}${ext}`), { force: true });
  return folder;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const root = resolve(import.meta.dirname, '..', '..');
  const site = await corpusSite(root);
  for (const size of await dateQuerySizes(site)) console.log(`${size.query.padEnd(20)} ${describeDateSize(size)}`);
  const at = process.argv.indexOf('--browser');
  if (at > 0) {
    const folder = await withDateFiles(resolve(process.argv[at + 1] ?? 'dist'), site);
    const { freePort, startPreview } = await import('./process.ts');
    const { launch } = await import('./browser.ts');
    const { benchDateQuery, describeDate } = await import('./search.ts');
    const preview = await startPreview(root, join(folder, 'dist'), await freePort());
    const browser = await launch();
    try {
      for (const query of DATE_QUERIES) console.log(`in the browser: ${describeDate(await benchDateQuery(browser, preview.url, query))}`);
    } finally {
      await browser.close();
      preview.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  }
}
