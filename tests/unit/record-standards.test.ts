/**
 * The record's standards, held over every file in content/ as it stands, so
 * that an event added later meets them too: each China–North Korea contact
 * rests on two sources (or says why one), cites its state media where the kind
 * of contact always has them, says who reached out, and lies in the past; and
 * no note a reader sees speaks in the voice of the record's editing.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import type { Kind } from '../../src/schemas/vocabulary.ts';

const { content } = checkContent(await readContentDir(process.cwd()));
const contacts = content.events.filter(({ data }) => data.lane === 'china-dprk');

/**
 * Kinds of China–North Korea contact that the two states' own media always
 * publish: a leader's or envoy's visit, and a summit, are reported by Xinhua
 * and KCNA when they are made public; a message between the leaders is
 * published by KCNA, Rodong Sinmun or Xinhua (that is how it becomes known at
 * all). Talks between officials, statements and the rest may be known only
 * from a briefing quoted by the wires, so they are not held to this.
 */
const KINDS_WITH_A_PRIMARY_SOURCE: readonly Kind[] = ['visit', 'message', 'envoy', 'summit'];

/**
 * Kinds in which one side reaches out to the other, so that "who reached
 * out" has an answer. The China–North Korea lane also holds what is not a
 * contact between the two: one side's election or congress, a spokesman's
 * remark, an editorial, a speech, a stretch of time with no contact.
 */
const CONTACT_KINDS: readonly Kind[] = ['visit', 'message', 'envoy', 'summit', 'talks'];

/**
 * Help or contact that was reported but never announced is labelled so in
 * its summary; no state medium published it, so it has no primary source.
 */
const NOT_ANNOUNCED = /not announced by either government/i;

/**
 * Contacts whose state-media text the record cites only as the wires quote
 * it (Reuters, Yonhap and AFP quoting KCNA or Xinhua). Each stays listed only
 * while it lacks a primary source: the test below fails when one gains it,
 * so an entry leaves it as soon as a primary source is found, and a contact
 * joins it only when each report of it the record holds quotes state media
 * at second hand; each entry says whose text is missing.
 */
const PRIMARY_QUOTED_BY_WIRES_ONLY: readonly string[] = [
  // KCNA published the reply on 2 November 2017; Beijing did not at first, and the
  // KCNA item is known only as Reuters and the Seoul press quote it.
  'xi-replies-to-kim-2017',
  // KCNA's report of 22 March 2022 is known only as Yonhap, Reuters and Kyodo quote it.
  'kim-sympathy-xi-plane-crash-2022',
  // KCNA's dispatch of 15 June 2023 is known only as Yonhap, UPI and IANS quote it.
  'kim-birthday-message-xi-2023',
];

/** The build day, as the pages see it (UTC), in ISO form. */
const today = new Date().toISOString().slice(0, 10);

/**
 * Words of an editor's change log, not of the record: what this file once
 * said, or what its editors did or did not find. The record says what the
 * sources say ("KCNA reported on 26 April that…"). "Corrected" belongs only
 * in a `corrected` note.
 */
const EDITING_WORDS =
  /\b(?:removed|verified|no longer cited|previously (?:cited|dated|given|said)|(?:was|were|is|are|been) not (?:confirmed|located|visible|consulted|found|seen)|not confirmed|confirmed here|could not be (?:located|found|confirmed)|not located|not visible)\b/i;
/** The record's own correction told outside its `corrected` note ("Corrected wording: …", "the date was corrected"); a source correcting itself is the record's matter. */
const CORRECTION_WORDS = /(?:^|[.;:]\s+)correct(?:ed|ion)\b|\b(?:was|were|been|is|are) corrected\b/i;

interface ReaderNote {
  where: string;
  text: string;
  /** A `corrected` note may say "corrected"; no other note may. */
  isCorrection?: boolean;
}

function readerNotes(): ReaderNote[] {
  const notes: ReaderNote[] = [];
  for (const { path, data, body } of content.events) {
    notes.push({ where: `${path} (title)`, text: data.title }, { where: `${path} (summary)`, text: data.summary }, { where: `${path} (notes on the evidence)`, text: body });
    if (data.singleSourceReason) notes.push({ where: `${path} (singleSourceReason)`, text: data.singleSourceReason });
    if (data.corrected) notes.push({ where: `${path} (corrected.note)`, text: data.corrected.note, isCorrection: true });
  }
  for (const { path, data } of content.articles) {
    notes.push({ where: `${path} (published.note)`, text: data.published.note }, { where: `${path} (thesis)`, text: data.thesis });
    for (const claim of data.claims) {
      notes.push({ where: `${path} (claim ${claim.id} paraphrase)`, text: claim.paraphrase });
      if (claim.record.note) notes.push({ where: `${path} (claim ${claim.id} record.note)`, text: claim.record.note });
      notes.push({ where: `${path} (claim ${claim.id} record.line)`, text: claim.record.line });
    }
    for (const margin of data.margin) notes.push({ where: `${path} (margin note on "${margin.phrase}")`, text: margin.note });
  }
  for (const { path, data } of content.comparisons) {
    for (const pair of data.pairs) notes.push({ where: `${path} (pair "${pair.question}")`, text: pair.note });
  }
  for (const { path, data } of content.annotations) notes.push({ where: path, text: JSON.stringify(data) });
  return notes;
}

