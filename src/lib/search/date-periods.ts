/**
 * The date index split by period, so a date query fetches only the periods
 * it needs whatever the size of the record: one file per year, or per month
 * for a year with many events (/search/dates/2018.json, /search/dates/2019-06.json),
 * listed in a small manifest (/search/dates/index.json).
 *
 * Each period's file is a DateIndex (date-index.ts) holding everything a
 * range inside it can answer with: every event whose span touches the period
 * (a long event is in every period it touches), every claim with an event
 * there (and the other events it concerns, for its facet values), every
 * piece written there or whose text names a time there. The files of the
 * periods a range touches, merged, answer that range exactly as the whole
 * index does (tests/unit/date-periods.test.ts). Each period is written as
 * two files, its facts and its text (date-wire.ts); `textPeriods` says which
 * periods' text a page of results needs. Pure.
 */
import { overlaps, type DateRange } from '../date-query/index.ts';
import type { IsoDate } from '../../calendar/calendar.ts';
import type { DateIndex, DateIndexClaim, DateIndexEvent, DateIndexPiece } from './date-index.ts';

export interface DateManifest {
  v: 1;
  /** Period ids, oldest first: a year ("2018") or a month ("2018-06"). */
  periods: string[];
}

/**
 * Past this many events touching a year, the year is split into months. On
 * this site an event costs about 60 bytes gzipped in the index, its claims and
 * pieces about as much again: 150 events make a year file of about 15 KB
 * gzipped, one short request on a slow phone; a busier year splits into
 * months of a few KB each.
 */
export const MAX_EVENTS_PER_YEAR_FILE = 150;

/** Claims and pieces carry their place in the whole index, so merged files keep its order. */
export type PeriodClaim = DateIndexClaim & { n: number };
export type PeriodPiece = DateIndexPiece & { n: number };
export interface PeriodFile extends DateIndex {
  claims: PeriodClaim[];
  pieces: PeriodPiece[];
}

const lastDay = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A period id's first and last day. */
export function periodSpan(id: string): { start: IsoDate; end: IsoDate } {
  const [y, m] = id.split('-');
  if (m === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(lastDay(Number(y), Number(m))).padStart(2, '0')}` };
}

type Span = { start: IsoDate; end?: IsoDate | undefined };
type EventLike = { id: string; start: IsoDate; end?: IsoDate | undefined };

const spanOfEvent = (e: DateIndexEvent): Span => ({ start: e.start, end: e.end ?? e.start });

/** Every year a span touches. */
function yearsTouched(span: Span): number[] {
  const from = Number(span.start.slice(0, 4));
  const to = Number((span.end ?? span.start).slice(0, 4));
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The periods for an index: each year that anything touches, as a year or, when it has many events, as its months. */
export function choosePeriods(index: DateIndex, maxEventsPerYear = MAX_EVENTS_PER_YEAR_FILE): string[] {
  const eventsInYear = new Map<number, number>();
  const years = new Set<number>();
  for (const e of index.events) {
    for (const y of yearsTouched(spanOfEvent(e))) {
      years.add(y);
      eventsInYear.set(y, (eventsInYear.get(y) ?? 0) + 1);
    }
  }
  for (const p of index.pieces) {
    for (const span of [{ start: p.from, end: p.to }, ...p.mentions.map((m) => ({ start: m.from, end: m.to }))]) yearsTouched(span).forEach((y) => years.add(y));
  }
  return [...years].sort((a, b) => a - b).flatMap((y) =>
    (eventsInYear.get(y) ?? 0) > maxEventsPerYear ? Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`) : [String(y)],
  );
}

/** The periods a range needs: those it overlaps (all before or after it, for an open end). */
export function periodsFor(manifest: DateManifest, range: DateRange): string[] {
  return manifest.periods.filter((id) => overlaps(periodSpan(id), range));
}

