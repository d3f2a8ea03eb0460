/**
 * The dated mentions in a text ("In spring 2003, China was drawn into
 * talks…"): every phrase the query grammar reads as a date, with its range,
 * the phrase as written and the sentence around it. A piece "speaks of" the
 * periods it mentions; the search's date answer lists it for them.
 * Only explicit dates count — "last October" or "Nov. 1" carry no year and
 * stay words, exactly as in a query.
 */
import type { IsoDate } from '../../calendar/calendar.ts';
import { expression } from './grammar.ts';
import { tokenize } from './tokens.ts';

export interface Mention {
  from: IsoDate;
  to: IsoDate;
  /** The phrase as written ("spring 2003"). */
  phrase: string;
  /** The sentence it stands in, at most ~200 characters. */
  sentence: string;
}

const MAX_SENTENCE = 200;

export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(0-9])/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Dated mentions in reading order; a period mentioned again is kept once (its first sentence). */
export function datedMentions(text: string): Mention[] {
  const found: Mention[] = [];
  const seen = new Set<string>();
  for (const sentence of sentencesOf(text)) {
    const tokens = tokenize(sentence.replace(/"/g, '”'));
    for (let i = 0; i < tokens.length; ) {
      const outcome = expression(tokens, i);
      if (outcome?.kind !== 'date' || !outcome.range.from || !outcome.range.to) {
        i += outcome ? outcome.end - i || 1 : 1;
        continue;
      }
      const { from, to } = outcome.range;
      const phrase = tokens.slice(i, outcome.end).map((t) => t.text).join(' ').replace(/^(in|on|during) /i, '').replace(/[,;:.!?)]+$/, '');
      if (!seen.has(`${from}/${to}`)) {
        seen.add(`${from}/${to}`);
        found.push({ from, to, phrase, sentence: clip(sentence, phrase) });
      }
      i = outcome.end;
    }
  }
  return found;
}

/** The sentence, cut to about MAX_SENTENCE characters around the phrase. */
function clip(sentence: string, phrase: string): string {
  if (sentence.length <= MAX_SENTENCE) return sentence;
  const at = Math.max(0, sentence.indexOf(phrase));
  const start = Math.max(0, at - 80);
  const cut = sentence.slice(start, start + MAX_SENTENCE).replace(/^\S*\s/, start > 0 ? '' : '$&').replace(/\s\S*$/, '');
  return `${start > 0 ? '…' : ''}${cut}…`;
}
