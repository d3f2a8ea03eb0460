/**
 * The first sentence of a summary, for a one-line popover: up to the first
 * full stop followed by a space and a capital (so "U.S." or "25 March." at
 * the end stay whole), or the whole text when it has one sentence.
 */
export function firstSentence(text: string): string {
  const m = /^(.+?[.!?])\s+(?=["“A-Z])/.exec(text);
  return m ? m[1]! : text;
}