/** Each period's file. */
export function splitDateIndex(index: DateIndex, periods: readonly string[]): Map<string, PeriodFile> {
  const eventById = new Map(index.events.map((e) => [e.id, e]));
  const files = new Map<string, PeriodFile>();
  for (const id of periods) {
    const span = periodSpan(id);
    const range: DateRange = { from: span.start, to: span.end };
    const events = index.events.filter((e) => overlaps(e, range));
    const here = new Set(events.map((e) => e.id));
    const claims = index.claims.map((c, n) => ({ ...c, n })).filter((c) => c.events.some((e) => here.has(e)));
    // A claim's facets count all its events: those outside the period come along (they are outside any range inside it, so never listed).
    const companions = [...new Set(claims.flatMap((c) => c.events))].filter((e) => !here.has(e)).flatMap((e) => eventById.get(e) ?? []);
    const pieces = index.pieces.map((p, n) => ({ ...p, n })).filter((p) =>
      overlaps({ start: p.from, end: p.to }, range) || p.mentions.some((m) => overlaps({ start: m.from, end: m.to }, range)));
    files.set(id, { events: [...events, ...companions], claims, pieces });
  }
  return files;
}

/** Period files (or their facts, date-wire.ts) merged into one index: each item once, claims and pieces in the whole index's order. */
export function mergePeriods<E extends { id: string }, C extends { id: string; n: number }, P extends { id: string; n: number }>(
  files: readonly { events: E[]; claims: C[]; pieces: P[] }[],
): { events: E[]; claims: Omit<C, 'n'>[]; pieces: Omit<P, 'n'>[] } {
  const events = new Map<string, E>();
  const claims = new Map<string, C>();
  const pieces = new Map<string, P>();
  for (const file of files) {
    for (const e of file.events) if (!events.has(e.id)) events.set(e.id, e);
    for (const c of file.claims) if (!claims.has(c.id)) claims.set(c.id, c);
    for (const p of file.pieces) if (!pieces.has(p.id)) pieces.set(p.id, p);
  }
  const inOrder = <T extends { n: number }>(items: Iterable<T>): Omit<T, 'n'>[] => [...items].sort((a, b) => a.n - b.n).map(({ n: _, ...rest }) => rest);
  return { events: [...events.values()], claims: inOrder(claims.values()), pieces: inOrder(pieces.values()) };
}

/** Ids of the results whose text is wanted: those on screen, and the events named (by title) beside their claims, which come with the claims. */
export interface TextNeeded {
  events: readonly string[];
  named: readonly string[];
  claims: readonly string[];
  pieces: readonly string[];
}

/**
 * The periods whose text files hold the text of the needed items: for each,
 * the first of the range's periods that has it. A period's text has its own
 * events whole (an event shown as a result needs its summary), all its claims
 * and pieces, and the title of every event its claims name, so the events
 * named beside a claim come with the claim. Results on screen come first in
 * date order, so they are mostly in the first period or two.
 */
export function textPeriods(periods: readonly string[], files: readonly { events: readonly EventLike[]; claims: readonly { id: string }[]; pieces: readonly { id: string }[] }[], need: TextNeeded): string[] {
  const wanted = [...need.events.map((id) => `e ${id}`), ...need.claims.map((id) => `c ${id}`), ...need.pieces.map((id) => `p ${id}`)];
  const chosen = new Set<string>();
  const left = new Set(wanted);
  periods.forEach((id, i) => {
    const file = files[i];
    if (!file || left.size === 0) return;
    const span = periodSpan(id);
    const shown = [
      ...file.events.filter((e) => overlaps(e, { from: span.start, to: span.end })).map((e) => `e ${e.id}`),
      ...file.claims.map((c) => `c ${c.id}`),
      ...file.pieces.map((p) => `p ${p.id}`),
    ].filter((key) => left.has(key));
    if (shown.length === 0) return;
    chosen.add(id);
    for (const key of shown) left.delete(key);
  });
  return [...chosen];
}

/** The manifest read back; null when it is not one. Period ids are checked, so a file name is never built from anything else. */
export function readManifest(file: unknown): DateManifest | null {
  if (!file || typeof file !== 'object' || (file as { v?: unknown }).v !== 1) return null;
  const periods = (file as { periods?: unknown }).periods;
  if (!Array.isArray(periods) || !periods.every((p) => typeof p === 'string' && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(p))) return null;
  return { v: 1, periods: periods as string[] };
}
