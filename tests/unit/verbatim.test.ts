import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/markdown/claims.ts';
import { bodyBlocks, verbatimProblems, type VerbatimInput } from '../../src/validate/verbatim.ts';

/**
 * The verbatim check on its own, with the exact problem it reports for each
 * way a piece can part from its source text: a changed word, added emphasis,
 * debris left in, a line dropped, a removed line the source never had (or has
 * fewer times), and a headline that is not the source's own line. The fixture
 * cases in bad-content.test.ts run the same check through the build's loader.
 */

const FILE = 'content/articles/x.md';
const SOURCE = 'content/sources/x.txt';

function check(source: string, body: string, more: Partial<VerbatimInput> = {}) {
  return verbatimProblems({ file: FILE, tree: parseBody(body), body, bodyLineOffset: 0, sourceFile: SOURCE, source, removed: [], headings: [], ...more });
}

describe('the text as a reader sees it', () => {
  it('paragraphs, headings and code, in order, whitespace collapsed, claim directives as their words, emphasis with its marks', () => {
    const body = '# The  head\n\nChina *was* left **out** :claim[in the cold]{#c}.\n\n```\ncode   here\n```\n\n- a listed line\n';
    expect(bodyBlocks(parseBody(body), body, 10)).toEqual([
      { text: 'The head', line: 11 },
      { text: 'China *was* left **out** in the cold.', line: 13 },
      { text: 'code here', line: 15 },
      { text: 'a listed line', line: 19 },
    ]);
  });

  it('emphasis keeps the mark it was written with, and an empty paragraph is no block', () => {
    const body = '_left_ and __out__\n\n``\n``\n';
    expect(bodyBlocks(parseBody(body), body, 0)).toEqual([{ text: '_left_ and __out__', line: 1 }]);
  });
});

describe('a piece that is its source', () => {
  it('passes, whatever the blank lines, spacing and line endings', () => {
    expect(check('Line   one.\r\n\r\n  Line two. \n\n', 'Line one.\n\nLine   two.\n')).toEqual([]);
  });

  it('passes with its claims marked and the source’s own emphasis kept', () => {
    expect(check('China was *left* out.\nIt _moved_ fast.', ':claim[China was *left* out.]{#c}\n\nIt _moved_ fast.\n')).toEqual([]);
  });
});

describe('a changed paragraph', () => {
  it('is named at its line, with the words where the two part and three either side', () => {
    const source = 'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12';
    expect(check(`intro\n${source}`, `intro\n\n${source.replace('w8', 'W8')}\n`, { bodyLineOffset: 5 })).toStrictEqual([
      {
        file: FILE,
        line: 8,
        message: `this paragraph differs from line 2 of ${SOURCE}: the source has "w5 w6 w7 w8 w9 w10 w11" where the piece has "w5 w6 w7 W8 w9 w10 w11"; restore the source's exact wording (the pieces are verbatim)`,
      },
    ]);
  });

  it('a change near either end quotes from the edge', () => {
    expect(check('a b c d e', 'a b c d X\n')[0]?.message).toContain('the source has "b c d e" where the piece has "b c d X"');
    expect(check('a b c d e', 'X b c d e\n')[0]?.message).toContain('the source has "a b c d" where the piece has "X b c d"');
    expect(check('a b c', 'a b c d e\n')[0]?.message).toContain('the source has "a b c" where the piece has "a b c d e"');
  });

  it('two changed paragraphs in a row are each named against their own line', () => {
    expect(check('one two\nthree four\nfive', 'one too\n\nthree for\n\nfive\n').map((p) => [p.line, p.message.slice(0, 45)])).toEqual([
      [1, 'this paragraph differs from line 1 of content'],
      [3, 'this paragraph differs from line 2 of content'],
    ]);
  });

  it('a quote longer than 80 characters is cut at 77 with an ellipsis', () => {
    const long = 'Internationalisation '.repeat(6).trim();
    const message = check(`${long} a`, `${long} b\n`)[0]?.message ?? '';
    expect(message).toContain(`the source has "${long.slice(-(3 * 21 - 1))} a" where`);
    // Exactly 80 characters stay whole.
    const eighty = `${'aaaaaaaaa '.repeat(7)}bbbbbbbbbb`;
    expect(eighty.length).toBe(80);
    expect(check(`${eighty}\nend`, 'end\n')[0]?.message).toContain(`("${eighty}")`);
    const missing = check(`${long} ${long}\nend`, 'end\n')[0]?.message ?? '';
    expect(missing).toContain(`("${`${long} ${long}`.split(' ').slice(0, 8).join(' ').slice(0, 77)}…")`);
  });
});

