import { describe, expect, it } from 'vitest';
import { claimTitle, normaliseSpace, shortenAtWord } from '../../src/lib/share-text.ts';

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
