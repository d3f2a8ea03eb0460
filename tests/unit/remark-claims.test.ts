import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import remarkClaims from '../../src/markdown/remark-claims.ts';
import { ContentError } from '../../src/validate/problem.ts';

function render(markdown: string, base = '/'): string {
  const file = new VFile({ value: markdown, path: '/site/content/articles/piece.md', cwd: '/site' });
  return String(
    unified().use(remarkParse).use(remarkDirective).use(remarkClaims, { base }).use(remarkRehype).use(rehypeStringify).processSync(file),
  );
}

function renderError(markdown: string): ContentError {
  try {
    render(markdown);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected the render to fail');
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

  it('stops on a malformed id, naming the file, line and fix', () => {
    const error = renderError('Intro.\n\n:claim[Some text.]{#Bad_Id}');
    expect(error.problems).toEqual([
      expect.objectContaining({ file: 'content/articles/piece.md', line: 3, field: 'Bad_Id', message: expect.stringMatching(/malformed.*lowercase words joined by single hyphens/) }),
    ]);
  });

  it('stops on a claim without an id', () => {
    const error = renderError(':claim[Some text.]');
    expect(error.problems[0]?.message).toMatch(/has no id; add one/);
  });

  it('stops on an empty claim', () => {
    const error = renderError(':claim[]{#empty-claim}');
    expect(error.problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/marks no text/) });
  });

  it('stops on an unclosed claim', () => {
    const error = renderError('Text.\n\n:claim[This never closes.');
    expect(error.problems[0]).toMatchObject({ line: 3, message: expect.stringMatching(/not closed/) });
  });

  it('stops on a claim inside a claim', () => {
    const error = renderError(':claim[Outer :claim[inner]{#inner-claim} text]{#outer-claim}');
    expect(error.problems.map((p) => p.message).join('\n')).toMatch(/"inner-claim" overlaps claim "outer-claim"/);
  });

  it('reports every problem at once, not only the first', () => {
    const error = renderError(':claim[]{#a-b}\n\n:claim[x]{#X}');
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('2 problems');
    expect(error.stack).toBe(error.message);
  });
});
