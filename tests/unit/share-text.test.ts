import { describe, expect, it } from 'vitest';
import { CLAIM_TITLE_MAX, claimTitle, firstSentence, normaliseSpace, sentenceBefore, shortenAtWord, shortenFromStart } from '../../src/lib/share-text.ts';

describe('shortenAtWord', () => {
  it('keeps text that fits, whitespace normalised', () => {
    expect(shortenAtWord('  China  was\nleft out. ', 40)).toBe('China was left out.');
    expect(shortenAtWord('exactly ten', 11)).toBe('exactly ten');
  });

  it('cuts at the last whole word and adds an ellipsis', () => {
    const out = shortenAtWord('Beijing is positioning itself as a resolute supporter of Pyongyang', 30);
    expect(out).toBe('Beijing is positioning itself…');
    expect([...out].length).toBeLessThanOrEqual(30);
  });

  it('keeps a word that ends exactly at the cut', () => {
    expect(shortenAtWord('one two three four', 8)).toBe('one two…');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shortenAtWord('In 2003, when talks began, nothing moved', 10)).toBe('In 2003…');
    expect(shortenAtWord('He said — and meant it — no', 10)).toBe('He said…');
  });

  it('cuts a single overlong word mid-word rather than returning nothing', () => {
    expect(shortenAtWord('Antidisestablishmentarianism', 10)).toBe('Antidises…');
  });

  it('counts characters, not UTF-16 units', () => {
    const out = shortenAtWord('“Kim’s” visit — 金正恩 — was a surprise to many', 16);
    expect([...out].length).toBeLessThanOrEqual(16);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('claimTitle', () => {
  it('wraps the quote in curly quotes and stays within the limit', () => {
    const quote = 'China has been remarkably low-key in the current round of diplomacy, offering only verbal support to Pyongyang';
    const title = claimTitle(quote, 60);
    expect(title.startsWith('“')).toBe(true);
    expect(title.endsWith('…”')).toBe(true);
    expect([...title].length).toBeLessThanOrEqual(60);
    expect(normaliseSpace(quote).startsWith(title.slice(1, -2))).toBe(true);
  });

  it('leaves a short quote whole', () => {
    expect(claimTitle('Beijing was out in the cold.')).toBe('“Beijing was out in the cold.”');
  });
});

describe('claimTitle for previews', () => {
  it('keeps a quote of up to 108 characters whole (110 with its marks)', () => {
    const quote = 'China has been remarkably low-key in the current round of diplomacy, offering only verbal support to Pyongyang.';
    expect(quote.length).toBe(111);
    expect(claimTitle(quote.slice(0, 108))).toBe(`“${quote.slice(0, 108)}”`);
    const cut = claimTitle(quote);
    expect(cut).toBe('“China has been remarkably low-key in the current round of diplomacy, offering only verbal support to…”');
    expect([...cut].length).toBeLessThanOrEqual(CLAIM_TITLE_MAX);
  });
});

describe('sentenceBefore', () => {
  const paragraph = 'Mr. Moon met Kim twice. Xi said the talks went well, “out of politeness.” That may have been a mistake. It was not the last.';
  it('is the sentence just before a quote that starts a sentence', () => {
    expect(sentenceBefore(paragraph, 'That may have been a mistake.')).toBe('Xi said the talks went well, “out of politeness.”');
  });
  it('is the words leading into a quote that starts mid-sentence', () => {
    expect(sentenceBefore(paragraph, 'the talks went well')).toBe('Xi said');
  });
  it('does not end a sentence at an abbreviation', () => {
    expect(sentenceBefore('The U.S. President met him. Then the talks began.', 'Then the talks began.')).toBe('The U.S. President met him.');
    expect(sentenceBefore('Talks with the U.S. began at once.', 'began at once.')).toBe('Talks with the U.S.');
  });
  it('is empty when the quote opens the paragraph or is not in it', () => {
    expect(sentenceBefore(paragraph, 'Mr. Moon met Kim twice.')).toBe('');
    expect(sentenceBefore(paragraph, 'not there')).toBe('');
  });
});

describe('shortenFromStart and firstSentence', () => {
  it('keeps the last whole words after an ellipsis', () => {
    expect(shortenFromStart('one two three four five', 12)).toBe('…four five');
    expect(shortenFromStart('short', 12)).toBe('short');
  });
  it('takes the first sentence, not an abbreviation', () => {
    expect(firstSentence('Talks with the U.S. began. Then more.')).toBe('Talks with the U.S. began.');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});
