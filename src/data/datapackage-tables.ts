import { labelOf } from '../timeline/model/label-text.ts';
import { absolute, paths } from '../lib/urls.ts';
import { CLAIM_KINDS } from '../schemas/claim.ts';
import { DIRECTIONS, KINDS, LANES, PRECISIONS, ROMANIZATIONS, STATUSES, TOPICS } from '../schemas/vocabulary.ts';
import type { Place } from '../schemas/place.ts';
import type { Site } from './site.ts';

/**
 * The record as a Frictionless Data Package: one CSV table per thing
 * (events, their sources, claims, pieces, actors, names, places) and one per
 * link between them, described field by field in `datapackage.json`. Each
 * table is declared once below — its fields, their types and vocabularies,
 * and how a row is read from the site's data — so the descriptor and the
 * files cannot disagree. A spreadsheet opens the CSVs as they are (UTF-8 with
 * a header row; lists inside a cell are joined with "; ").
 */


type Cell = string | number | boolean | null;
type FieldType = 'string' | 'date' | 'boolean' | 'integer';

interface Field {
  name: string;
  type: FieldType;
  description: string;
  /** The allowed values, for a vocabulary. */
  values?: readonly string[];
  required?: boolean;
}

export interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: (site: Site, places: readonly Place[]) => Cell[][];
}

const list = (values: readonly string[]) => values.join('; ');
const ids = (vocabulary: Readonly<Record<string, string>>) => Object.keys(vocabulary);
const event = (field: string) => ({ fields: [field], reference: { resource: 'events', fields: ['id'] } });
const claim = (field: string) => ({ fields: [field], reference: { resource: 'claims', fields: ['id'] } });

