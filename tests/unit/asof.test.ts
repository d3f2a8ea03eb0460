import { describe, expect, test } from 'vitest';
import { asOf, asOfAttrs, asOfParam, asOfState, hiddenLine, publicCountLine, readAsOf, stateNote, stripLine } from '../../src/lib/asof.ts';
import { formatDay, formatRange } from '../../src/calendar/calendar.ts';
import { horizon } from '../../src/lib/horizon.ts';
import { limitIndex } from '../../src/lib/search/asof-limit.ts';
import { publicOf } from '../../src/lib/public-date.ts';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';

/** The whole record, as the site reads it, in date order. */
const { content } = checkContent(await readContentDir(process.cwd()));
const events = content.events
  .map(({ data }) => ({ id: data.id, start: data.start, end: data.end, announced: data.announced, disclosed: publicOf(data) > data.start ? publicOf(data) : undefined }))
  .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id).sort();
/** Read straight off the files, apart from the filter: every event begun after the day (none of them announced by it). */
const begunAfter = (day: string) => ids(events.filter((e) => e.start > day));

/** Public on 25 March 2018, read off content/events/: everything begun by 17 March (the last, Xi's re-election and Kim's message on it). */
const PUBLIC_BY_25_MARCH_2018 = [
  'three-party-talks-beijing', 'six-party-talks', 'kim-years-without-foreign-trip', 'fu-ying-recollection-2017',
  'unsc-resolution-2371', 'unsc-resolution-2375', 'party-congress-19', 'kim-congratulates-xi-party-congress',
  'xi-reelected-party-leader', 'xi-replies-to-kim-2017', 'hua-chunying-politeness-remark', 'song-tao-envoy-pyongyang',
  'unsc-dprk-human-rights-procedural-vote-2017', 'unsc-resolution-2397', 'kim-new-year-address-2018', 'pyeongchang-olympics', 'trump-accepts-meeting',
  'global-times-editorial-march-2018', 'kim-congratulates-xi-presidency', 'xi-reelected-president',
].sort();

/** Begun between 28 March 2018 and 10 January 2019 (the second piece's earliest day), all public by then. */
const BEGUN_29_MARCH_2018_TO_10_JANUARY_2019 = [
  'ri-yong-ho-beijing-april-2018', 'song-tao-art-troupe-pyongyang', 'kim-condolence-bus-crash', 'inter-korean-summit-1',
  'wang-yi-visit-pyongyang-2018', 'kim-visit-china-2', 'wpk-delegation-pak-thae-song-2018', 'inter-korean-summit-2',
  'singapore-summit', 'kim-birthday-letter-xi-2018', 'kim-visit-china-3', 'kim-hoechang-cemetery-2018',
  'wang-yi-ri-yong-ho-singapore-2018', 'li-zhanshu-dprk-70th-anniversary', 'inter-korean-summit-3',
  'kim-greets-xi-prc-anniversary-2018', 'trilateral-deputy-fm-meeting', 'china-statement-sanctions-adjustment',
  'kim-chinese-art-delegation-pyongyang-2018', 'uscc-report-sanctions-2018', 'ri-yong-ho-beijing-december-2018', 'kim-visit-china-4', 'xi-visit-rumoured',
];

