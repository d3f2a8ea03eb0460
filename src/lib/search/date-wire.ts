/**
 * How a period of the date index is written, in two files:
 *
 * - its facts (/search/dates/2018-06.json): what a range needs to choose,
 *   order and count its results (date-index.ts, `EventFacts` …), packed:
 *   days as numbers (days since 1970-01-01; an event's start as the step from
 *   the one before, its end and a piece's as the length after its start),
 *   facet ids (actors, kinds, topics) written once in the file's table and
 *   named by their place in it, a claim's events by their place in the file's
 *   events, claims' and pieces' places in the whole index as steps;
 * - its text (/search/dates/text/2018-06.json): what the results show, by id
 *   (titles, summaries, quotes, the sentences that name a period), fetched
 *   only for the results on screen.
 *
 * So a year's query at any size of record fetches the facts of its periods
 * and the text of a page of results, not a thousand summaries. Decoding gives
 * back exactly the facts (tests/unit/date-wire.test.ts). Pure.
 */
import type { IsoDate } from '../../calendar/calendar.ts';
import { overlaps } from '../date-query/index.ts';
import type { ClaimFacts, CoarsePrecision, DateTexts, EventFacts, MentionSpan, PieceFacts } from './date-index.ts';
import { periodSpan, type PeriodFile } from './date-periods.ts';

export const WIRE_VERSION = 2;

/** [id, start (step in days from the event before), length in days or -1 when it has no end, kind, actors, precision when coarser than a day]. */
type WireEvent = [string, number, number, number, number[]] | [string, number, number, number, number[], 'm' | 's' | 'y'];
/** [id, place in the whole index (step from the claim before), events (places in this file's events), topics]. */
type WireClaim = [string, number, number[], number[]];
/** [id, place in the whole index (step), written from (day), length, topics, mentions as [from (day), length] pairs, flattened]. */
type WirePiece = [string, number, number, number, number[], number[]];

export interface WirePeriod {
  v: typeof WIRE_VERSION;
  /** Facet ids named in the file (actors, kinds, topics), each once. */
  s: string[];
  e: WireEvent[];
  c: WireClaim[];
  p: WirePiece[];
}

export interface WireText {
  v: typeof WIRE_VERSION;
  /** Event id → [title, summary]; [title] for an event outside the period, named beside a claim. */
  e: Record<string, [string, string] | [string]>;
  /** Claim id → quote. */
  c: Record<string, string>;
  /** Piece id → [title, then each mention's phrase and sentence]. */
  p: Record<string, string[]>;
}

/** A period's facts as the search reads them (PeriodFile without text). */
export interface PeriodFacts {
  events: EventFacts[];
  claims: (ClaimFacts & { n: number })[];
  pieces: (PieceFacts & { n: number })[];
}

const DAY_MS = 86_400_000;
export const dayNumber = (day: IsoDate): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
export const isoOfDay = (n: number): IsoDate => new Date(n * DAY_MS).toISOString().slice(0, 10);

const PRECISION: Record<CoarsePrecision, 'm' | 's' | 'y'> = { month: 'm', season: 's', year: 'y' };
const PRECISION_OF = { m: 'month', s: 'season', y: 'year' } as const;

/** A period's two files. Every event a claim of the period names must be in the period's file (splitDateIndex brings it along). */
export function encodePeriod(period: string, file: PeriodFile): { facts: WirePeriod; text: WireText } {
  const span = periodSpan(period);
  const table: string[] = [];
  const place = new Map<string, number>();
  const ref = (value: string): number => {
    let at = place.get(value);
    if (at === undefined) {
      at = table.push(value) - 1;
      place.set(value, at);
    }
    return at;
  };
  const eventAt = new Map(file.events.map((e, i) => [e.id, i]));
  let day = 0;
  const events = file.events.map((e): WireEvent => {
    const start = dayNumber(e.start);
    const row: WireEvent = [e.id, start - day, e.end === undefined ? -1 : dayNumber(e.end) - start, ref(e.kind), e.actors.map(ref)];
    day = start;
    return e.precision ? [...row, PRECISION[e.precision]] : row;
  });
  let n = 0;
  const step = (next: number) => {
    const by = next - n;
    n = next;
    return by;
  };
  const claims = file.claims.map((c): WireClaim => [c.id, step(c.n), c.events.map((id) => {
    const at = eventAt.get(id);
    if (at === undefined) throw new Error(`date index: claim ${c.id} names event ${id}, which its period file does not hold`);
    return at;
  }), c.topics.map(ref)]);
  n = 0;
  const pieces = file.pieces.map((p): WirePiece => {
    const from = dayNumber(p.from);
    return [p.id, step(p.n), from, dayNumber(p.to) - from, p.topics.map(ref), p.mentions.flatMap((m) => [dayNumber(m.from), dayNumber(m.to) - dayNumber(m.from)])];
  });
  return {
    facts: { v: WIRE_VERSION, s: table, e: events, c: claims, p: pieces },
    text: {
      v: WIRE_VERSION,
      // An event that comes along for a claim (outside the period) has only its title here: the claim's result names it.
      e: Object.fromEntries(file.events.map((e) => [e.id, overlaps(e, { from: span.start, to: span.end }) ? [e.title, e.summary] : [e.title]])),
      c: Object.fromEntries(file.claims.map((c) => [c.id, c.quote])),
      p: Object.fromEntries(file.pieces.map((p) => [p.id, [p.title, ...p.mentions.flatMap((m) => [m.phrase, m.sentence])]])),
    },
  };
}