export const TABLES: Table[] = [
  {
    name: 'events',
    title: 'Events',
    description: 'Every dated event of the record: contacts between China and North Korea, and the talks, summits, statements and UN actions around them.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'string', description: 'Stable id; the event page is /events/<id>/.', required: true },
      { name: 'title', type: 'string', description: 'What happened, as a headline.', required: true },
      { name: 'label', type: 'string', description: 'Short label drawn on the timeline.', required: true },
      { name: 'start', type: 'date', description: 'First day (for month, season or year precision, the first day of that period).', required: true },
      { name: 'end', type: 'date', description: 'Last day of a multi-day span; empty for a single day.' },
      { name: 'precision', type: 'string', description: 'How exactly the date is known.', values: PRECISIONS, required: true },
      { name: 'disclosed', type: 'date', description: 'The day it became public, where that differs from start; empty otherwise.' },
      { name: 'kind', type: 'string', description: 'Kind of event.', values: ids(KINDS), required: true },
      { name: 'lane', type: 'string', description: 'Who is talking to whom (the timeline lane).', values: ids(LANES), required: true },
      { name: 'direction', type: 'string', description: 'For China–North Korea contacts: who reached out; empty for other lanes.', values: ids(DIRECTIONS) },
      { name: 'place_id', type: 'string', description: 'Id of the place in places.csv; empty where no one place applies.' },
      { name: 'place', type: 'string', description: 'Where it happened, as written on the site.', required: true },
      { name: 'summary', type: 'string', description: 'What happened, neutrally, in the site’s words.', required: true },
      { name: 'after_pieces', type: 'boolean', description: 'True when it happened after both pieces were written.', required: true },
      { name: 'url', type: 'string', description: 'The event’s page.', required: true },
    ],
    foreignKeys: [{ fields: ['place_id'], reference: { resource: 'places', fields: ['id'] } }],
    rows: (site) => site.events.map((e) => [
      e.id, e.title, labelOf(e), e.start, e.end ?? null, e.precision, e.disclosed ?? null, e.kind, e.lane,
      e.lane === 'china-dprk' ? (e.direction ?? null) : null, e.placeId ?? null, e.place, e.summary, e.afterPieces, absolute(paths.event(e.id)),
    ]),
  },
  {
    name: 'sources',
    title: 'Sources of events',
    description: 'The public references each event rests on, in the order the event lists them.',
    primaryKey: ['event_id', 'position'],
    fields: [
      { name: 'event_id', type: 'string', description: 'The event (events.csv id).', required: true },
      { name: 'position', type: 'integer', description: 'Place in the event’s list of sources, from 1.', required: true },
      { name: 'publisher', type: 'string', description: 'Publisher or agency.', required: true },
      { name: 'title', type: 'string', description: 'Title of the article or page, as published.', required: true },
      { name: 'date', type: 'date', description: 'Publication date of the reference.', required: true },
      { name: 'url', type: 'string', description: 'Its address.', required: true },
      { name: 'primary', type: 'boolean', description: 'True for a primary source: a state agency’s or ministry’s own release, or a UN document.', required: true },
    ],
    foreignKeys: [event('event_id')],
    rows: (site) => site.events.flatMap((e) => e.sources.map((s, i) => [e.id, i + 1, s.publisher, s.title, s.date, s.url, s.primary === true])),
  },
  {
    name: 'pieces',
    title: 'Pieces',
    description: 'The two commentaries the site holds verbatim.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'string', description: 'Stable id; the piece’s page is /articles/<id>/.', required: true },
      { name: 'title', type: 'string', description: 'The piece’s own headline.', required: true },
      { name: 'author', type: 'string', description: 'The byline; empty when the text carries none (never guessed).' },
      { name: 'outlet', type: 'string', description: 'Where it was published; empty when unknown.' },
      { name: 'published', type: 'date', description: 'The day of publication, when known exactly.' },
      { name: 'written_earliest', type: 'date', description: 'For a piece known only to a window: its first possible day.' },
      { name: 'written_latest', type: 'date', description: 'For a piece known only to a window: its last possible day.' },
      { name: 'date_basis', type: 'string', description: 'How the date is known: stated in the text, carried by the outlet’s URL, or inferred.', values: ['stated', 'url', 'inferred'], required: true },
      { name: 'source_url', type: 'string', description: 'The published address; empty when unknown.' },
      { name: 'url', type: 'string', description: 'The piece’s page on this site.', required: true },
    ],
    rows: (site) => site.articles.map((a) => {
      const d = a.data;
      return [a.id, d.title, d.author, d.outlet, d.published.date ?? null, d.published.earliest ?? null, d.published.latest ?? null, d.published.basis, d.sourceUrl, absolute(paths.article(a.id))];
    }),
  },
  {
    name: 'claims',
    title: 'Claims',
    description: 'Every claim marked in the pieces, with what the dated record shows.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'string', description: 'Stable id; the claim page is /claims/<id>/.', required: true },
      { name: 'piece', type: 'string', description: 'The piece it is in (pieces.csv id).', required: true },
      { name: 'quote', type: 'string', description: 'The claim’s words, verbatim.', required: true },
      { name: 'paraphrase', type: 'string', description: 'What it says, in the site’s words.', required: true },
      { name: 'kind', type: 'string', description: 'Fact, interpretation, prediction or prescription.', values: ids(CLAIM_KINDS), required: true },
      { name: 'key', type: 'boolean', description: 'True for one of the piece’s key claims.', required: true },
      { name: 'topics', type: 'string', description: `Topics, joined with "; " (from: ${ids(TOPICS).join(', ')}).`, required: true },
      { name: 'status', type: 'string', description: 'What the record shows about the claim (see /statuses/): a verdict for facts and predictions, what followed or why the record cannot tell for readings and advice.', values: ids(STATUSES), required: true },
      { name: 'record_line', type: 'string', description: 'What the record shows, in one neutral sentence.', required: true },
      { name: 'record_note', type: 'string', description: 'The longer note on what the record shows, where there is one.' },
      { name: 'test', type: 'string', description: 'For a prediction: what would count as borne out.' },
      { name: 'by', type: 'date', description: 'For a prediction: the day it is held to.' },
      { name: 'review', type: 'date', description: 'For an open prediction: the day it will be looked at again.' },
      { name: 'url', type: 'string', description: 'The claim’s page.', required: true },
    ],
    foreignKeys: [{ fields: ['piece'], reference: { resource: 'pieces', fields: ['id'] } }],
    rows: (site) => site.claims.map((c) => [c.id, c.piece, c.quote, c.paraphrase, c.kind, c.key, list(c.topics), c.record.status, c.record.line, c.record.note ?? null, c.record.test ?? null, c.record.by ?? null, c.record.review ?? null, absolute(paths.claim(c.id))]),
  },
  {
    name: 'claim_events',
    title: 'Claims and events',
    description: 'Which events each claim concerns, and which its record note rests on.',
    primaryKey: ['claim_id', 'event_id', 'relation'],
    fields: [
      { name: 'claim_id', type: 'string', description: 'The claim (claims.csv id).', required: true },
      { name: 'event_id', type: 'string', description: 'The event (events.csv id).', required: true },
      { name: 'relation', type: 'string', description: 'concerns: the claim speaks of the event; record: the record note rests on it.', values: ['concerns', 'record'], required: true },
    ],
    foreignKeys: [claim('claim_id'), event('event_id')],
    rows: (site) => site.claims.flatMap((c) => [
      ...c.events.map((e) => [c.id, e, 'concerns']),
      ...c.record.events.map((e) => [c.id, e, 'record']),
    ]),
  },
  {
    name: 'actors',
    title: 'People and bodies',
    description: 'Everyone the events name, with their name in its own script where it has one.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'string', description: 'Stable id; the person’s page is /actors/<id>/.', required: true },
      { name: 'name', type: 'string', description: 'Name as usually written in English.', required: true },
      { name: 'role', type: 'string', description: 'Office or role, briefly.', required: true },
      { name: 'country', type: 'string', description: 'Country or body the actor speaks for.', required: true },
      { name: 'hangul', type: 'string', description: 'The name in Hangul (Korean actors).' },
      { name: 'hanzi', type: 'string', description: 'The name in Chinese characters (simplified; for Koreans, the Hanja their state media give).' },
      { name: 'hanzi_traditional', type: 'string', description: 'Traditional characters, where they differ.' },
      { name: 'url', type: 'string', description: 'The person’s page.', required: true },
    ],
    rows: (site) => [...site.actorById.values()].map((a) => [a.id, a.name, a.role, a.country, a.names?.hangul ?? null, a.names?.hanzi ?? null, a.names?.hanziTraditional ?? null, absolute(paths.actor(a.id))]),
  },
  {
    name: 'actor_names',
    title: 'Romanized names',
    description: 'Each romanized spelling of a Korean or Chinese name, with its system.',
    primaryKey: ['actor_id', 'system', 'form'],
    fields: [
      { name: 'actor_id', type: 'string', description: 'The person (actors.csv id).', required: true },
      { name: 'system', type: 'string', description: 'The romanization system.', values: ids(ROMANIZATIONS), required: true },
      { name: 'form', type: 'string', description: 'The spelling.', required: true },
    ],
    foreignKeys: [{ fields: ['actor_id'], reference: { resource: 'actors', fields: ['id'] } }],
    rows: (site) => [...site.actorById.values()].flatMap((a) => (a.names?.romanizations ?? []).map((r) => [a.id, r.system, r.form])),
  },
  {
    name: 'event_actors',
    title: 'Events and people',
    description: 'Who each event names.',
    primaryKey: ['event_id', 'actor_id'],
    fields: [
      { name: 'event_id', type: 'string', description: 'The event (events.csv id).', required: true },
      { name: 'actor_id', type: 'string', description: 'The person (actors.csv id).', required: true },
    ],
    foreignKeys: [event('event_id'), { fields: ['actor_id'], reference: { resource: 'actors', fields: ['id'] } }],
    rows: (site) => site.events.flatMap((e) => e.actors.map((a) => [e.id, a])),
  },
  {
    name: 'places',
    title: 'Places',
    description: 'Where events happened, with a map point where there is one.',
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'string', description: 'Stable id, as events name it in place_id.', required: true },
      { name: 'name', type: 'string', description: 'Name as a reader knows it.', required: true },
      { name: 'country', type: 'string', description: 'Country it lies in.', required: true },
      { name: 'lat', type: 'string', description: 'Latitude in decimal degrees, north positive; empty for a place with no single point.' },
      { name: 'lon', type: 'string', description: 'Longitude in decimal degrees, east positive; empty for a place with no single point.' },
    ],
    rows: (_site, places) => places.map((p) => [p.id, p.name, p.country, p.lat === undefined ? null : String(p.lat), p.lon === undefined ? null : String(p.lon)]),
  },
];

