import { describe, expect, it } from 'vitest';
import { packTextIndex, readTextIndex, type TextPage } from '../../src/lib/search/text-index.ts';
import { unpackVerdict } from '../../src/lib/search/verdict.ts';
import { indexDocs, matchTerm, matchTerms, matchWeight, stem, wordsOf } from '../../src/lib/search/text-match.ts';
import { searchText } from '../../src/lib/search/text-search.ts';
import { parseDateQuery } from '../../src/lib/date-query/grammar.ts';
import { prepareWords } from '../../src/lib/search/query-words.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { formatDay } from '../../src/calendar/calendar.ts';

/** Pages as Pagefind's fragments hold them: text without chrome, meta and filters. */
const page = (url: string, type: string, title: string, body: string, start: string, filters: Record<string, string[]> = {}): TextPage => ({
  url,
  content: `${title}. ${body}`,
  meta: { title, type, date: formatDay(start), start, end: start },
  filters: { type: [type], year: [start.slice(0, 4)], ...filters },
});

const pages: TextPage[] = [
  page('/events/sanctions-2375/', 'event', 'UN Security Council adopts Resolution 2375', 'New sanctions: the Council capped oil supplies and banned textile exports.', '2017-09-11', { actor: ['un-security-council'], kind: ['sanctions'] }),
  page('/events/kim-visit-1/', 'event', 'Kim Jong Un visits Beijing', 'Kim met Xi in Beijing; it was his first trip abroad.', '2018-03-25', { actor: ['kim-jong-un', 'xi-jinping'], kind: ['visit'] }),
  page('/events/kim-visit-3/', 'event', 'Kim Jong Un visits Beijing again', 'A week after the Singapore summit, Kim visited Xi.', '2018-06-19', { actor: ['kim-jong-un'], kind: ['visit'] }),
  page('/articles/piece/', 'piece', 'Why China is seeking to mend ties', 'China must enforce the UN sanctions &amp; more. The talks were deadlocked; Pyongyang’s sanctioned trade fell.', '2018-03-26', { piece: ['piece'] }),
  page('/claims/enforce/', 'claim', '“China must enforce the UN sanctions.”', 'In short: the author says China must enforce sanctions.', '2018-03-26', { piece: ['piece'], topic: ['sanctions'] }),
];
// A claim's page carries its status and record line as meta.
Object.assign(pages[4]!.meta, { status: 'what-followed', line: 'China voted for the 2017 resolutions.' });