describe('lines out of order or out of step', () => {
  it('a line only the piece has, before the source’s lines, is debris; the rest still pair up', () => {
    expect(check('A.\nB.', 'X.\n\nA.\n\nB.\n').map((p) => `${p.line}: ${p.message.split(' (')[0]}`)).toEqual([`1: this paragraph is not in ${SOURCE}`]);
    expect(check('X.\nA.\nB.', 'A.\n\nB.\n').map((p) => `${p.line}: ${p.message.split(';')[0]}`)).toEqual([`1: line 1 of ${SOURCE} ("X.") is missing from the piece before this line`]);
  });

  it('two lines swapped: the first is missing before the second, then found again as debris', () => {
    expect(check('A.\nB.', 'B.\n\nA.\n').map((p) => `${p.line}: ${p.message.split(/ \(|;/)[0]}`)).toEqual([
      `1: line 1 of ${SOURCE}`,
      `3: this paragraph is not in ${SOURCE}`,
    ]);
  });

  it('a paragraph grown or cut at its end is quoted from three words before the change to its end', () => {
    const five = 'w w w w w';
    const twelve = Array.from({ length: 12 }, () => 'w').join(' ');
    expect(check(five, `${twelve}\n`)[0]?.message).toContain(`the source has "w w w" where the piece has "${twelve.slice(4)}"`);
    expect(check(twelve, `${five}\n`)[0]?.message).toContain(`the source has "${twelve.slice(4)}" where the piece has "w w w"`);
  });

  it('a missing line is named by its first eight words', () => {
    expect(check('a b c d e f g h i j\nend', 'end\n')[0]?.message).toContain('("a b c d e f g h")');
  });
});

describe('added emphasis', () => {
  it('is named apart from a changed word, for * and _ and for strong', () => {
    expect(check('China was left out.', 'China was *left* out.\n')).toStrictEqual([
      {
        file: FILE,
        line: 1,
        message: `this paragraph adds emphasis that line 1 of ${SOURCE} does not have: the source has "China was left out." where the piece has "China was *left* out."; remove the * or _ marks (the pieces are verbatim)`,
      },
    ]);
    expect(check('China was left out.', 'China was __left__ out.\n')[0]?.message).toMatch(/^this paragraph adds emphasis that line 1/);
    expect(check('China was left out.', 'China was **left out**.\n')[0]?.message).toMatch(/^this paragraph adds emphasis that line 1/);
    // Stray asterisks that Markdown leaves as text are a change too: a mark opens before a word and closes after one.
    expect(check('a b c', 'a *b *c\n')[0]?.message).toMatch(/^this paragraph differs from line 1/);
    expect(check('a b c', 'a* b* c\n')[0]?.message).toMatch(/^this paragraph differs from line 1/);
    // A changed word inside new emphasis is a change, not emphasis.
    expect(check('China was left out.', 'China was *right* out.\n')[0]?.message).toMatch(/^this paragraph differs from line 1/);
  });
});

