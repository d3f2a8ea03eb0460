import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkClaims from '../../src/markdown/remark-claims.ts';
import { markdownLinks } from '../../src/lib/urls.ts';
import { extractClaims } from '../../src/markdown/claims.ts';

function render(markdown: string, base = '/'): string {
  const file = new VFile({ value: markdown, path: '/site/content/articles/piece.md', cwd: '/site' });
  return String(
    unified().use(remarkParse).use(remarkDirective).use(remarkClaims, { links: markdownLinks(base) }).use(remarkRehype).use(rehypeStringify).processSync(file),
  );
}

/** Claim syntax is read in one place, before any piece is rendered. */
function syntaxProblems(markdown: string) {
  return { problems: extractClaims(markdown).problems };
}

describe('remark-claims', () => {
  it('turns a claim into an anchored mark with a link to its page', () => {
    const html = render('Before. :claim[China is out in the cold.]{#china-out-in-the-cold} After.');
    expect(html).toContain('<mark id="china-out-in-the-cold" class="claim" tabindex="-1" data-claim="china-out-in-the-cold">China is out in the cold.');
    expect(html).toContain('<a href="/claims/china-out-in-the-cold/" class="claim-ref" data-claim-ref="china-out-in-the-cold">');
    expect(html).toMatch(/^<p>Before\. <mark[^>]*>China is out in the cold\.<a /);
    expect(html).toMatch(/<\/a><\/mark> After\.<\/p>$/);
  });

  it('prefixes claim links with the base path', () => {
    expect(render(':claim[A claim.]{#a-claim}', '/lips-and-teeth')).toContain('href="/lips-and-teeth/claims/a-claim/"');
  });

  it('keeps text that only looks like a directive verbatim', () => {
    const html = render('Talks resumed at 10:30 and note:this stays.');
    expect(html).toBe('<p>Talks resumed at 10:30 and note:this stays.</p>');
  });

  it('keeps brackets inside a claim span', () => {
    const html = render(':claim[China will help [North Korea] later.]{#china-will-help}');
    expect(html).toContain('China will help [North Korea] later.');
  });

  it('reports a malformed id, naming the file, line and fix', () => {
    const error = syntaxProblems('Intro.\n\n:claim[Some text.]{#Bad_Id}');
    expect(error.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'Bad_Id', message: expect.stringMatching(/claim id "Bad_Id" contains a capital "B".*lowercase words joined by single hyphens.*write "bad-id" instead/) }),
    ]);
  });

  it('reports a claim without an id', () => {
    const error = syntaxProblems(':claim[Some text.]');
    expect(error.problems[0]?.message).toMatch(/has no id; add one/);
  });

  it('reports an empty claim', () => {
    const error = syntaxProblems(':claim[]{#empty-claim}');
    expect(error.problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/marks no text/) });
  });

  it('reports an unclosed claim', () => {
    const error = syntaxProblems('Text.\n\n:claim[This never closes.');
    expect(error.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/not closed/) });
  });

  it('reports a claim inside a claim', () => {
    const error = syntaxProblems(':claim[Outer :claim[inner]{#inner-claim} text]{#outer-claim}');
    expect(error.problems.map((p) => p.message).join('\n')).toMatch(/"inner-claim" overlaps claim "outer-claim"/);
  });

  it('names a space in an id, which the directive syntax would read as the first word', () => {
    const error = syntaxProblems(':claim[x]{#china card}');
    expect(error.problems).toEqual([expect.objectContaining({ field: 'china card', message: expect.stringMatching(/contains a space.*write "china-card" instead/) })]);
  });

  it('names an invisible character in an id', () => {
    const error = syntaxProblems(':claim[x]{#china\u200Bcard}');
    expect(error.problems[0]?.message).toMatch(/contains an invisible zero-width space \(U\+200B\).*write "chinacard" instead/);
  });

  it('reports every problem at once, not only the first', () => {
    const error = syntaxProblems(':claim[]{#a-b}\n\n:claim[x]{#X}');
    expect(error.problems).toHaveLength(2);
  });
});
