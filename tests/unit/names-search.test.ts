/**
 * Finding a person from any written form of their name: Hangul, Hanzi
 * (simplified and traditional), every romanization in content/actors/, with
 * or without hyphens, spaces, accents and capitals, alone or inside a phrase.
 */
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/validate/check-content.ts';
import { readContentDir } from '../../src/validate/read-content.ts';
import { nameForms } from '../../src/data/search/names.ts';
import { findNames, foldName, withEnglishNames, type NamedPerson } from '../../src/lib/search/names.ts';

const { content } = checkContent(await readContentDir(process.cwd()));
const people: NamedPerson[] = content.actors.map(({ data }) => ({ id: data.id, name: data.name, forms: nameForms(data) }));
const first = (query: string) => findNames(query, people)[0]?.person.id;

describe('foldName', () => {
  test('drops case, accents, spaces, hyphens and apostrophes, and keeps Hangul whole', () => {
    expect(foldName("Kim Chŏng-ŭn")).toBe('kimchongun');
    expect(foldName("Ch'oe Ryonghae")).toBe('choeryonghae');
    expect(foldName('김정은')).toBe('김정은');
    expect(foldName('習近平')).toBe('習近平');
  });
});

describe('every written form finds its person first', () => {
  const named = content.actors.filter(({ data }) => data.names);
  const cases = named.flatMap(({ data }) => {
    const forms = nameForms(data);
    return forms.flatMap((form) => {
      const latin = /[a-z]/i.test(form);
      return [
        [form, data.id],
        ...(latin
          ? [
              [form.toLowerCase().replace(/[\s-]+/g, ''), data.id],
              [form.toUpperCase().replace(/ /g, '-'), data.id],
              [`what did ${form} say in 2018`, data.id],
            ]
          : [
              [`${form} 위원장`, data.id],
              [`${form}会见`, data.id],
            ]),
      ] as [string, string][];
    });
  });

  test('there are at least forty such queries, across scripts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.some(([q]) => /\p{Script=Hangul}/u.test(q))).toBe(true);
    expect(cases.some(([q]) => /\p{Script=Han}/u.test(q))).toBe(true);
  });

  test.each(cases)('%s → %s', (query, id) => {
    expect(first(query)).toBe(id);
  });
});

describe('hand-written queries', () => {
  test.each([
    ['김정은', 'kim-jong-un'],
    ['김정은 위원장 방중', 'kim-jong-un'],
    ['习近平', 'xi-jinping'],
    ['习近平会见金正恩', 'xi-jinping'],
    ['習近平', 'xi-jinping'],
    ['Kim Chong Un', 'kim-jong-un'],
    ['Kim Chŏngŭn', 'kim-jong-un'],
    ['kim jong-un beijing', 'kim-jong-un'],
    ['Kim Jong Il', 'kim-jong-il'],
    ['Xí Jìnpíng', 'xi-jinping'],
    ['최룡해', 'choe-ryong-hae'],
    ['Choe Ryonghae', 'choe-ryong-hae'],
  ])('%s → %s', (query, id) => {
    expect(first(query)).toBe(id);
  });

  test('a phrase naming two people lists both, in the order written', () => {
    expect(findNames('习近平会见金正恩', people).map((m) => m.person.id)).toEqual(['xi-jinping', 'kim-jong-un']);
  });

  test('a name must not run on into a longer word', () => {
    expect(first('kimjongunvisit')).toBeUndefined();
    expect(first('Kim Jong Il')).not.toBe('kim-jong-un');
  });

  test('a query without a name finds no one', () => {
    expect(findNames('sanctions June 2018', people)).toEqual([]);
  });

  test('the word search gets the English name in place of the form typed', () => {
    const matches = findNames('김정은 visit 2018', people);
    expect(withEnglishNames('김정은 visit 2018', matches)).toBe('Kim Jong Un visit 2018');
    expect(withEnglishNames('Kim Chong-un Beijing', findNames('Kim Chong-un Beijing', people))).toBe('Kim Jong Un Beijing');
  });
});