describe('the record meets its standards', () => {
  test('the record holds China–North Korea contacts to check', () => {
    expect(contacts.length).toBeGreaterThan(10);
  });

  test('every China–North Korea contact has two sources, or says why it has one', () => {
    const short = contacts
      .filter(({ data }) => data.sources.length < 2 && !data.singleSourceReason)
      .map(({ path, data }) => `${path}: ${data.sources.length} source; add a second independent one, or singleSourceReason`);
    expect(short).toEqual([]);
  });

  test(`every China–North Korea ${KINDS_WITH_A_PRIMARY_SOURCE.join(', ')} cites a primary source (state media, ministry or UN)`, () => {
    const withoutPrimary = contacts
      .filter(({ data }) => KINDS_WITH_A_PRIMARY_SOURCE.includes(data.kind) && !NOT_ANNOUNCED.test(data.summary))
      .filter(({ data }) => !PRIMARY_QUOTED_BY_WIRES_ONLY.includes(data.id) && !data.sources.some((s) => s.primary))
      .map(({ path, data }) => `${path} (${data.kind}): no source marked primary: true; cite Xinhua, KCNA/Rodong Sinmun or the PRC Foreign Ministry`);
    expect(withoutPrimary).toEqual([]);
  });

  test('the contacts known only through the wires still lack a primary source (drop one from the list once it has one)', () => {
    const listed = PRIMARY_QUOTED_BY_WIRES_ONLY.map((id) => contacts.find(({ data }) => data.id === id));
    expect(listed.map((e, i) => e?.data.id ?? `missing: ${PRIMARY_QUOTED_BY_WIRES_ONLY[i] ?? ''}`)).toEqual(PRIMARY_QUOTED_BY_WIRES_ONLY);
    expect(listed.filter((e) => e?.data.sources.some((s) => s.primary)).map((e) => e?.data.id)).toEqual([]);
  });

  test('every China–North Korea contact says who reached out', () => {
    const undirected = contacts.filter(({ data }) => CONTACT_KINDS.includes(data.kind) && !data.direction);
    expect(undirected.map(({ path, data }) => `${path} (${data.kind}): add direction`)).toEqual([]);
  });

  test(`no date in the record is later than the build day (${today})`, () => {
    const future: string[] = [];
    for (const { path, data } of content.events) {
      const dates: [string, string | undefined][] = [
        ['start', data.start],
        ['end', data.end],
        ['disclosed', data.disclosed],
        ['corrected.date', data.corrected?.date],
        ...data.sources.map((s, i): [string, string] => [`sources[${i}].date`, s.date]),
      ];
      for (const [field, date] of dates) if (date && date > today) future.push(`${path} (${field}): ${date}`);
    }
    expect(future).toEqual([]);
  });

  test('no note a reader sees speaks of the record’s editing', () => {
    const notes = readerNotes();
    expect(notes.length).toBeGreaterThan(100);
    const editing = notes.flatMap(({ where, text, isCorrection }) => {
      const hit = EDITING_WORDS.exec(text) ?? (isCorrection ? null : CORRECTION_WORDS.exec(text));
      return hit ? [`${where}: "${hit[0]}" — say what the sources say, in the record’s voice`] : [];
    });
    expect(editing).toEqual([]);
  });

  test('the editing-words checks catch an editor’s note and passes the record’s voice', () => {
    expect(EDITING_WORDS.test('The EIR item previously cited was removed.')).toBe(true);
    expect(EDITING_WORDS.test('Verified: VOA reported the talks beginning on 23 April.')).toBe(true);
    expect(EDITING_WORDS.test('its date was not confirmed here')).toBe(true);
    expect(EDITING_WORDS.test('the original page was not located')).toBe(true);
    expect(EDITING_WORDS.test('KCNA reported on 26 April that Kim saw the train off the night before.')).toBe(false);
    expect(EDITING_WORDS.test('Beijing did not confirm the visit.')).toBe(false);
    expect(CORRECTION_WORDS.test('Corrected wording: the summary previously said…')).toBe(true);
    expect(CORRECTION_WORDS.test('The end date was corrected from 10 to 11 September.')).toBe(true);
    expect(CORRECTION_WORDS.test('Reuters first reported Monday and corrected it to Sunday.')).toBe(false);
  });
});