describe('the record as of a day, over the real content', () => {
  test('25 March 2018: Kim has arrived in Beijing, unannounced; nothing later is shown', () => {
    const r = asOf('2018-03-25', events);
    expect(ids(r.public)).toEqual(PUBLIC_BY_25_MARCH_2018);
    expect(ids(r.underway)).toEqual(['kim-visit-china-1']);
    expect(r.announced).toEqual([]);
    expect(ids(r.later)).toEqual(begunAfter('2018-03-25'));
    expect(ids(r.later)).toContain('singapore-summit');
  });

  test('26 March 2018 (Ching writes): the same; the visit is still under way and not public', () => {
    const r = asOf('2018-03-26', events);
    expect(ids(r.public)).toEqual(PUBLIC_BY_25_MARCH_2018);
    expect(ids(r.underway)).toEqual(['kim-visit-china-1']);
    expect(r.announced).toEqual([]);
    expect(ids(r.later)).toEqual(begunAfter('2018-03-26'));
    expect(r.later.map((e) => e.id)).not.toContain('kim-visit-china-1');
  });

  test('28 March 2018: Xinhua and KCNA report the visit; it is public', () => {
    const r = asOf('2018-03-28', events);
    expect(ids(r.public)).toEqual([...PUBLIC_BY_25_MARCH_2018, 'kim-visit-china-1'].sort());
    expect(r.underway).toEqual([]);
    expect(r.announced).toEqual([]);
    expect(ids(r.later)).toEqual(begunAfter('2018-03-28'));
    expect(ids(r.later)).toEqual(begunAfter('2018-03-25'));
  });

  test('10 January 2019 (the second piece, at the earliest): Kim\'s fourth visit public since 8 January; Hanoi and Xi\'s visit to Pyongyang later', () => {
    const r = asOf('2019-01-10', events);
    expect(ids(r.public)).toEqual([...PUBLIC_BY_25_MARCH_2018, 'kim-visit-china-1', ...BEGUN_29_MARCH_2018_TO_10_JANUARY_2019].sort());
    expect(r.underway).toEqual([]);
    expect(r.announced).toEqual([]);
    expect(ids(r.later)).toEqual(expect.arrayContaining(['hanoi-summit', 'xi-visit-pyongyang', 'xi-meets-dprk-art-troupe-2019', 'second-summit-announced']));
    expect(ids(r.later)).toEqual(begunAfter('2019-01-10'));
    expect(r.public.length + r.later.length).toBe(events.length);
  });

  test('7 January 2019: the fourth visit has begun but is not yet public', () => {
    expect(asOfState('2019-01-07', events.find((e) => e.id === 'kim-visit-china-4')!)).toBe('underway');
  });

  test('an event announced beforehand is shown as coming from its announcement: Xi to Pyongyang, announced 17 June 2019', () => {
    const xi = events.find((e) => e.id === 'xi-visit-pyongyang')!;
    expect(asOfState('2019-06-16', xi)).toBe('later');
    expect(asOfState('2019-06-18', xi)).toBe('announced');
    expect(asOfState('2019-06-20', xi)).toBe('public');
  });

  test('18 June 2019: the announced visit is public as an announcement, "announced on 17 June 2019, to take place on 20–21 June 2019"', () => {
    const r = asOf('2019-06-18', events);
    expect(ids(r.announced)).toEqual(['xi-visit-pyongyang']);
    expect(ids(r.later)).not.toContain('xi-visit-pyongyang');
    const xi = r.announced[0]!;
    expect(stateNote('announced', xi, formatDay, (a, b) => formatRange(a, b))).toBe('announced on 17 June 2019, to take place on 20–21 June 2019');
    // The page's script reads the same days back from the entry's attributes.
    const attrs = asOfAttrs(xi);
    const back = readAsOf({ getAttribute: (name: string) => attrs[name] ?? null })!;
    expect(stateNote(asOfState('2019-06-18', back), back, formatDay, (a, b) => formatRange(a, b))).toBe('announced on 17 June 2019, to take place on 20–21 June 2019');
  });

  test('the note beside an entry, by state', () => {
    const kim = events.find((e) => e.id === 'kim-visit-china-1')!;
    const fmt = (a: string, b: string | undefined) => formatRange(a, b);
    expect(stateNote('underway', kim, formatDay, fmt)).toBe('under way, made public on 28 March 2018');
    expect(stateNote('public', kim, formatDay, fmt)).toBe('');
    expect(stateNote('later', kim, formatDay, fmt)).toBe('');
  });

  test('"under way" is the horizon\'s notion, for a one-day window', () => {
    for (const day of ['2018-03-26', '2019-01-07', '2019-01-27']) {
      expect(ids(asOf(day, events).underway)).toEqual(ids(horizon({ earliest: day, latest: day }, events).hidden));
    }
  });
});

