/**
 * Margin notes are anchored by an exact phrase of the piece's text, never by
 * touching the text. This finds, for each note, the one paragraph that holds
 * its phrase, and says precisely what is wrong when none (or several) do.
 */

export interface PhraseNote {
  phrase: string;
}

export interface Located<N extends PhraseNote> {
  /** Index of the paragraph that holds the phrase. */
  paragraph: number;
  note: N;
}

export interface LocateResult<N extends PhraseNote> {
  located: Located<N>[];
  problems: string[];
}

const normalise = (s: string) => s.replace(/\s+/g, ' ');

/** Place each note at the single paragraph whose reader-visible text contains its phrase. */
export function locateNotes<N extends PhraseNote>(paragraphs: readonly string[], notes: readonly N[]): LocateResult<N> {
  const texts = paragraphs.map(normalise);
  const located: Located<N>[] = [];
  const problems: string[] = [];
  notes.forEach((note, index) => {
    const phrase = normalise(note.phrase);
    const hits = texts.flatMap((text, i) => (text.includes(phrase) ? [i] : []));
    const count = hits.reduce((n, i) => n + (texts[i]?.split(phrase).length ?? 1) - 1, 0);
    if (hits.length === 0) {
      problems.push(`margin[${index}]: the phrase "${note.phrase}" is not in the text; quote an exact phrase of the piece (same spelling, quotes and apostrophes)`);
    } else if (count > 1) {
      problems.push(`margin[${index}]: the phrase "${note.phrase}" occurs ${count} times; quote a longer phrase that occurs once`);
    } else {
      located.push({ paragraph: hits[0] ?? 0, note });
    }
  });
  return { located, problems };
}