describe('the small text index file', () => {
  const file = packTextIndex(pages);

  it('groups each claim under its own piece whatever order the pages come in', () => {
    const two = [
      page('/claims/b-1/', 'claim', 'B one', 'x', '2019-01-02', { piece: ['piece-b'] }),
      page('/events/e/', 'event', 'E', 'x', '2018-01-01'),
      page('/claims/a-1/', 'claim', 'A one', 'x', '2018-05-01', { piece: ['piece-a'] }),
      page('/articles/piece-b/', 'piece', 'B', 'x', '2019-01-02', { piece: ['piece-b'] }),
      page('/claims/b-2/', 'claim', 'B two', 'x', '2019-01-02', { piece: ['piece-b'] }),
      page('/articles/piece-a/', 'piece', 'A', 'x', '2018-05-01', { piece: ['piece-a'] }),
      page('/claims/orphan/', 'claim', 'Orphan', 'x', '2017-01-01', { piece: ['gone'] }),
    ];
    expect(packTextIndex(two).docs.map((d) => d[0])).toEqual(['/claims/orphan/', '/articles/piece-a/', '/claims/a-1/', '/claims/b-1/', '/articles/piece-b/', '/claims/b-2/', '/events/e/']);
  });

  it('puts each piece amid its claims, then the events by date; a row says no more than the reader cannot work out', () => {
    expect(file.docs.map((d) => d[0])).toEqual(['/articles/piece/', '/claims/enforce/', '/events/sanctions-2375/', '/events/kim-visit-1/', '/events/kim-visit-3/']);
    // Title as its length (the text starts with it), no end (it is the start), no date (the type's function writes it), no years.
    expect(file.docs[1]).toEqual(['/claims/enforce/', 38, 'claim', '2018-03-26', '', '', '', '', 'sanctions', 'what-followed\tChina voted for the 2017 resolutions.']);
    expect(file.text[1]).toBe('“China must enforce the UN sanctions.”. In short: the author says China must enforce sanctions.');
  });

  it('keeps what start and end cannot say: a coarse precision, and a date no function writes', () => {
    const month: TextPage = { url: '/events/m/', content: 'M. x', meta: { title: 'M', type: 'event', date: 'July 2018', start: '2018-07-01', end: '2018-07-31' }, filters: { type: ['event'], year: ['2018'] } };
    const odd: TextPage = { ...month, url: '/events/o/', meta: { ...month.meta, date: 'summer 2018' } };
    const window: TextPage = { url: '/articles/w/', content: 'W. x', meta: { title: 'W', type: 'piece', date: 'between 10 January and 26 February 2019', start: '2019-01-10', end: '2019-02-26' }, filters: { type: ['piece'], year: ['2019'] } };
    const packed = packTextIndex([month, odd, window]);
    expect(packed.docs.map((d) => d.slice(3, 6))).toEqual([['2019-01-10', '2019-02-26', ''], ['2018-07-01', '2018-07-31', 'm'], ['2018-07-01', '2018-07-31', 'summer 2018']]);
    expect(readTextIndex(JSON.parse(JSON.stringify(packed)))!.map((d) => [d.date, d.end, d.facets.year])).toEqual([
      ['between 10 January and 26 February 2019', '2019-02-26', ['2019']],
      ['July 2018', '2018-07-31', ['2018']],
      ['summer 2018', '2018-07-31', ['2018']],
    ]);
  });

  it('stops the build when a page is filed under years other than those of its dates, which the reader could not rebuild', () => {
    const wrong: TextPage = { url: '/events/y/', content: 'Y. x', meta: { title: 'Y', type: 'event', date: '1 May 2018', start: '2018-05-01', end: '2018-05-01' }, filters: { type: ['event'], year: ['2017'] } };
    expect(() => packTextIndex([wrong])).toThrow('search text index: /events/y/ is filed under the years 2017, not those from 2018-05-01 to 2018-05-01');
  });

  it('reads back every page with its title, dates and facets', () => {
    const docs = readTextIndex(JSON.parse(JSON.stringify(file)))!;
    expect(docs.map((d) => d.title)).toEqual([
      'Why China is seeking to mend ties', '“China must enforce the UN sanctions.”', 'UN Security Council adopts Resolution 2375', 'Kim Jong Un visits Beijing', 'Kim Jong Un visits Beijing again',
    ]);
    expect(docs[3]!.facets).toEqual({ type: ['event'], year: ['2018'], actor: ['kim-jong-un', 'xi-jinping'], kind: ['visit'], topic: [] });
    // A claim keeps its status and record line; other pages have none, and an unknown status is dropped.
    expect(docs[1]!.verdict).toEqual({ status: 'what-followed', label: 'What followed', line: 'China voted for the 2017 resolutions.' });
    expect(docs[3]!.verdict).toBeUndefined();
    expect(unpackVerdict('true\tIt is so.')).toBeUndefined();
  });

  it('refuses anything that is not the file, so the page can use Pagefind instead', () => {
    expect(readTextIndex(null)).toBeNull();
    expect(readTextIndex({ v: 1, docs: [] })).toBeNull();
    expect(readTextIndex({ v: 2, docs: [], text: [] })).toBeNull();
    expect(readTextIndex({ v: 3, docs: [] })).toBeNull();
    expect(readTextIndex({ v: 3, docs: [['/x/', 0, 'event', '2018-01-01', '', '', '', '', '', '']], text: [] })).toBeNull();
    expect(readTextIndex({ v: 3, docs: [['/x/', 0, 'event', '2018-01-01', '', '', '', '', '', '']], text: [{}] })).toBeNull();
    expect(readTextIndex({ v: 3, docs: [['/x/', 0, 'event', 'toString', '', '', '', '', '', '']], text: ['text'] })).toBeNull();
    expect(readTextIndex({ v: 3, docs: [['/x/', 0, 'event', '2018-01-01', 'soon', '', '', '', '', '']], text: ['text'] })).toBeNull();
    expect(readTextIndex({ v: 3, docs: [['/x/', 0, 'event', '2018-01-01', '', '', '', '', '', 7]], text: ['text'] })).toBeNull();
    expect(readTextIndex(JSON.parse('{"v":3,"docs":[],"text":[],"__proto__":{"polluted":1}}'))).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('matching words', () => {
  it('splits tokens into words the way the index stores them', () => {
    expect(wordsOf('Pyongyang’s')).toEqual(['pyongyang', 's']);
    expect(wordsOf('US-North')).toEqual(['us', 'north']);
    expect(wordsOf('Zürich,')).toEqual(['zurich']);
    expect(wordsOf('“')).toEqual([]);
    expect(wordsOf('roleSummits.')).toEqual(['rolesummits', 'role', 'summits']);
    expect(wordsOf('2018Kim')).toEqual(['2018kim', '2018', 'kim']);
    expect(wordsOf('DPRK')).toEqual(['dprk']);
  });

  it('stems plurals and verb endings, and leaves short words and numbers alone', () => {
    expect(['sanctions', 'sanctioned', 'visiting', 'visits', 'talks', 'parties', 'pushes', 'congress', 'status', 'un', '2375'].map(stem))
      .toEqual(['sanction', 'sanction', 'visit', 'visit', 'talk', 'party', 'push', 'congress', 'status', 'un', '2375']);
  });

  it('weighs an exact word 1, a stem 0.8, a longer word it begins less, and nothing else', () => {
    expect(matchWeight('sanctions', 'sanctions')).toBe(1);
    expect(matchWeight('sanctions', 'sanctioned')).toBe(0.8);
    expect(matchWeight('deadlock', 'deadlocked')).toBe(0.8);
    expect(matchWeight('pyong', 'pyongyang')).toBeCloseTo(0.8 * 5 / 9, 10);
    expect(matchWeight('un', 'united')).toBe(0);
    expect(matchWeight('237', '2375')).toBe(0);
    expect(matchWeight('sanctions', 'sanction')).toBe(0.8);
  });

  const index = indexDocs(readTextIndex(packTextIndex(pages))!);

  it('finds the pages with every word, title matches first', () => {
    expect(matchTerm(index, 'sanctions').map((h) => h.doc.url)).toEqual(['/claims/enforce/', '/articles/piece/', '/events/sanctions-2375/']);
    expect(matchTerm(index, 'kim beijing').map((h) => h.doc.url)).toEqual(['/events/kim-visit-1/', '/events/kim-visit-3/']);
    expect(matchTerm(index, 'kim singapore').map((h) => h.doc.url)).toEqual(['/events/kim-visit-3/']);
    expect(matchTerm(index, 'kim textile')).toEqual([]);
    expect(matchTerm(index, '')).toEqual([]);
  });

  it('gives the positions of the matched words, for an excerpt with the words marked', () => {
    const [hit] = matchTerm(index, 'deadlocked');
    expect(hit!.doc.url).toBe('/articles/piece/');
    expect(hit!.locations).toEqual([18]);
    expect(buildExcerpt(hit!.doc.content, hit!.locations, 8).filter((s) => s.mark).map((s) => s.text)).toEqual(['deadlocked;']);
  });

  it('merges the forms of a name, each page once with its best score', () => {
    const terms = prepareWords('Kim Jong-un').terms;
    expect(terms).toEqual(['kim jong un']);
    expect(matchTerms(index, terms).map((h) => h.doc.url)).toEqual(matchTerms(index, prepareWords('Kim Jong Un').terms).map((h) => h.doc.url));
    expect(matchTerms(index, ['resolution', 'resolutions', 'resolution']).map((h) => h.doc.url)).toEqual(['/events/sanctions-2375/']);
  });
});

describe('a whole word query', () => {
  const index = indexDocs(readTextIndex(packTextIndex(pages))!);
  const none = { type: [], year: [], actor: [], kind: [], topic: [] };

  it('counts facets over the results', () => {
    const { hits, counts } = searchText(index, ['sanctions'], undefined, none, 'relevance');
    expect(hits).toHaveLength(3);
    expect(counts.type).toEqual(new Map([['claim', 1], ['piece', 1], ['event', 1]]));
    expect(counts.year).toEqual(new Map([['2018', 2], ['2017', 1]]));
    expect(counts.kind).toEqual(new Map([['sanctions', 1]]));
  });

  it('narrows by facets and by a date range, and sorts by date on request', () => {
    expect(searchText(index, ['sanctions'], undefined, { ...none, type: ['event', 'piece'] }, 'relevance').hits.map((h) => h.doc.url)).toEqual(['/articles/piece/', '/events/sanctions-2375/']);
    expect(searchText(index, ['sanctions'], undefined, none, 'date').hits.map((h) => h.doc.url)).toEqual(['/events/sanctions-2375/', '/claims/enforce/', '/articles/piece/']);
    expect(searchText(index, ['kim'], parseDateQuery('June 2018').range, none, 'relevance').hits.map((h) => h.doc.url)).toEqual(['/events/kim-visit-3/']);
    expect(searchText(index, ['kim'], undefined, { ...none, actor: ['toString'] }, 'relevance').hits).toEqual([]);
  });

  it('with no words, lists what the facets leave, by date', () => {
    expect(searchText(index, [], undefined, { ...none, kind: ['visit'] }, 'relevance').hits.map((h) => h.doc.url)).toEqual(['/events/kim-visit-1/', '/events/kim-visit-3/']);
  });
});
