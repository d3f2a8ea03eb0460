import { describe, expect, it, test } from 'vitest';
import { claimDocumentTitle, documentTitle, MAX_TITLE } from '../../src/lib/titles.ts';

test('a short title is kept whole', () => {
  expect(documentTitle('Events', 'Lips and Teeth')).toBe('Events · Lips and Teeth');
});

test('a long quote is cut at a word, keeps its closing mark and fits', () => {
  const quote = '“While the frequent exchanges between North Korea and China give the impression that Beijing is playing an active role.”';
  const title = documentTitle(quote, 'Lips and Teeth');
  expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  expect(title).toMatch(/^“While the frequent exchanges between North Korea\S*…” · Lips and Teeth$/);
  // Only whole words of the quote survive.
  const kept = title.slice(1, title.indexOf('…'));
  expect(quote.startsWith(`“${kept} `)).toBe(true);
});

test('a long plain title gets an ellipsis without quotation marks', () => {
  const title = documentTitle('Kim Jong Un visits Beijing for talks with Xi Jinping, 25–28 March 2018, again', 'Lips and Teeth');
  expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  expect(title).toMatch(/^Kim Jong Un visits Beijing[^”]*… · Lips and Teeth$/);
});

test('length counts characters as escaped in HTML', () => {
  const title = documentTitle("Xi Jinping's state visit to North Korea, 20–21 June 2019", 'Lips and Teeth');
  expect(title.replace(/'/g, '&#39;').length).toBeLessThanOrEqual(MAX_TITLE);
  expect(title.startsWith("Xi Jinping's state visit to North Korea")).toBe(true);
});

describe('claim page titles', () => {
  it('use the whole quote when it fits within 70 with the site name', () => {
    expect(claimDocumentTitle('That may have been a mistake.', 'Lips and Teeth')).toBe('“That may have been a mistake.” · Lips and Teeth');
  });
  it('cut a longer quote at a word, with an ellipsis inside its closing quotation mark, within 70', () => {
    const quote = 'While the frequent exchanges between North Korea and China give the impression that Beijing is playing an active role.';
    const title = claimDocumentTitle(quote, 'Lips and Teeth');
    expect(title).toBe('“While the frequent exchanges between North Korea…” · Lips and Teeth');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
  });
  it('never cuts inside a word', () => {
    const title = claimDocumentTitle('China has offered North Korea only verbal support and no concrete economic or diplomatic commitments.', 'Lips and Teeth');
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(title).toBe("“China has offered North Korea only verbal support…” · Lips and Teeth");
  });
});