describe('debris and dropped lines', () => {
  it('a paragraph the source does not have is debris, named at its line', () => {
    expect(check('One.\nTwo.', 'One.\n\nPage 3\n\nTwo.\n')).toStrictEqual([
      { file: FILE, line: 3, message: `this paragraph is not in ${SOURCE} (left-over debris such as a page stamp or caption?); delete it, or copy it exactly if the source has it` },
    ]);
  });

  it('a source line missing from the piece is named before the paragraph that follows it, or at the end of the body', () => {
    expect(check('One.\n\nTwo words here.\nThree.', 'One.\n\nThree.\n', { bodyLineOffset: 4 })).toStrictEqual([
      { file: FILE, line: 7, message: `line 3 of ${SOURCE} ("Two words here.") is missing from the piece before this line; restore it, or list it under removed with a reason` },
    ]);
    // At the end: the body's last line plus one (its lines, counted from the offset).
    expect(check('One.\nTwo.', 'One.\n', { bodyLineOffset: 4 }).map((p) => p.line)).toEqual([6]);
  });

  it('a changed line and a dropped one at the same place: the first is a change, the rest are missing', () => {
    expect(check('A.\nB b.\nC c.\nD.', 'A.\n\nB x.\n\nD.\n').map((p) => `${p.line}: ${p.message.split(':')[0]}`)).toEqual([
      `3: this paragraph differs from line 2 of ${SOURCE}`,
      `5: line 3 of ${SOURCE} ("C c.") is missing from the piece before this line; restore it, or list it under removed with a reason`,
    ]);
  });
});

describe('removed lines', () => {
  const removed = (text: string, line?: number) => ({ text, line, field: 'removed[0].text' });

  it('a listed line of the source may be left out of the piece, matched whatever its spacing', () => {
    expect(check('Page  stamp\nOne.', 'One.\n', { removed: [removed(' Page stamp ', 12)] })).toEqual([]);
  });

  it('a removed line the source never had is named at its frontmatter line', () => {
    expect(check('One.', 'One.\n', { removed: [removed('Photo caption', 12)] })).toStrictEqual([
      { file: FILE, line: 12, field: 'removed[0].text', message: `this removed line is not a line of ${SOURCE}; copy the line exactly from the source text, or delete the entry` },
    ]);
    expect(check('One.', 'One.\n', { removed: [removed('Photo caption')] })).toStrictEqual([
      { file: FILE, field: 'removed[0].text', message: `this removed line is not a line of ${SOURCE}; copy the line exactly from the source text, or delete the entry` },
    ]);
  });

  it('each removal takes one line: a line the source has twice may be removed twice, not three times', () => {
    expect(check('Stamp\nOne.\nStamp', 'One.\n', { removed: [removed('Stamp'), removed('Stamp')] })).toEqual([]);
    expect(check('Stamp\nOne.', 'One.\n', { removed: [removed('Stamp'), { text: 'Stamp', line: 9, field: 'removed[1].text' }] })).toStrictEqual([
      { file: FILE, line: 9, field: 'removed[1].text', message: `this removed line is listed more often than ${SOURCE} has it; delete the extra entry` },
    ]);
    // Removed once, the second copy is still the piece's to keep.
    expect(check('Stamp\nOne.\nStamp', 'One.\n', { removed: [removed('Stamp')] }).map((p) => `${p.line}: ${p.message}`)).toEqual([
      `2: line 3 of ${SOURCE} ("Stamp") is missing from the piece before this line; restore it, or list it under removed with a reason`,
    ]);
  });
});

describe('the headline and standfirst', () => {
  const heading = (text: string, field: string, what: string, line?: number) => ({ text, line, field, what });

  it('pass when each is a whole line of the source, whatever its spacing', () => {
    expect(check('The  title\nThe dek\nOne.', 'One.\n', { headings: [heading('The title', 'title', 'title', 2), heading(' The dek', 'dek', 'standfirst (dek)', 3)], removed: [{ text: 'The title', line: 5, field: 'removed[0].text' }, { text: 'The dek', line: 6, field: 'removed[1].text' }] })).toEqual([]);
  });

  it('are named, field and line, when they are words the source does not have', () => {
    expect(check('One.', 'One.\n', { headings: [heading('A new title', 'title', 'title', 2), heading('A new dek', 'dek', 'standfirst (dek)')] })).toStrictEqual([
      { file: FILE, line: 2, field: 'title', message: `the title is not a line of ${SOURCE}; restore the source's own words, copied exactly from that file (the title is verbatim too)` },
      { file: FILE, field: 'dek', message: `the standfirst (dek) is not a line of ${SOURCE}; restore the source's own words, copied exactly from that file (the standfirst (dek) is verbatim too), or write dek: null when the source has none` },
    ]);
  });
});
