import { expect, test } from 'vitest';
import { locateNotes } from '../../src/lib/margin-notes.ts';

const paragraphs = [
  'In spring 2003, China was drawn into talks when it agreed to host three-party talks in Beijing.',
  'Significantly, in a report on messages to Xi on his March 17 re-election as president, the China Daily listed Kim first.',
];

test('a note is placed at the paragraph that holds its phrase', () => {
  const { located, problems } = locateNotes(paragraphs, [{ phrase: 'his March 17 re-election' }, { phrase: 'three-party talks in Beijing' }]);
  expect(problems).toEqual([]);
  expect(located.map((l) => l.paragraph)).toEqual([1, 0]);
});

test('a phrase not in the text is named, with the fix', () => {
  const { located, problems } = locateNotes(paragraphs, [{ phrase: 'his 17 March re-election' }]);
  expect(located).toEqual([]);
  expect(problems).toEqual([expect.stringMatching(/^margin\[0\]: the phrase "his 17 March re-election" is not in the text; quote an exact phrase/)]);
});

test('a phrase found twice asks for a longer one', () => {
  const { problems } = locateNotes(paragraphs, [{ phrase: 'China' }]);
  expect(problems).toEqual([expect.stringMatching(/occurs 2 times; quote a longer phrase/)]);
});

test('line breaks in the phrase match spaces in the text', () => {
  const { located } = locateNotes(paragraphs, [{ phrase: 'host three-party\ntalks' }]);
  expect(located.map((l) => l.paragraph)).toEqual([0]);
});
