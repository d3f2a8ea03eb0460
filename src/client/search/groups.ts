/**
 * The groups of results a search page draws, and the three of a date-only
 * answer: events, claims about them, pieces written then or speaking of it,
 * each a page of results at a time with the text of that page alone.
 */
import { pageOf, textNeeded, type DateAnswer } from '../../lib/search/date-answer.ts';
import { eventDate, pieceDate, type DateTexts } from '../../lib/search/date-index.ts';
import type { TextNeeded } from '../../lib/search/date-periods.ts';
import { href, paths } from '../../lib/urls.ts';
import type { Hit } from './engine.ts';

export interface Group {
  /** Heading over the group; '' for a single list of word results. */
  label: string;
  /** What its "Show more" button says it shows more of: "events", "results". */
  noun: string;
  hits: Hit[];
  total: number;
  /** More results of the group, loaded on demand. */
  more?: (from: number, to: number) => Promise<Hit[]>;
}

/**
 * The date answer's three groups, each showing its first page of results:
 * the items are all known from the periods' facts; the text of a page (and
 * of the events named beside its claims) is fetched for that page alone.
 */
export async function dateGroups(label: string | undefined, found: DateAnswer, texts: (need: TextNeeded) => Promise<DateTexts>): Promise<{ groups: Group[]; status: string; empty: boolean }> {
  const during = within(label);
  const hitsOf = async (slice: Pick<DateAnswer, 'events' | 'claims' | 'pieces'>): Promise<{ events: Hit[]; claims: Hit[]; pieces: Hit[] }> => {
    const text = await texts(textNeeded(slice));
    const eventTitle = (id: string) => text.events.get(id)?.title ?? id;
    return {
      events: slice.events.map((e) => ({
        url: href(paths.event(e.id)), title: eventTitle(e.id), type: 'event', date: eventDate(e), start: e.start, excerpt: [{ text: text.events.get(e.id)?.summary ?? '', mark: false }],
      })),
      claims: slice.claims.map(({ claim, about }) => ({
        url: href(paths.claim(claim.id)), title: `“${text.claims.get(claim.id) ?? claim.id}”`, type: 'claim', date: '', start: '',
        excerpt: [{ text: `About: ${about.map((e) => `${eventTitle(e.id)} (${eventDate(e)})`).join('; ')}`, mark: false }],
      })),
      pieces: slice.pieces.map(({ piece, written, mentionAt }) => {
        const words = text.pieces.get(piece.id);
        const mention = mentionAt === undefined ? undefined : words?.mentions[mentionAt];
        return {
          url: href(paths.article(piece.id)), title: words?.title ?? piece.id, type: 'piece', date: `written ${pieceDate(piece)}`, start: piece.from,
          excerpt: mention ? marked(mention.sentence, mention.phrase) : written ? [{ text: `Written ${during}.`, mark: false }] : [],
        };
      }),
    };
  };
  const first = await hitsOf(pageOf(found));
  const none = { events: [], claims: [], pieces: [] };
  const groups: Group[] = [
    { label: `Events ${during}`, noun: 'events', hits: first.events, total: found.events.length, more: async (from: number, to: number) => (await hitsOf({ ...none, events: found.events.slice(from, to) })).events },
    { label: 'Claims about these events', noun: 'claims', hits: first.claims, total: found.claims.length, more: async (from: number, to: number) => (await hitsOf({ ...none, claims: found.claims.slice(from, to) })).claims },
    { label: `Pieces written ${during} or speaking of it`, noun: 'pieces', hits: first.pieces, total: found.pieces.length, more: async (from: number, to: number) => (await hitsOf({ ...none, pieces: found.pieces.slice(from, to) })).pieces },
  ].filter((g) => g.total > 0);
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const total = found.events.length + found.claims.length + found.pieces.length;
  const status = total === 0
    ? `Nothing ${during}.`
    : `${count(found.events.length, 'event', 'events')}, ${count(found.claims.length, 'claim', 'claims')} and ${count(found.pieces.length, 'piece', 'pieces')} ${during}, events in date order.`;
  return { groups, status, empty: total === 0 };
}

/** The sentence with the phrase marked where it stands. */
function marked(sentence: string, phrase: string): Hit['excerpt'] {
  const at = sentence.indexOf(phrase);
  if (at < 0) return [{ text: sentence, mark: false }];
  return [
    { text: sentence.slice(0, at), mark: false },
    { text: phrase, mark: true },
    { text: sentence.slice(at + phrase.length), mark: false },
  ].filter((s) => s.text !== '');
}

/** "in June 2018", "before March 2018"; a chip label's explanation after the colon is left out. */
export function within(label: string | undefined): string {
  if (!label) return 'in that period';
  const name = label.replace(/:.*$/, '');
  return /^(Before|After|Since|Up to) /.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : `in ${name.replace(/^(Early|Mid|Late|Beginning of|Start of|End of|Middle of|First half of|Second half of) /, (m) => m.toLowerCase())}`;
}