describe('the parameter and the line', () => {
  test('asof must be a real day', () => {
    expect(asOfParam('?asof=2018-03-26&from=2018-03')).toBe('2018-03-26');
    expect(asOfParam('?asof=2018-02-30')).toBeNull();
    expect(asOfParam('?asof=March')).toBeNull();
    expect(asOfParam('')).toBeNull();
  });
  test('a list\'s count as of a day', () => {
    expect(publicCountLine(20, 1, '26 March 2018')).toBe('20 events public by 26 March 2018, and 1 under way but not yet public');
    expect(publicCountLine(1, 0, '26 March 2018')).toBe('1 event public by 26 March 2018');
    expect(publicCountLine(3, 0, '26 March 2018', 20)).toBe('3 of the 20 events public by 26 March 2018');
  });
  test('the strip\'s line', () => {
    expect(stripLine(14, 1)).toBe('14 later events hidden from the strip; the hollow dot is under way, not yet public');
    expect(stripLine(1, 0)).toBe('1 later event hidden from the strip');
    expect(stripLine(0, 2)).toBe('the 2 hollow dots are under way, not yet public');
    expect(stripLine(0, 0)).toBe('');
  });
  test('the hidden events are counted in one line', () => {
    expect(hiddenLine(19)).toBe('19 later events hidden');
    expect(hiddenLine(1)).toBe('1 later event hidden');
  });
});

describe('search as of a day', () => {
  const ev = (id: string, start: string, extra: object = {}) => ({ id, title: id, start, kind: 'visit', actors: [], summary: '', ...extra });
  const index = {
    events: [ev('xi-reelected-president', '2018-03-17'), ev('kim-visit-china-1', '2018-03-25', { end: '2018-03-28', disclosed: '2018-03-28' }), ev('singapore-summit', '2018-06-12')],
    claims: [
      { id: 'ching-claim', quote: 'q', events: ['xi-reelected-president', 'singapore-summit'], topics: [], piece: 'ching-mend-ties' },
      { id: 'later-claim', quote: 'q', events: ['kim-visit-china-1'], topics: [], piece: 'china-doing-for-north-korea' },
    ],
    pieces: [
      { id: 'ching-mend-ties', title: 't', from: '2018-03-26', to: '2018-03-26', mentions: [], topics: [] },
      { id: 'china-doing-for-north-korea', title: 't', from: '2019-01-10', to: '2019-02-26', mentions: [], topics: [] },
    ],
  };
  test('26 March 2018: later events, unwritten pieces and their claims leave; a claim keeps only its earlier events', () => {
    const limited = limitIndex(index, '2018-03-26');
    expect(limited.index.events.map((e) => e.id)).toEqual(['xi-reelected-president', 'kim-visit-china-1']);
    expect(limited.states.get('kim-visit-china-1')).toBe('underway');
    expect(limited.later).toBe(1);
    expect(limited.index.pieces.map((p) => p.id)).toEqual(['ching-mend-ties']);
    expect(limited.index.claims).toEqual([{ ...index.claims[0], events: ['xi-reelected-president'] }]);
    expect([...limited.hiddenPaths].sort()).toEqual(['/articles/china-doing-for-north-korea/', '/claims/later-claim/', '/events/singapore-summit/']);
  });
});

test('the timeline writes the as-of names as the as-of script does', async () => {
  const { readFile } = await import('node:fs/promises');
  const { ASOF_EVENT, ASOF_LATER, CHART_PART_EVENT } = await import('../../src/lib/asof-contract.ts');
  expect(await readFile('src/timeline/enhance/part.ts', 'utf8')).toContain(`'${CHART_PART_EVENT}'`);
  expect(await readFile('src/timeline/enhance/chart.ts', 'utf8')).toContain(`addEventListener('${ASOF_EVENT}'`);
  expect(await readFile('src/timeline/enhance/view.ts', 'utf8')).toContain(`classList.contains('${ASOF_LATER}')`);
});
