/**
 * The sentence above the chart, from the data: how many times Kim and Xi met
 * in the story's period and over how many months, whether they met again
 * later, and how many other China–North Korea contacts the chart holds. Pure.
 */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'twenty-one', 'twenty-two', 'twenty-three', 'twenty-four', 'twenty-five', 'twenty-six', 'twenty-seven', 'twenty-eight', 'twenty-nine', 'thirty'];
/** A count in words up to thirty, in figures above. */
export function inWords(n: number): string {
  return WORDS[n] ?? String(n);
}

export interface Takeaway {
  headline: string;
  standfirst: string;
}

/** Calendar months from one instant's month to another's (March 2018 to January 2019: ten), as the story notes count them. */
function monthsSpanned(t0: number, t1: number): number {
  const a = new Date(t0);
  const b = new Date(t1);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

export function takeaway(meetings: readonly { t0: number; t1: number }[], storyEnd: number, contacts: number): Takeaway {
  const sorted = [...meetings].sort((a, b) => a.t0 - b.t0);
  const inStory = sorted.filter((m) => m.t0 < storyEnd);
  const later = sorted.filter((m) => m.t0 >= storyEnd);
  const first = inStory[0];
  const last = inStory.at(-1);
  const months = first && last ? monthsSpanned(first.t0, last.t1 - 1) : 0;
  const year = (t: number) => String(new Date(t).getUTCFullYear());
  const again = later.length === 0 ? '' : later.length === 1 ? `, then once more in ${year(later[0]!.t0)}` : `, then ${inWords(later.length)} more times by ${year(later.at(-1)!.t0)}`;
  // "once", "within a month": the counts read as words whatever the record holds.
  const times = inStory.length === 1 ? 'once' : `${inWords(inStory.length)} times`;
  const span = months <= 1 ? 'within a month' : `in ${inWords(months)} months`;
  const headline = `Kim and Xi met ${times} ${span}${again}`;
  const standfirst = `Each Kim–Xi meeting is drawn large, among ${inWords(contacts)} other China–North Korea contacts, against the summits with Seoul and Washington. Red lines mark when each piece was written; the tint, what came after both.`;
  return { headline: headline.charAt(0).toUpperCase() + headline.slice(1), standfirst };
}

/** What the tint covers, in words: the time after the piece, both pieces or every piece the chart marks was written. */
export function afterPieces(pieces: number): string {
  return pieces === 1 ? 'after the piece was written' : pieces === 2 ? 'after both pieces were written' : 'after every piece was written';
}