const isList = (v: unknown): v is unknown[] => Array.isArray(v);
const isNumbers = (v: unknown): v is number[] => isList(v) && v.every((x) => Number.isInteger(x));

function bad(what: string): never {
  throw new Error(`date period file: ${what}`);
}

/** A period's facts read back; throws, saying what is wrong, when the file is not one. */
export function decodePeriod(file: unknown): PeriodFacts {
  const wire = (file ?? {}) as Partial<WirePeriod>;
  if (wire.v !== WIRE_VERSION) bad(`version ${String(wire.v)}, expected ${WIRE_VERSION}`);
  const { s, e, c, p } = wire;
  if (!isList(s) || !s.every((x) => typeof x === 'string') || !isList(e) || !isList(c) || !isList(p)) bad('not { v, s, e, c, p }');
  const str = (i: number) => s[i] ?? bad(`no facet id at ${i}`);
  let day = 0;
  const events = e.map((row): EventFacts => {
    const [id, step, length, kind, actors, precision] = row;
    if (typeof id !== 'string' || !Number.isInteger(step) || !Number.isInteger(length) || !Number.isInteger(kind) || !isNumbers(actors)) bad(`event ${JSON.stringify(row)}`);
    day += step;
    return {
      id,
      start: isoOfDay(day),
      ...(length >= 0 ? { end: isoOfDay(day + length) } : {}),
      ...(precision ? { precision: PRECISION_OF[precision] ?? bad(`event ${id}: precision ${precision}`) } : {}),
      kind: str(kind),
      actors: actors.map(str),
    };
  });
  let n = 0;
  const claims = c.map((row) => {
    const [id, step, refs, topics] = row;
    if (typeof id !== 'string' || !Number.isInteger(step) || !isNumbers(refs) || !isNumbers(topics)) bad(`claim ${JSON.stringify(row)}`);
    n += step;
    return { id, n, events: refs.map((i) => events[i]?.id ?? bad(`claim ${id}: no event at ${i}`)), topics: topics.map(str) };
  });
  n = 0;
  const pieces = p.map((row) => {
    const [id, step, from, length, topics, mentions] = row;
    if (typeof id !== 'string' || !Number.isInteger(step) || !Number.isInteger(from) || !Number.isInteger(length) || !isNumbers(topics) || !isNumbers(mentions) || mentions.length % 2 !== 0) bad(`piece ${JSON.stringify(row)}`);
    n += step;
    const spans: MentionSpan[] = [];
    for (let i = 0; i < mentions.length; i += 2) spans.push({ from: isoOfDay(mentions[i]!), to: isoOfDay(mentions[i]! + mentions[i + 1]!) });
    return { id, n, from: isoOfDay(from), to: isoOfDay(from + length), topics: topics.map(str), mentions: spans };
  });
  return { events, claims, pieces };
}

/** A period's text read back, into `into` when given (texts of several periods gather in one). */
export function decodeText(file: unknown, into: DateTexts = { events: new Map(), claims: new Map(), pieces: new Map() }): DateTexts {
  const wire = (file ?? {}) as Partial<WireText>;
  if (wire.v !== WIRE_VERSION || !wire.e || !wire.c || !wire.p) bad('text file is not { v, e, c, p }');
  for (const [id, [title, summary]] of Object.entries(wire.e)) {
    // A period's text names an event beside a claim by title alone; its own period has the summary too.
    if (summary !== undefined || !into.events.has(id)) into.events.set(id, { title, summary: summary ?? '' });
  }
  for (const [id, quote] of Object.entries(wire.c)) into.claims.set(id, quote);
  for (const [id, [title, ...words]] of Object.entries(wire.p)) {
    const mentions: { phrase: string; sentence: string }[] = [];
    for (let i = 0; i < words.length; i += 2) mentions.push({ phrase: words[i]!, sentence: words[i + 1] ?? '' });
    into.pieces.set(id, { title: title ?? '', mentions });
  }
  return into;
}
