import { expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { locateNotes } from '../../src/lib/margin-notes.ts';
import remarkMarginNotes from '../../src/markdown/remark-margin-notes.ts';
import { markdownLinks } from '../../src/lib/urls.ts';
import { ContentError } from '../../src/lib/problem.ts';

/** Renders a piece as the loader hands it over: the margin notes and the cited events' labels in the frontmatter data. */
function render(markdown: string, frontmatter: Record<string, unknown>): string {
  const file = new VFile({ value: markdown, path: '/site/content/articles/piece.md', cwd: '/site' });
  file.data = { astro: { frontmatter } };
  return String(unified().use(remarkParse).use(remarkMarginNotes, { links: markdownLinks('/') }).use(remarkRehype).use(rehypeStringify).processSync(file));
}

const note = { phrase: 'three-party talks in Beijing', note: 'The talks opened on 23 April 2003.', events: ['three-party-talks-beijing'] };

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

test('a cited event is linked by the label passed in, not read from disk', () => {
  const html = render(paragraphs.join('\n\n'), { margin: [note], eventLabels: { 'three-party-talks-beijing': 'Label given by the loader' } });
  expect(html).toContain('Record: <a class="" href="/events/three-party-talks-beijing/">Label given by the loader</a>.');
  expect(html).toMatch(/<div class="noted"><div class="margin-notes" role="note" aria-label="From the record"><div class="margin-note">/);
});

test('an event without a label stops the build, naming the piece, the note and the fix', () => {
  let error: unknown;
  try {
    render(paragraphs.join('\n\n'), { margin: [note], eventLabels: { 'other-event': 'Other' } });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ContentError);
  expect((error as ContentError).problems).toEqual([
    {
      file: 'content/articles/piece.md',
      field: 'margin[0].events[0]',
      message: expect.stringMatching(/^margin note "three-party talks in Beijing" cites event "three-party-talks-beijing", which has no label to link by; add content\/events\/three-party-talks-beijing\.md or fix the id/),
    },
  ]);
  expect((error as Error).stack).toBe((error as Error).message);
});
