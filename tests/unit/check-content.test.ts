import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFile } from '../../src/validate/check-content.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string): ContentFile => ({ path, bytes: encode(text) });

const piece = (claims: string, body: string) => `---
title: A piece
dek: null
author: null
authorBio: null
outlet: null
sourceUrl: null
published:
  basis: inferred
  earliest: 2019-01-10
  latest: 2019-02-26
  note: From its evidence.
thesis: It argues something.
claims:
${claims}
---
${body}
`;

const claim = (id: string, topics = '[sanctions]') => `  - id: ${id}\n    paraphrase: It says something.\n    topics: ${topics}\n    kind: interpretation\n`;

describe('checkContent', () => {
  it('passes valid content and returns the claims it found', () => {
    const { problems, content } = checkContent([file('content/articles/a.md', piece(claim('first-claim'), 'Text :claim[said this]{#first-claim}.'))]);
    expect(problems).toEqual([]);
    expect(content.articles[0]?.claims).toEqual([{ id: 'first-claim', quote: 'said this', paragraph: 'Text said this.', line: 1 }]);
  });

  it('reports a duplicate claim id across pieces, naming both files', () => {
    const { problems } = checkContent([
      file('content/articles/a.md', piece(claim('same-claim'), ':claim[One.]{#same-claim}')),
      file('content/articles/b.md', piece(claim('same-claim'), ':claim[Two.]{#same-claim}')),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/b.md', field: 'same-claim', message: expect.stringMatching(/already used in content\/articles\/a\.md/) }),
    ]);
  });

  it('reports a duplicate claim id within a piece, with the line', () => {
    const { problems } = checkContent([file('content/articles/a.md', piece(claim('same-claim'), ':claim[One.]{#same-claim}\n\n:claim[Two.]{#same-claim}'))]);
    expect(problems).toEqual([expect.objectContaining({ line: 23, field: 'same-claim', message: expect.stringMatching(/marks two spans/) })]);
  });

  it('reports an unknown topic at its line', () => {
    const { problems } = checkContent([file('content/articles/a.md', piece(claim('a-claim', '[weather]'), ':claim[One.]{#a-claim}'))]);
    expect(problems).toEqual([expect.objectContaining({ line: 17, field: 'claims[0].topics[0]', message: expect.stringMatching(/unknown topic "weather"/) })]);
  });

  it('reports claims marked but not listed, and listed but not marked', () => {
    const { problems } = checkContent([file('content/articles/a.md', piece(claim('listed-claim'), ':claim[One.]{#marked-claim}'))]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/"marked-claim" is marked in the text but missing from the frontmatter/),
      expect.stringMatching(/"listed-claim" is listed in the frontmatter but not marked/),
    ]);
  });

  it('reports a missing frontmatter field by name', () => {
    const text = piece(claim('a-claim'), ':claim[One.]{#a-claim}').replace('thesis: It argues something.\n', '');
    expect(checkContent([file('content/articles/a.md', text)]).problems).toEqual([
      expect.objectContaining({ field: 'thesis', message: 'thesis is missing; add it to the frontmatter' }),
    ]);
  });
});
